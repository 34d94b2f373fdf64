using System.Collections.Generic;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>Whether a figure exists in both years' formats or in one only.</summary>
    public enum FigureScope { Both, OnlyLastYear, OnlyThisYear }

    /// <summary>
    /// One figure of the format, last year's and this year's value, and the change (null unless both are stated).
    /// Note says why a figure is only in one year's format, or why last year's is an approximation.
    /// </summary>
    public sealed record FigureChange(
        string SectionNumber, string Table, string TableName, string Row, string RowLabel, string Column, string ColumnLabel,
        FigureScope Scope, decimal? LastYear, decimal? ThisYear, string? Note)
    {
        public decimal? Change => LastYear.HasValue && ThisYear.HasValue ? ThisYear - LastYear : null;
    }

    /// <summary>Whether a cross-year rule could be applied to the two reports, and why not when it could not.</summary>
    public sealed record RuleApplicability(string RuleId, string Rule, bool Applied, string? Reason, int Violations);

    /// <summary>Two consecutive years' reports of one agency, compared.</summary>
    public sealed class YearComparison
    {
        public YearComparison(FileCheckResult lastYear, FileCheckResult thisYear, string basis, IReadOnlyList<string> scopeNotes,
            IReadOnlyList<RuleApplicability> rules, IReadOnlyList<CheckFinding> findings, IReadOnlyList<FigureChange> figures)
        {
            LastYear = lastYear;
            ThisYear = thisYear;
            Basis = basis;
            ScopeNotes = scopeNotes;
            Rules = rules;
            Findings = findings;
            Figures = figures;
        }

        public FileCheckResult LastYear { get; }
        public FileCheckResult ThisYear { get; }
        public bool SameVersion => LastYear.Format!.Format.Version == ThisYear.Format!.Format.Version;
        /// <summary>How last year's cells were matched to this year's (same version, the generated converter, or same ids).</summary>
        public string Basis { get; }
        /// <summary>What can and cannot be compared, in sentences (mostly about differing versions).</summary>
        public IReadOnlyList<string> ScopeNotes { get; }
        public IReadOnlyList<RuleApplicability> Rules { get; }
        /// <summary>The cross-year findings (located in this year's report) and an SG4010 note per rule not applied.</summary>
        public IReadOnlyList<CheckFinding> Findings { get; }
        public IReadOnlyList<FigureChange> Figures { get; }

        public int Errors => Findings.Count(f => f.Level == FindingSeverity.Error);
        public int Warnings => Findings.Count(f => f.Level == FindingSeverity.Warning);
    }
}
