using System.Collections.Generic;
using System.IO;
using SchemaGen.Cli.Checking;

namespace SchemaGen.Cli.Output
{
    /// <summary>Text output of check, streamed: each file's block as it is done, then the comparison and the summary table.</summary>
    public sealed class TextCheckOutput : ICheckOutput
    {
        private readonly TextWriter _writer;
        // The summary table pads its columns to the widest cell, so its rows wait for the end; a row is a few short strings.
        private readonly List<string[]> _summaryRows = new();

        public TextCheckOutput(TextWriter writer) => _writer = writer;

        public void Begin()
        {
        }

        public void File(FileCheckResult result)
        {
            TextReporter.WriteFile(_writer, result);
            _summaryRows.Add(SummaryTable.Row(result));
            _writer.Flush();
        }

        public void End(CheckEnding ending)
        {
            if (ending.Comparison is not null)
            {
                TextReporter.WriteComparison(_writer, ending.Comparison);
                _writer.WriteLine();
            }
            SummaryTable.Write(_writer, _summaryRows, ending.Tally);
            if (ending.Interruption is { } interruption)
                _writer.WriteLine($"interrupted by {interruption.Signal}: {SummaryTable.Plural(ending.Tally.Files, "file")} of {interruption.Inputs} done; the others are not in this output");
            _writer.Flush();
        }
    }
}
