using System;
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
            var lastYear = new Argument<string>("LAST_YEAR") { Description = "Last year's report (text, web page, Word document or PDF)." };
            var thisYear = new Argument<string>("THIS_YEAR") { Description = "This year's report of the same agency." };
            Option<string> format = CommonOptions.Format("text", "json");
            var options = new RunOptions(context.Formats);
            var command = new Command("compare", "Compare two consecutive years' reports of one agency: cross-year rules (carry-over, in-force documents) and every figure with its change.")
            {
                lastYear, thisYear, format,
            };
            options.AddTo(command);
            command.SetAction(parsed =>
            {
                if (!options.TryOverrides(parsed, context.Err, out SeverityOverrides overrides)) return Cli.UsageOrInput;
                CheckRunner runner = options.Runner(parsed, options.Inputs(parsed), overrides);
                var inputs = new[] { new ReportInput(parsed.GetValue(lastYear)!, null), new ReportInput(parsed.GetValue(thisYear)!, null) };
                TimeSpan? budget = options.Budget(parsed);
                var results = new FileCheckResult?[2];
                bool complete = OrderedBatch<FileCheckResult>.Run(2, Environment.ProcessorCount, budget, CommonOptions.CheckWork(runner, inputs, budget),
                    (index, result) => results[index] = result, context.Interruption.Token);
                if (!complete || results[0] is not FileCheckResult last || results[1] is not FileCheckResult current)
                {
                    context.Err.WriteLine($"schemagen: interrupted by {context.Interruption.Signal}: nothing compared");
                    return context.Interruption.ExitCode;
                }
                YearComparison? comparison = TryCompare(last, current, context.Err, overrides);
                FindingSeverity threshold = options.Threshold(parsed);
                if (comparison is null) return Cli.UsageOrInput;
                int exitCode = ExitCodes.For(new FileCheckResult[0], comparison.Findings, threshold);
                using OutputTarget target = options.OpenOutput(parsed, context);
                if (parsed.GetValue(format) == "json")
                    JsonOutput.Write(target.Writer, json => JsonReporter.WriteComparison(json, comparison));
                else
                    TextReporter.WriteComparison(target.Writer, comparison);
                target.Commit();
                return exitCode;
            });
            return command;
        }

        /// <summary>Compares when both files were checked; otherwise says why not on stderr and returns null.</summary>
        internal static YearComparison? TryCompare(FileCheckResult last, FileCheckResult current, TextWriter error, SeverityOverrides overrides)
        {
            bool ok = true;
            foreach (FileCheckResult result in new[] { last, current })
            {
                if (result.Status == CheckStatus.Checked) continue;
                error.WriteLine($"schemagen: cannot compare: {result.Path}: {result.Problem}");
                ok = false;
            }
            if (!ok) return null;
            YearComparison comparison = YearComparer.Compare(last, current);
            return comparison.WithFindings(overrides.Apply(comparison.Findings));
        }
    }
}
