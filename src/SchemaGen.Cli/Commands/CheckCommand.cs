using System;
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
    /// <summary>schemagen check FILE|DIR… [--pair LAST THIS]: read, detect, validate, report — file by file, as each is done.</summary>
    internal static class CheckCommand
    {
        public static Command Create(CliContext context)
        {
            Argument<string[]> inputs = CommonOptions.ReportInputs(ArgumentArity.ZeroOrMore);
            var pair = new Option<string[]>("--pair")
            {
                Description = "Check two consecutive years' reports of one agency (last year's first) and compare them.",
                Arity = new ArgumentArity(2, 2),
                AllowMultipleArgumentsPerToken = true,
                HelpName = "LAST THIS",
            };
            Option<string> format = CommonOptions.Format("text", "json", "sarif", "junit", "github", "markdown", "html");
            var options = new RunOptions(context.Formats);
            var command = new Command("check", "Check annual reports: read each with the reader of its kind, detect the format version, read the tables with its generated parser, validate with its generated validator, and report the findings.")
            {
                inputs, pair, format,
            };
            options.AddTo(command);
            command.Validators.Add(result =>
            {
                bool hasInputs = (result.GetValue(inputs) ?? Array.Empty<string>()).Length > 0;
                bool hasPair = result.GetResult(pair) is not null;
                if (hasInputs == hasPair) result.AddError("check takes report files or directories, or --pair LAST THIS (not both).");
            });
            command.SetAction(parsed =>
            {
                string[]? pairPaths = parsed.GetResult(pair) is null ? null : parsed.GetValue(pair);
                if (!options.TryOverrides(parsed, context.Err, out SeverityOverrides overrides)) return Cli.UsageOrInput;
                InputOptions inputOptions = options.Inputs(parsed);
                ExpandedInputs expanded = ReportInputs.Expand(pairPaths ?? parsed.GetValue(inputs)!, inputOptions.Readers);
                foreach (SkippedFiles skipped in expanded.Skipped) context.Err.WriteLine("schemagen: " + skipped.Describe());

                using OutputTarget target = options.OpenOutput(parsed, context);
                ICheckOutput sink = parsed.GetValue(format) switch
                {
                    "json" => new JsonCheckOutput(target.Writer, target.Utf8Bytes),
                    "sarif" => new SarifWriter(target.Writer, expanded.Inputs.Select(i => i.Path), overrides, target.Utf8Bytes),
                    "junit" => new JUnitCheckOutput(target.Writer, options.Threshold(parsed)),
                    "github" => new GitHubCheckOutput(target.Writer),
                    "markdown" => new MarkdownCheckOutput(target.Writer),
                    "html" => new Output.Html.HtmlCheckOutput(target.Writer),
                    _ => new TextCheckOutput(target.Writer),
                };
                var run = new CheckRun(context, options.Runner(parsed, inputOptions, overrides), options.Budget(parsed), sink, options.Threshold(parsed));
                int exitCode = run.Run(expanded, comparePair: pairPaths is not null);
                target.Commit();
                return exitCode;
            });
            return command;
        }
    }

    /// <summary>
    /// Checks a batch on every core, writing each file's result as soon as it and those before it are done (input order,
    /// through a bounded reorder buffer), drawing the progress bar; a bad, slow or stuck file never stops the batch, and an
    /// interrupt ends it with the output closed properly.
    /// </summary>
    internal sealed class CheckRun
    {
        private readonly CliContext _context;
        private readonly CheckRunner _runner;
        private readonly TimeSpan? _budget;
        private readonly ICheckOutput _output;
        private readonly FindingSeverity _threshold;

        public CheckRun(CliContext context, CheckRunner runner, TimeSpan? budget, ICheckOutput output, FindingSeverity threshold)
        {
            _context = context;
            _runner = runner;
            _budget = budget;
            _output = output;
            _threshold = threshold;
        }

        public int Run(ExpandedInputs expanded, bool comparePair)
        {
            IReadOnlyList<ReportInput> inputs = expanded.Inputs;
            var tally = new BatchTally(_threshold);
            // Only --pair keeps results: the comparison reads both reports. A batch keeps none.
            FileCheckResult?[] kept = new FileCheckResult?[comparePair ? inputs.Count : 0];
            ProgressBar progress = ProgressBar.For(_context.Err, _context.ErrorIsTerminal, inputs.Count);

            _output.Begin();
            bool complete = OrderedBatch<FileCheckResult>.Run(inputs.Count, Environment.ProcessorCount, _budget,
                CommonOptions.CheckWork(_runner, inputs, _budget),
                (index, result) =>
                {
                    _output.File(result);
                    tally.Add(result);
                    if (comparePair) kept[index] = result;
                    progress.Report(tally.Files, Path.GetFileName(result.Path));
                },
                _context.Interruption.Token);
            progress.Complete();

            YearComparison? comparison = complete && comparePair ? CompareCommand.TryCompare(kept[0]!, kept[1]!, _context.Err, _runner.Overrides) : null;
            RunInterruption? interruption = complete ? null : new RunInterruption(_context.Interruption.Signal ?? "an interrupt", inputs.Count);
            int exitCode = interruption is not null ? _context.Interruption.ExitCode : ExitCodes.For(tally, comparison?.Findings ?? Array.Empty<CheckFinding>(), _threshold);
            _output.End(new CheckEnding(tally, comparison, exitCode, interruption, expanded.Skipped));
            if (interruption is not null)
                _context.Err.WriteLine($"schemagen: interrupted by {interruption.Signal}: {tally.Files} of {inputs.Count} files done; the output holds those");
            return exitCode;
        }
    }

    internal static class ExitCodes
    {
        /// <summary>2 when any input could not be checked, else 1 when a finding reaches the threshold, else 0.</summary>
        public static int For(IEnumerable<FileCheckResult> results, IEnumerable<CheckFinding> extra, FindingSeverity threshold)
        {
            var tally = new BatchTally(threshold);
            foreach (FileCheckResult result in results) tally.Add(result);
            return For(tally, extra, threshold);
        }

        public static int For(BatchTally tally, IEnumerable<CheckFinding> extra, FindingSeverity threshold)
        {
            if (tally.NotChecked > 0) return Cli.UsageOrInput;
            bool failing = tally.Failing || extra.Any(f => f.Level.IsAtLeast(threshold));
            return failing ? Cli.Findings : Cli.Clean;
        }
    }
}
