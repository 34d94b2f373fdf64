using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Findings
{
    public enum FindingKind
    {
        /// <summary>A rule instance does not hold.</summary>
        Violation,
        /// <summary>A rule cannot be checked where a total it needs is blank: one finding per rule, naming every such total.</summary>
        NotAssessable,
        /// <summary>A figure its cell kind does not allow (a negative count, too many decimals).</summary>
        InvalidValue,
    }

    /// <summary>
    /// A finding a validator must report about a report's figures: the rule, what kind, the subject cell (the total of a
    /// total rule, else the instance's first cell), expected and actual sums, and every cell involved. The same shape
    /// holds what the corpus expects and what the generated validator says, so the two compare with <see cref="Signature"/>.
    /// </summary>
    public sealed class Finding
    {
        public Finding(string ruleId, FindingKind kind, string table, CellRef? subject, decimal? expected, decimal? actual, IEnumerable<CellRef> cells)
        {
            RuleId = ruleId;
            Kind = kind;
            Table = table;
            Subject = subject;
            Expected = expected;
            Actual = actual;
            Cells = cells.Distinct().OrderBy(c => c).ToArray();
        }

        public string RuleId { get; }
        public FindingKind Kind { get; }
        public string Table { get; }

        /// <summary>The cell the finding is about; null for a not-assessable finding (it names a set of cells).</summary>
        public CellRef? Subject { get; }

        public decimal? Expected { get; }
        public decimal? Actual { get; }

        /// <summary>The cells involved (for not assessable: the blank totals), sorted.</summary>
        public IReadOnlyList<CellRef> Cells { get; }

        /// <summary>Everything that identifies the finding, as one comparable string.</summary>
        public string Signature
            => string.Join(" ", RuleId, Kind, Table, Subject?.ToString() ?? "-", Format(Expected), Format(Actual), "{" + string.Join("; ", Cells) + "}");

        public override string ToString() => Signature;

        private static string Format(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "-";

        /// <summary>The signatures of a set of findings, sorted: equal lists mean the same findings.</summary>
        public static IReadOnlyList<string> Signatures(IEnumerable<Finding> findings)
            => findings.Select(f => f.Signature).OrderBy(s => s, StringComparer.Ordinal).ToArray();
    }
}
