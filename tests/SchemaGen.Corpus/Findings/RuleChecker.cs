using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Findings
{
    /// <summary>
    /// Works out, from the schema's rules alone, what a validator must report about a report's figures, so that the
    /// corpus's expectations do not come from the validator under test. It follows the reading of blank cells the
    /// schema documents (README, "Blank cells"): a blank part adds as 0; an instance whose total is blank is not
    /// assessable, reported once per rule naming every such total (for a total rule only its own total counts; for an
    /// equation or a bound any derived cell does); an instance where nothing is stated is not checked.
    /// </summary>
    public static class RuleChecker
    {
        /// <summary>The id validators give a figure its cell kind does not allow (the kind is the schema's; the id is the runtime's).</summary>
        public const string CellKindRuleId = "cell-kind";

        public static IReadOnlyList<Finding> Check(ReportFigures figures)
        {
            ReportFormat format = figures.Format;
            var findings = new List<Finding>();
            foreach (var cell in figures.PresentCells.Where(c => c.Value.HasValue))
                if (!Fits(format.Table(cell.Key.Table), cell.Key, cell.Value!.Value))
                    findings.Add(new Finding(CellKindRuleId, FindingKind.InvalidValue, cell.Key.Table, cell.Key, null, cell.Value, new[] { cell.Key }));

            foreach (FormatRule rule in format.Rules)
            {
                var blankTotals = new List<CellRef>();
                foreach (RuleInstance instance in rule.Instances)
                {
                    Evaluation evaluation = Evaluate(figures, instance);
                    if (evaluation.NotAssessable.Count > 0) blankTotals.AddRange(evaluation.NotAssessable);
                    else if (evaluation.Broken) findings.Add(Violation(instance, evaluation));
                }
                if (blankTotals.Count > 0)
                    findings.Add(new Finding(rule.Id, FindingKind.NotAssessable, rule.TableId, null, null, null, blankTotals));
            }
            return findings;
        }

        /// <summary>Whether every rule instance holds (blank totals count as not holding): what valid generated figures must satisfy.</summary>
        public static bool AllHold(ReportFigures figures) => Check(figures).Count == 0;

        /// <summary>The instances a change of one cell can affect: every instance that names the cell.</summary>
        public static IEnumerable<RuleInstance> InstancesInvolving(ReportFormat format, CellRef cell)
            => format.Rules.SelectMany(r => r.Instances).Where(i => i.Terms.Any(t => t.Cell == cell));

        private readonly record struct Evaluation(bool Broken, decimal Left, decimal Right, IReadOnlyList<CellRef> NotAssessable);

        private static Evaluation Evaluate(ReportFigures figures, RuleInstance instance)
        {
            ReportFormat format = figures.Format;
            if (instance.Terms.All(t => figures[t.Cell] is null))
                return new Evaluation(false, 0, 0, System.Array.Empty<CellRef>());
            IEnumerable<Term> totals = instance.Rule.Kind == RuleKind.Total ? instance.Left : instance.Terms;
            var blankTotals = totals.Where(t => format.IsDerived(t.Cell) && figures[t.Cell] is null).Select(t => t.Cell).ToArray();
            if (blankTotals.Length > 0)
                return new Evaluation(false, 0, 0, blankTotals);
            decimal left = instance.LeftConstant + instance.Left.Sum(t => t.Sign * (figures[t.Cell] ?? 0m));
            decimal right = instance.RightConstant + instance.Right.Sum(t => t.Sign * (figures[t.Cell] ?? 0m));
            return new Evaluation(!Holds(instance.Rule.Comparison, left, right), left, right, System.Array.Empty<CellRef>());
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
        public static bool Fits(FormatTable table, CellRef cell, decimal value)
        {
            switch (table.KindOf(cell))
            {
                case CellKind.Count: return value == decimal.Truncate(value) && value >= 0;
                case CellKind.SignedCount: return value == decimal.Truncate(value);
                default: return value >= 0 && DecimalPlaces(value) <= table.ScaleOf(cell);
            }
        }

        public static int DecimalPlaces(decimal value)
        {
            decimal normalized = value / 1.000000000000000000000000000000000m; // drops trailing zeros
            return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
        }
    }
}
