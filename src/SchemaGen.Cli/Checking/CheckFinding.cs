using System.Collections.Generic;
using SchemaGen.Runtime.Validation;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Cli.Checking
{
    /// <summary>Where a finding came from: the tool's own input handling, the reader, table presence, a validator rule, or a cross-year rule.</summary>
    public enum FindingOrigin { Input, Reading, Presence, Validation, AcrossYears }

    /// <summary>A cell that took part in a finding, with the line it was read from (null when blank or not read).</summary>
    public sealed record FindingCell(string Table, string Row, string Column, string RowLabel, string ColumnLabel, int? Line, bool PreviousYear)
    {
        /// <summary>Where the cell stands in its input, whatever its kind (line:column, element path, page); none when not read.</summary>
        public SourceLocation Source { get; init; }

        /// <summary>The value computed for the cell when the report left it blank and the reader imputed it from its parts; null for a stated or blank cell.</summary>
        public decimal? Imputed { get; init; }
    }

    /// <summary>
    /// One finding about one report, in the CLI's uniform shape: the rule id (reader SG3xxx, checker SG40xx or
    /// a schema invariant id such as outcome-total), its level, and where it stands — by section/table/row/column
    /// and by line in the report's text when known, and by its full place in the input (<see cref="Source"/>).
    /// </summary>
    public sealed record CheckFinding(
        string RuleId,
        FindingSeverity Level,
        FindingOrigin Origin,
        string Message,
        string? Section,
        string? SectionNumber,
        string? Table,
        string? Row,
        string? RowLabel,
        string? Column,
        string? ColumnLabel,
        int? Line,
        int? LineColumn,
        decimal? Expected,
        decimal? Actual,
        IReadOnlyList<FindingCell> Cells)
    {
        /// <summary>
        /// Where the finding stands in the input, whatever its kind: line:column for text, the element path (and start-tag
        /// line) for a web page or a Word file, the page and box for a PDF; none when it concerns the whole input.
        /// </summary>
        public SourceLocation Source { get; init; }

        /// <summary>The figures of the prose the finding is about (SG3040, SG3041), each with the cells it stands for and its sentence; else empty.</summary>
        public IReadOnlyList<Figures.ReportFigure> Prose { get; init; } = System.Array.Empty<Figures.ReportFigure>();

        /// <summary>Whether <see cref="Source"/> says more than a line and column: an element path or a page (inputs other than plain text).</summary>
        public bool HasPlaceBeyondLine => Source.IsMoreThanLine;

        public static CheckFinding Simple(string ruleId, FindingSeverity level, FindingOrigin origin, string message)
            => new(ruleId, level, origin, message, null, null, null, null, null, null, null, null, null, null, null, System.Array.Empty<FindingCell>());
    }
}
