using System.Collections.Generic;
using System.IO;
using System.Text;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// GitHub Actions workflow commands, one line per finding as each file is done:
    /// <c>::error file=PATH,line=N,col=M,title=RULE::MESSAGE</c> (<c>warning</c>, <c>notice</c> for the other levels),
    /// which the runner turns into annotations on the file. Data is escaped as the runner unescapes it (% CR LF as
    /// %25 %0D %0A; in properties also : and , as %3A %2C). Findings without a line annotate the file.
    /// The closing summary is a plain line.
    /// </summary>
    public sealed class GitHubCheckOutput : ICheckOutput
    {
        private readonly TextWriter _writer;

        public GitHubCheckOutput(TextWriter writer) => _writer = writer;

        public void Begin()
        {
        }

        public void File(FileCheckResult result)
        {
            foreach (CheckFinding finding in result.Findings) _writer.Write(Annotation(result.Path, finding) + "\n");
            _writer.Flush();
        }

        public void End(CheckEnding ending)
        {
            if (ending.Comparison is { } comparison)
                foreach (CheckFinding finding in comparison.Findings) _writer.Write(Annotation(comparison.ThisYear.Path, finding) + "\n");
            BatchTally tally = ending.Tally;
            _writer.Write($"schemagen: {SummaryTable.Plural(tally.Files, "file")}: {SummaryTable.Plural(tally.Errors, "error")}, {SummaryTable.Plural(tally.Warnings, "warning")}"
                + (tally.NotChecked > 0 ? $", {tally.NotChecked} not checked" : "") + (ending.Interruption is { } i ? $"; interrupted by {i.Signal}" : "") + "\n");
            _writer.Flush();
        }

        public static string Command(FindingSeverity level) => level switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "notice",
        };

        public static string Annotation(string path, CheckFinding finding)
        {
            var properties = new List<string> { "file=" + Property(path) };
            int? line = finding.Line ?? (finding.Source.Line > 0 ? finding.Source.Line : null);
            if (line is int l)
            {
                properties.Add("line=" + l.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (finding.LineColumn is int col) properties.Add("col=" + col.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            properties.Add("title=" + Property(finding.RuleId));
            string location = FindingText.Location(finding);
            string values = finding.Expected is null && finding.Actual is null ? "" : $" (expected {FindingText.Number(finding.Expected)}, actual {FindingText.Number(finding.Actual)})";
            string place = finding.HasPlaceBeyondLine ? $" at {finding.Source}" : "";
            string message = $"{finding.Level.Word()} {finding.RuleId}: {finding.Message}{values}" + (location.Length > 0 ? $" [{location}]" : "") + place;
            return $"::{Command(finding.Level)} {string.Join(",", properties)}::{Data(message)}";
        }

        /// <summary>The message part: % and line breaks escaped.</summary>
        public static string Data(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                escaped.Append(c switch { '%' => "%25", '\r' => "%0D", '\n' => "%0A", _ => c.ToString() });
            }
            return escaped.ToString();
        }

        /// <summary>A property value: as data, and : and , too, which would end it.</summary>
        public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
    }
}
