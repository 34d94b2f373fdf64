using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SchemaGen.Runtime.Validation
{
    public enum FindingSeverity { Error, Warning, Info }

    public enum FindingKind
    {
        /// <summary>The figures break the rule.</summary>
        Violation,
        /// <summary>The rule cannot be checked because a total it needs is not stated.</summary>
        NotAssessable,
        /// <summary>A cell holds a value its kind does not allow (negative count, too many decimals).</summary>
        InvalidValue,
        /// <summary>Blank totals were computed from their stated parts (a format defect); the rules ran on the computed values.</summary>
        Imputed,
        /// <summary>A figure the prose restates differs from the table (or from other prose figures).</summary>
        ProseDisagrees,
        /// <summary>Figures taken from the prose where the table gives none.</summary>
        ProseSourced,
    }

    /// <summary>A total the report left blank and the reader computed from its stated parts.</summary>
    public readonly record struct ImputedFigure(CellAddress Cell, decimal Value);

    /// <summary>A cell of a report table: table id, leaf row path, leaf column id, with their official labels.</summary>
    public readonly record struct CellAddress(string Table, string Row, string Column, string RowLabel, string ColumnLabel)
    {
        public override string ToString() => $"{Table}[{RowLabel} ({Row}) × {ColumnLabel} ({Column})]";
    }

    /// <summary>
    /// One finding of a validator: which rule, which table/row/column, expected and actual values, and every
    /// cell that took part. For a total rule the row and column name the total cell; for a rule checked
    /// for each column (or row) they name that column (or row) and the rule's first cell.
    /// </summary>
    public sealed record ValidationFinding(
        string RuleId,
        FindingKind Kind,
        FindingSeverity Severity,
        string Table,
        string? Row,
        string? RowLabel,
        string? Column,
        string? ColumnLabel,
        decimal? Expected,
        decimal? Actual,
        string Message,
        IReadOnlyList<CellAddress> Cells)
    {
        /// <summary>The imputed totals this finding reports, with their computed values (a <see cref="FindingKind.Imputed"/> finding); else empty.</summary>
        public IReadOnlyList<ImputedFigure> Imputed { get; init; } = System.Array.Empty<ImputedFigure>();

        /// <summary>The prose figures this finding is about (a prose finding), with their sentences and lines; else empty.</summary>
        public IReadOnlyList<Prose.ProseFigure> Prose { get; init; } = System.Array.Empty<Prose.ProseFigure>();

        /// <summary>The checks made on prose-sourced figures (rules and sums they allowed), held or not; else empty.</summary>
        public IReadOnlyList<Prose.ProseCheck> ProseChecks { get; init; } = System.Array.Empty<Prose.ProseCheck>();

        public bool Involves(string row, string column) => Cells.Any(c => c.Row == row && c.Column == column);

        public override string ToString()
        {
            string where = Row is null && Column is null ? Table : $"{Table} {RowLabel ?? Row} × {ColumnLabel ?? Column}";
            string values = Expected is null && Actual is null ? "" : $" (expected {Format(Expected)}, actual {Format(Actual)})";
            return $"{Severity.ToString().ToLowerInvariant()} {RuleId} {where}: {Message}{values}";
        }

        internal static string Format(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "blank";
    }

    /// <summary>The findings of one validation run.</summary>
    public sealed class ValidationResult
    {
        public ValidationResult(IReadOnlyList<ValidationFinding> findings) => Findings = findings;

        public IReadOnlyList<ValidationFinding> Findings { get; }

        public IEnumerable<ValidationFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

        public IEnumerable<ValidationFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

        /// <summary>No error-level findings (warnings such as not-assessable totals may remain).</summary>
        public bool IsValid => !Errors.Any();

        public override string ToString() => Findings.Count == 0 ? "valid" : string.Join("\n", Findings);
    }
}
