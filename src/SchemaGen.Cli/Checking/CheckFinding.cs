using System.Collections.Generic;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Checking
{
    /// <summary>Where a finding came from: the tool's own input handling, the reader, table presence, a validator rule, or a cross-year rule.</summary>
    public enum FindingOrigin { Input, Reading, Presence, Validation, AcrossYears }

    /// <summary>A cell that took part in a finding, with the line it was read from (null when blank or not read).</summary>
    public sealed record FindingCell(string Table, string Row, string Column, string RowLabel, string ColumnLabel, int? Line, bool PreviousYear);

    /// <summary>
    /// One finding about one report, in the CLI's uniform shape: the rule id (reader SG3xxx, checker SG40xx or
    /// a schema invariant id such as outcome-total), its level, and where it stands — by section/table/row/column
    /// and by line in the report's text when known.
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
        public static CheckFinding Simple(string ruleId, FindingSeverity level, FindingOrigin origin, string message)
            => new(ruleId, level, origin, message, null, null, null, null, null, null, null, null, null, null, null, System.Array.Empty<FindingCell>());
    }
}
