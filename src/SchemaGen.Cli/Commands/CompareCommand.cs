using System.CommandLine;
using System.IO;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Cli.Output;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Commands
{
    /// <summary>schemagen compare LAST_YEAR THIS_YEAR: cross-year rules and a year-over-year table of every figure.</summary>
    internal static class CompareCommand
    {
        public static Command Create(CliContext context)
        {
            var lastYear = new Argument<string>("LAST_YEAR") { Description = "Last year's report (text file)." };
            var thisYear = new Argument<string>("THIS_YEAR") { Description = "This year's report of the same agency (text file)." };
            Option<string> format = CommonOptions.Format("text", "json");
            Option<string> failOn = CommonOptions.FailOn();
            Option<string?> schema = CommonOptions.Schema(context.Formats);
            var command = new Command("compare", "Compare two consecutive years' reports of one agency: cross-year rules (carry-over, in-force documents) and every figure with its change.")
            {
                lastYear, thisYear, format, failOn, schema,
            };
            command.SetAction(parsed =>
            {
                var runner = new CheckRunner(context.Formats, CommonOptions.Forced(context.Formats, parsed.GetValue(schema)));
                FileCheckResult last = runner.CheckFile(new ReportInput(parsed.GetValue(lastYear)!, null));
                FileCheckResult current = runner.CheckFile(new ReportInput(parsed.GetValue(thisYear)!, null));
                YearComparison? comparison = TryCompare(last, current, context.Err);
                FindingSeverity threshold = CommonOptions.Threshold(parsed.GetValue(failOn)!);
                if (comparison is null) return Cli.UsageOrInput;
                int exitCode = ExitCodes.For(new FileCheckResult[0], comparison.Findings, threshold);
                if (parsed.GetValue(format) == "json")
                    JsonOutput.Write(context.Out, JsonReporter.Comparison(comparison));
                else
                    TextReporter.WriteComparison(context.Out, comparison);
                return exitCode;
            });
            return command;
        }

        /// <summary>Compares when both files were checked; otherwise says why not on stderr and returns null.</summary>
        internal static YearComparison? TryCompare(FileCheckResult last, FileCheckResult current, TextWriter error)
        {
            bool ok = true;
            foreach (FileCheckResult result in new[] { last, current })
            {
                if (result.Status == CheckStatus.Checked) continue;
                error.WriteLine($"schemagen: cannot compare: {result.Path}: {result.Problem}");
                ok = false;
            }
            return ok ? YearComparer.Compare(last, current) : null;
        }
    }
}
