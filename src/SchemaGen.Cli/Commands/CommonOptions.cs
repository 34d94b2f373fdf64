using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Formats;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Commands
{
    /// <summary>Options shared by check and compare.</summary>
    internal static class CommonOptions
    {
        /// <summary>Far above the time any real report takes (well under a second) while still ending a stuck input.</summary>
        public const double DefaultFileTimeoutSeconds = 60;

        public static Option<string> Format(params string[] formats)
        {
            var option = new Option<string>("--format", "-f")
            {
                Description = "Output format: " + string.Join(", ", formats) + ".",
                DefaultValueFactory = _ => formats[0],
            };
            option.AcceptOnlyFromAmong(formats);
            return option;
        }

        public static Option<string> FailOn()
        {
            var option = new Option<string>("--fail-on")
            {
                Description = "Exit with 1 when a finding is at or above this level: error (default) or warning.",
                DefaultValueFactory = _ => "error",
            };
            option.AcceptOnlyFromAmong("error", "warning");
            return option;
        }

        public static Option<string?> Schema(IReadOnlyList<FormatEntry> formats)
        {
            var option = new Option<string?>("--schema")
            {
                Description = "Read every report with this format version instead of detecting it: " + string.Join(", ", formats.Select(f => f.Version)) + ".",
                HelpName = "VERSION",
            };
            option.AcceptOnlyFromAmong(formats.Select(f => f.Version).ToArray());
            return option;
        }

        public static Option<string> InputFormat()
        {
            var option = new Option<string>("--input-format")
            {
                Description = "Read every input as this kind instead of telling it from its content and name: auto (default), text, html, word, pdf.",
                DefaultValueFactory = _ => "auto",
                HelpName = "KIND",
            };
            option.AcceptOnlyFromAmong("auto", "text", "html", "word", "pdf");
            return option;
        }

        public static Option<double> FileTimeout()
        {
            var option = new Option<double>("--file-timeout")
            {
                Description = $"Seconds one input may take (reading, detection, parsing, validation) before it is reported as timed out (SG4002) and the batch goes on; 0 for no limit. Default {DefaultFileTimeoutSeconds.ToString(CultureInfo.InvariantCulture)}.",
                DefaultValueFactory = _ => DefaultFileTimeoutSeconds,
                HelpName = "SECONDS",
            };
            option.Validators.Add(result =>
            {
                double value = result.GetValueOrDefault<double>();
                if (double.IsNaN(value) || value < 0 || value > int.MaxValue / 1000.0) result.AddError("--file-timeout must be a number of seconds, 0 or more.");
            });
            return option;
        }

        public static Option<int> MaxFileSize()
        {
            var option = new Option<int>("--max-file-size")
            {
                Description = $"Inputs larger than this many MiB are refused unread (SG4001). Default {InputBytes.DefaultLimitMebibytes}.",
                DefaultValueFactory = _ => InputBytes.DefaultLimitMebibytes,
                HelpName = "MIB",
            };
            option.Validators.Add(result =>
            {
                int value = result.GetValueOrDefault<int>();
                if (value < 1 || value > 2047) result.AddError("--max-file-size must be between 1 and 2047 (MiB).");
            });
            return option;
        }

        public static Option<string?> Output()
        {
            return new Option<string?>("--output", "-o")
            {
                Description = "Write the output to this file instead of standard output; it is put in place only when complete (a temporary file beside it until then).",
                HelpName = "FILE",
            };
        }

        /// <summary>The input options of a run: the kind to force (null for auto) and the size limit.</summary>
        public static InputOptions Inputs(string inputFormat, int maxFileMebibytes)
            => new(InputReaders.Default, InputReaders.ParseWord(inputFormat), maxFileMebibytes * 1024L * 1024L);

        /// <summary>The per-file budget; null for 0 (no limit).</summary>
        public static TimeSpan? Budget(double seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

        /// <summary>How a batch checks one input of <paramref name="inputs"/>, and what stands in for a check that overran its budget or threw.</summary>
        public static BatchWork<FileCheckResult> CheckWork(CheckRunner runner, IReadOnlyList<ReportInput> inputs, TimeSpan? budget)
            => new(
                (index, token) => runner.CheckFile(inputs[index], token),
                index => FileCheckResult.TimedOut(inputs[index].Path, budget!.Value).WithInputKind(runner.KindByName(inputs[index].Path)),
                (index, ex) => FileCheckResult.Failed(inputs[index].Path, $"{ex.GetType().Name}: {ex.Message}", null));

        public static FindingSeverity Threshold(string failOn) => failOn == "warning" ? FindingSeverity.Warning : FindingSeverity.Error;

        public static FormatEntry? Forced(IReadOnlyList<FormatEntry> formats, string? version) => version is null ? null : FormatCatalog.Find(formats, version);
    }
}
