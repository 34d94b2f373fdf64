using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Cli.Output;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Commands
{
    /// <summary>schemagen check FILE|DIR… [--pair LAST THIS]: detect, read, validate, report.</summary>
    internal static class CheckCommand
    {
        public static Command Create(CliContext context)
        {
            var inputs = new Argument<string[]>("inputs")
            {
                Description = "Report text files, or directories to search for *.txt.",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var pair = new Option<string[]>("--pair")
            {
                Description = "Check two consecutive years' reports of one agency (last year's first) and compare them.",
                Arity = new ArgumentArity(2, 2),
                AllowMultipleArgumentsPerToken = true,
                HelpName = "LAST THIS",
            };
            Option<string> format = CommonOptions.Format("text", "json", "sarif");
            Option<string> failOn = CommonOptions.FailOn();
            Option<string?> schema = CommonOptions.Schema(context.Formats);

            var command = new Command("check", "Check annual reports: detect the format version, read the tables with its generated parser, validate with its generated validator, and report the findings.")
            {
                inputs, pair, format, failOn, schema,
            };
            command.Validators.Add(result =>
            {
                bool hasInputs = (result.GetValue(inputs) ?? System.Array.Empty<string>()).Length > 0;
                bool hasPair = result.GetResult(pair) is not null;
                if (hasInputs == hasPair) result.AddError("check takes report files or directories, or --pair LAST THIS (not both).");
            });
            command.SetAction(parsed =>
            {
                string[]? pairPaths = parsed.GetResult(pair) is null ? null : parsed.GetValue(pair);
                var paths = pairPaths ?? parsed.GetValue(inputs)!;
                var run = new CheckRun(context, CommonOptions.Forced(context.Formats, parsed.GetValue(schema)));
                IReadOnlyList<FileCheckResult> results = run.CheckAll(ReportInputs.Expand(paths));
                YearComparison? comparison = pairPaths is null ? null : CompareCommand.TryCompare(results[0], results[1], context.Err);
                return Report(context.Out, parsed.GetValue(format)!, CommonOptions.Threshold(parsed.GetValue(failOn)!), results, comparison);
            });
            return command;
        }

        internal static int Report(TextWriter output, string format, FindingSeverity threshold, IReadOnlyList<FileCheckResult> results, YearComparison? comparison)
        {
            int exitCode = ExitCodes.For(results, comparison?.Findings ?? System.Array.Empty<CheckFinding>(), threshold);
            switch (format)
            {
                case "json":
                    JsonOutput.Write(output, JsonReporter.Check(results, comparison, exitCode));
                    break;
                case "sarif":
                    JsonOutput.Write(output, SarifWriter.Build(results, comparison, exitCode));
                    break;
                default:
                    foreach (FileCheckResult result in results) TextReporter.WriteFile(output, result);
                    if (comparison is not null)
                    {
                        TextReporter.WriteComparison(output, comparison);
                        output.WriteLine();
                    }
                    SummaryTable.Write(output, results);
                    break;
            }
            return exitCode;
        }
    }

    /// <summary>Checks a batch one file at a time, drawing the progress bar; a bad file never stops the batch.</summary>
    internal sealed class CheckRun
    {
        private readonly CliContext _context;
        private readonly CheckRunner _runner;

        public CheckRun(CliContext context, Formats.FormatEntry? forced)
        {
            _context = context;
            _runner = new CheckRunner(context.Formats, forced);
        }

        public IReadOnlyList<FileCheckResult> CheckAll(IReadOnlyList<ReportInput> inputs)
        {
            ProgressBar progress = ProgressBar.For(_context.Err, _context.ErrorIsTerminal, inputs.Count);
            var results = new List<FileCheckResult>(inputs.Count);
            for (int i = 0; i < inputs.Count; i++)
            {
                progress.Report(i, Path.GetFileName(inputs[i].Path));
                results.Add(_runner.CheckFile(inputs[i]));
            }
            progress.Complete();
            return results;
        }
    }

    internal static class ExitCodes
    {
        /// <summary>2 when any input could not be checked, else 1 when a finding reaches the threshold, else 0.</summary>
        public static int For(IEnumerable<FileCheckResult> results, IEnumerable<CheckFinding> extra, FindingSeverity threshold)
        {
            var list = results.ToList();
            if (list.Any(r => r.Status != CheckStatus.Checked)) return Cli.UsageOrInput;
            bool failing = list.SelectMany(r => r.Findings).Concat(extra).Any(f => f.Level.IsAtLeast(threshold));
            return failing ? Cli.Findings : Cli.Clean;
        }
    }
}
