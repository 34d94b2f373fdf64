using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Findings
{
    /// <summary>
    /// Works out, from the schema's rules alone, what a validator must report about a report's figures, so that the
    /// corpus's expectations do not come from the validator under test. It follows the reading of blank cells the
    /// README documents ("What the checker concludes"): first every blank total some of whose parts are stated is
    /// imputed as their sum (in derivation order), and each table with imputed totals gets one finding naming them
    /// (<see cref="ImputedTotalsRuleId"/>); then a blank part adds as 0; a total rule whose parts are all blank is not
    /// bound (XBRL 2.1 calculation binding); an instance whose total is still blank is not assessable (for a total rule
    /// only its own total counts; for an equation or a bound any derived cell does), and the rule is reported once,
    /// naming every blank total of such instances; an instance where nothing is stated is not checked.
    /// </summary>
    public static class RuleChecker
    {
        /// <summary>The id validators give a figure its cell kind does not allow (the kind is the schema's; the id is the runtime's).</summary>
        public const string CellKindRuleId = "cell-kind";

        /// <summary>The id of the one warning per table that names the blank totals computed from their parts.</summary>
        public const string ImputedTotalsRuleId = SchemaGen.Runtime.Reading.ReadDiagnosticIds.BlankTotalsImputed;

        public static IReadOnlyList<Finding> Check(ReportFigures figures)
        {
            ReportFormat format = figures.Format;
            var findings = new List<Finding>();
            for (int i = 0; i < format.Cells.Count; i++)
            {
                if (figures.ValueAt(i) is not decimal value) continue;
                CellRef cell = format.Cells[i];
                if (!Fits(format.KindAt[i], format.ScaleAt[i], value))
                    findings.Add(new Finding(CellKindRuleId, FindingKind.InvalidValue, cell.Table, cell, null, value, new[] { cell }));
            }

            decimal?[] values = Imputed(figures, out List<int> imputed);
            foreach (var table in imputed.GroupBy(i => format.Cells[i].Table))
                findings.Add(new Finding(ImputedTotalsRuleId, FindingKind.Violation, table.Key, null, null, null, table.Select(i => format.Cells[i])));

            foreach (FormatRule rule in format.Rules)
            {
                var blankTotals = new List<CellRef>();
                foreach (RuleInstance instance in rule.Instances)
                {
                    Evaluation evaluation = Evaluate(format, values, instance, blankTotals);
                    if (evaluation.Broken) findings.Add(Violation(instance, evaluation));
                }
                if (blankTotals.Count > 0)
                    findings.Add(new Finding(rule.Id, FindingKind.NotAssessable, rule.TableId, null, null, null, blankTotals));
            }
            return findings;
        }

        /// <summary>Whether every figure fits its cell and every rule instance holds with no blank total: what valid generated figures must satisfy.</summary>
        public static bool AllHold(ReportFigures figures)
        {
            ReportFormat format = figures.Format;
            for (int i = 0; i < format.Cells.Count; i++)
                if (figures.ValueAt(i) is decimal value && !Fits(format.KindAt[i], format.ScaleAt[i], value)) return false;
            var blankTotals = new List<CellRef>();
            decimal?[] values = Enumerable.Range(0, format.Cells.Count).Select(figures.ValueAt).ToArray();
            foreach (RuleInstance instance in format.Rules.SelectMany(r => r.Instances))
                if (Evaluate(format, values, instance, blankTotals).Broken || blankTotals.Count > 0) return false;
            return true;
        }

        /// <summary>The figures with every blank total some of whose parts are stated set to their sum, in derivation order; <paramref name="imputed"/> lists those cells.</summary>
        private static decimal?[] Imputed(ReportFigures figures, out List<int> imputed)
        {
            ReportFormat format = figures.Format;
            decimal?[] values = Enumerable.Range(0, format.Cells.Count).Select(figures.ValueAt).ToArray();
            imputed = new List<int>();
            foreach (var (cell, parts) in format.IndexedDerivations)
            {
                if (values[cell] is not null || !parts.Any(p => values[p.Index].HasValue)) continue;
                values[cell] = parts.Sum(p => p.Sign * (values[p.Index] ?? 0m));
                imputed.Add(cell);
            }
            return values;
        }

        private readonly record struct Evaluation(bool Broken, decimal Left, decimal Right);

        /// <summary>Evaluates one instance; a blank total that makes it not assessable is added to <paramref name="blankTotals"/> instead.</summary>
        private static Evaluation Evaluate(ReportFormat format, decimal?[] values, RuleInstance instance, List<CellRef> blankTotals)
        {
            bool anyStated = false;
            foreach (var (index, _) in instance.IndexedLeft) anyStated |= values[index].HasValue;
            foreach (var (index, _) in instance.IndexedRight) anyStated |= values[index].HasValue;
            if (!anyStated) return default;
            // Not bound: a total whose parts are all blank is not checked against them.
            if (instance.Rule.Kind == RuleKind.Total && instance.IndexedRight.All(t => values[t.Index] is null)) return default;

            if (HasBlankTotal(instance.IndexedLeft) || (instance.Rule.Kind != RuleKind.Total && HasBlankTotal(instance.IndexedRight)))
            {
                // Not assessable: the warning names every blank total the instance holds, on either side.
                foreach (var (index, _) in instance.IndexedLeft.Concat(instance.IndexedRight))
                    if (format.DerivedAt[index] && values[index] is null) blankTotals.Add(format.Cells[index]);
                return default;
            }

            decimal left = instance.LeftConstant, right = instance.RightConstant;
            foreach (var (index, sign) in instance.IndexedLeft) left += sign * (values[index] ?? 0m);
            foreach (var (index, sign) in instance.IndexedRight) right += sign * (values[index] ?? 0m);
            return new Evaluation(!Holds(instance.Rule.Comparison, left, right), left, right);

            bool HasBlankTotal((int Index, int Sign)[] terms) => terms.Any(t => format.DerivedAt[t.Index] && values[t.Index] is null);
        }

        private static Finding Violation(RuleInstance instance, Evaluation evaluation)
        {
            CellRef subject = instance.Left.Count > 0 ? instance.Left[0].Cell : instance.Right[0].Cell;
            // Which side is "expected" follows the rule's kind: a total is expected to be its parts' sum; an equation's
            // right side is measured against its left; a bound's left against its limit.
            (decimal expected, decimal actual) = instance.Rule.Kind switch
            {
                RuleKind.Equation => (evaluation.Left, evaluation.Right),
                _ => (evaluation.Right, evaluation.Left),
            };
            return new Finding(instance.Rule.Id, FindingKind.Violation, instance.Rule.TableId, subject, expected, actual, instance.Terms.Select(t => t.Cell));
        }

        public static bool Holds(RuleComparison comparison, decimal left, decimal right) => comparison switch
        {
            RuleComparison.Equal => left == right,
            RuleComparison.LessOrEqual => left <= right,
            RuleComparison.GreaterOrEqual => left >= right,
            RuleComparison.Less => left < right,
            _ => left > right,
        };

        /// <summary>Whether a value fits its cell: counts whole (and non-negative unless signed), amounts non-negative within their decimal places.</summary>
        public static bool Fits(FormatTable table, CellRef cell, decimal value) => Fits(table.KindOf(cell), table.ScaleOf(cell), value);

        private static bool Fits(CellKind kind, int scale, decimal value) => kind switch
        {
            CellKind.Count => value == decimal.Truncate(value) && value >= 0,
            CellKind.SignedCount => value == decimal.Truncate(value),
            _ => value >= 0 && DecimalPlaces(value) <= scale,
        };

        public static int DecimalPlaces(decimal value)
        {
            decimal normalized = value / 1.000000000000000000000000000000000m; // drops trailing zeros
            return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
        }
    }
}
