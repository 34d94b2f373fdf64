using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Formats;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Commands
{
    /// <summary>Options shared by check and compare.</summary>
    internal static class CommonOptions
    {
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

        public static FindingSeverity Threshold(string failOn) => failOn == "warning" ? FindingSeverity.Warning : FindingSeverity.Error;

        public static FormatEntry? Forced(IReadOnlyList<FormatEntry> formats, string? version) => version is null ? null : FormatCatalog.Find(formats, version);
    }
}
