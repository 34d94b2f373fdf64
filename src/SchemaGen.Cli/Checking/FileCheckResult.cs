using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Checking
{
    public enum CheckStatus { Checked, Unreadable, Failed }

    /// <summary>The format version a report was read with, and why.</summary>
    public sealed record FormatChoice(FormatEntry Format, double? Confidence, bool Forced, IReadOnlyList<string> Evidence, string? DetectedVersion);

    /// <summary>What one table of the format turned out to be in the report.</summary>
    public sealed record TableStatus(
        string Table, string Section, string SectionNumber, string? Caption, string Label, TablePresence Presence, int? Line, int Figures, int Cells);

    /// <summary>
    /// A statutory table as the law numbers it (二, 三, 四): table 二 is several blocks in the schema, so its
    /// presence is the best of its blocks' (any block with figures makes the table present).
    /// </summary>
    public sealed record StatutoryTable(string Number, string Section, string Heading, TablePresence Presence, IReadOnlyList<TableStatus> Blocks);

    /// <summary>Everything the checker has to say about one input file.</summary>
    public sealed class FileCheckResult
    {
        public FileCheckResult(string path, CheckStatus status, string? problem, FormatChoice? format,
            IReadOnlyList<StatutoryTable> tables, IReadOnlyList<CheckFinding> findings, CheckedReport? report)
        {
            Path = path;
            Status = status;
            Problem = problem;
            Format = format;
            Tables = tables;
            Findings = findings;
            Report = report;
        }

        public string Path { get; }
        public CheckStatus Status { get; }
        /// <summary>Why the file could not be checked (unreadable or failed), else null.</summary>
        public string? Problem { get; }
        public FormatChoice? Format { get; }
        public IReadOnlyList<StatutoryTable> Tables { get; }
        public IReadOnlyList<CheckFinding> Findings { get; }
        /// <summary>The generated parser's and validator's output, kept for cross-year comparison; null when not checked.</summary>
        public CheckedReport? Report { get; }
        /// <summary>What the input was read as (text, a web page, a Word document, a PDF); null when that was never known.</summary>
        public DocumentKind? InputKind { get; private init; }

        public FileCheckResult WithInputKind(DocumentKind? kind)
            => new(Path, Status, Problem, Format, Tables, Findings, Report) { InputKind = kind };

        public int Errors => Findings.Count(f => f.Level == FindingSeverity.Error);
        public int Warnings => Findings.Count(f => f.Level == FindingSeverity.Warning);
        public int Notes => Findings.Count(f => f.Level == FindingSeverity.Info);

        public IEnumerable<StatutoryTable> TablesWith(TablePresence presence) => Tables.Where(t => t.Presence == presence);

        public static FileCheckResult Unreadable(string path, string problem)
            => new(path, CheckStatus.Unreadable, problem, null, System.Array.Empty<StatutoryTable>(),
                new[] { CheckFinding.Simple(CheckerRules.InputUnreadable.Id, FindingSeverity.Error, FindingOrigin.Input, "not checked: " + problem) }, null);

        public static FileCheckResult Failed(string path, string problem, FormatChoice? format)
            => new(path, CheckStatus.Failed, problem, format, System.Array.Empty<StatutoryTable>(),
                new[] { CheckFinding.Simple(CheckerRules.CheckFailed.Id, FindingSeverity.Error, FindingOrigin.Input, "not checked: the checker failed: " + problem) }, null);

        /// <summary>The input took longer than the per-file budget; the batch went on without it.</summary>
        public static FileCheckResult TimedOut(string path, System.TimeSpan budget)
        {
            string seconds = budget.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            string problem = $"timed out after {seconds} s (the per-file time budget, --file-timeout)";
            return new(path, CheckStatus.Failed, problem, null, System.Array.Empty<StatutoryTable>(),
                new[] { CheckFinding.Simple(CheckerRules.CheckFailed.Id, FindingSeverity.Error, FindingOrigin.Input, "not checked: " + problem) }, null);
        }

        /// <summary>
        /// A reader read nothing from the input (a kind it refuses, an encrypted or damaged file) or no reader takes its kind:
        /// the reader's notes are the findings (SG3050, SG3054, SG3055, …), and the first error among them is the problem.
        /// </summary>
        public static FileCheckResult NotRead(string path, DocumentKind? kind, IReadOnlyList<DocumentNote> notes)
        {
            var findings = notes.Select(n => new CheckFinding(n.Id, n.Severity, FindingOrigin.Input,
                    n.Severity == FindingSeverity.Error ? "not checked: " + n.Message : n.Message,
                    null, null, null, null, null, null, null, n.Location.Line > 0 ? n.Location.Line : null, n.Location.Line > 0 && n.Location.Column > 0 ? n.Location.Column : null,
                    null, null, System.Array.Empty<FindingCell>()) { Source = n.Location })
                .ToArray();
            string problem = notes.FirstOrDefault(n => n.Severity == FindingSeverity.Error)?.Message ?? "nothing could be read";
            return new FileCheckResult(path, CheckStatus.Unreadable, problem, null, System.Array.Empty<StatutoryTable>(), findings, null) { InputKind = kind };
        }
    }
}
