using System;
using System.CommandLine;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Extracting;
using SchemaGen.Cli.Output;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Commands
{
    /// <summary>
    /// schemagen extract FILE|DIR… --format csv|json|parquet: every figure of every report as one tidy row. The inputs are
    /// read exactly as check reads them (the same run: readers, detection, batch, time budget, interrupts); only the
    /// output differs.
    /// </summary>
    internal static class ExtractCommand
    {
        public static Command Create(CliContext context)
        {
            Argument<string[]> inputs = CommonOptions.ReportInputs(ArgumentArity.OneOrMore);
            Option<string> format = CommonOptions.Format("csv", "json", "parquet");
            var options = new RunOptions(context.Formats);
            var command = new Command("extract", "Extract every figure of every report as one tidy row (file, agency, year, format version, table, row, column, labels, value, origin), for pandas, R or a spreadsheet.")
            {
                inputs, format,
            };
            options.AddReadingTo(command);
            command.Validators.Add(result =>
            {
                if (result.GetValue(format) == "parquet" && result.GetValue(options.Output) is null)
                    result.AddError("--format parquet writes a binary file: give it with --output FILE.");
            });
            command.SetAction(parsed =>
            {
                if (!options.TryOverrides(parsed, context.Err, out SeverityOverrides overrides)) return Cli.UsageOrInput;
                InputOptions inputOptions = options.Inputs(parsed);
                ExpandedInputs expanded = ReportInputs.Expand(parsed.GetValue(inputs)!, inputOptions.Readers);
                foreach (SkippedFiles skipped in expanded.Skipped) context.Err.WriteLine("schemagen: " + skipped.Describe());

                using OutputTarget target = options.OpenOutput(parsed, context);
                ICheckOutput sink = parsed.GetValue(format) switch
                {
                    "parquet" => new ParquetExtractOutput(target.FileStream!),
                    "json" => new JsonExtractOutput(target.Writer),
                    _ => new CsvExtractOutput(target.Writer),
                };
                var run = new CheckRun(context, options.Runner(parsed, inputOptions, overrides), options.Budget(parsed), new NotReadOnStderr(sink, context), FindingSeverity.Error);
                int exitCode = run.Run(expanded, comparePair: false);
                target.Commit();
                // Findings are check's business: extract fails only when an input could not be read (2) or on an interrupt.
                return exitCode == Cli.Findings ? Cli.Clean : exitCode;
            });
            return command;
        }

        /// <summary>Says on stderr which inputs were not read (their one row says so too), so that a shell user sees it.</summary>
        private sealed class NotReadOnStderr : ICheckOutput
        {
            private readonly ICheckOutput _inner;
            private readonly CliContext _context;

            public NotReadOnStderr(ICheckOutput inner, CliContext context)
            {
                _inner = inner;
                _context = context;
            }

            public void Begin() => _inner.Begin();

            public void File(FileCheckResult result)
            {
                _inner.File(result);
                if (result.Status != CheckStatus.Checked) _context.Err.WriteLine($"schemagen: {result.Path}: not read: {result.Problem}");
            }

            public void End(CheckEnding ending) => _inner.End(ending);
        }
    }
}
