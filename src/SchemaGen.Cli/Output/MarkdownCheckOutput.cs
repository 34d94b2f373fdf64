using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// A summary for a pull-request comment, in GitHub-flavoured Markdown: a heading, the findings table (one row per
    /// finding, streamed as each file is done), then the per-file summary table (format, tables present and missing,
    /// counts) and the totals, which only the end knows. Cells are escaped for pipe tables.
    /// </summary>
    public sealed class MarkdownCheckOutput : ICheckOutput
    {
        private readonly TextWriter _writer;
        private readonly List<string[]> _summaryRows = new();
        private bool _findingsHeader;

        public MarkdownCheckOutput(TextWriter writer) => _writer = writer;

        public void Begin()
        {
            _writer.Write("## schemagen check\n\n");
            _writer.Flush();
        }

        public void File(FileCheckResult result)
        {
            foreach (CheckFinding finding in result.Findings) Finding(result.Path, finding);
            _summaryRows.Add(SummaryTable.Row(result));
            _writer.Flush();
        }

        public void End(CheckEnding ending)
        {
            if (ending.Comparison is { } comparison)
                foreach (CheckFinding finding in comparison.Findings) Finding(comparison.ThisYear.Path, finding);
            if (_findingsHeader) _writer.Write("\n");
            else _writer.Write("No findings.\n\n");
            _writer.Write("| file | format | present | missing | empty | unplaceable | errors | warnings |\n");
            _writer.Write("|---|---|---|---|---|---|--:|--:|\n");
            foreach (string[] row in _summaryRows) Row(row);
            BatchTally tally = ending.Tally;
            _writer.Write($"\n**{SummaryTable.Plural(tally.Files, "file")}: {SummaryTable.Plural(tally.Errors, "error")}, {SummaryTable.Plural(tally.Warnings, "warning")}**"
                + (tally.NotChecked > 0 ? $", {tally.NotChecked} not checked" : "")
                + (ending.Interruption is { } i ? $" (interrupted by {i.Signal}: {SummaryTable.Plural(tally.Files, "file")} of {i.Inputs} done)" : "") + "\n");
            _writer.Flush();
        }

        private void Finding(string path, CheckFinding finding)
        {
            if (!_findingsHeader)
            {
                _writer.Write("| level | rule | where | message | expected | actual | place in the format |\n");
                _writer.Write("|---|---|---|---|--:|--:|---|\n");
                _findingsHeader = true;
            }
            Row(new[]
            {
                finding.Level.Word(), finding.RuleId, FindingText.Where(path, finding), finding.Message,
                finding.Expected is null ? "" : FindingText.Number(finding.Expected), finding.Actual is null && finding.Expected is null ? "" : FindingText.Number(finding.Actual),
                FindingText.Location(finding),
            });
        }

        private void Row(IEnumerable<string> cells) => _writer.Write("| " + string.Join(" | ", cells.Select(Cell)) + " |\n");

        /// <summary>A pipe-table cell: | escaped, line breaks as spaces, and &lt; &amp; as entities so no text becomes markup.</summary>
        public static string Cell(string text)
            => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
    }
}
