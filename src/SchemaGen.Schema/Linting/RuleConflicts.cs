using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Schema.Linting
{
    /// <summary>
    /// Invariants that cannot all be meant (SG1019): two total rules deriving the same leaf for the same axis of a table
    /// (RecomputeTotals could keep only one sum), and two rules over the same cells whose comparisons no figures can
    /// satisfy together (A == B and A &lt; B; A &lt;= B - 1 and A &gt;= B), and one rule whose cells cancel out leaving a false
    /// comparison of constants (A - A == 1, A &lt; A).
    /// </summary>
    internal static class RuleConflicts
    {
        public static void Report(IReadOnlyList<ResolvedRule> rules, Action<DiagnosticRule, string, SourceSpan> report)
        {
            void Conflict(string message, SourceSpan span) => report(SchemaDiagnosticIds.ConflictingRules, message, span);

            foreach (var group in rules.Where(r => r.DerivedLeaf is not null && !r.Invariant.AcrossYears)
                         .GroupBy(r => (r.Invariant.Table, r.Invariant.ForEach, Leaf: r.DerivedLeaf!)))
            {
                ResolvedRule first = group.First();
                foreach (ResolvedRule other in group.Skip(1))
                    Conflict($"invariant '{other.Invariant.Id}' derives {group.Key.Leaf} for each {Word(group.Key.ForEach)} of table '{group.Key.Table}', as invariant '{first.Invariant.Id}' (line {first.Invariant.Span.StartLine}) already does: "
                             + "RecomputeTotals could keep only one of the two sums; make one of them kind: equation", other.Invariant.Span);
            }

            foreach (ResolvedRule rule in rules.Where(r => LinearForm.CellsCancel(r) && !SchemaGen.Runtime.Validation.InvariantEvaluator.Compare(r.Expression.Operator, r.LeftConstant, r.RightConstant)))
                Conflict($"invariant '{rule.Invariant.Id}' can never hold: its cells cancel out, leaving {rule.LeftConstant.ToString(CultureInfo.InvariantCulture)} {RuleExpression.Symbol(rule.Expression.Operator)} {rule.RightConstant.ToString(CultureInfo.InvariantCulture)}",
                    rule.Invariant.Span);

            var forms = rules.Select(r => (Rule: r, Form: LinearForm.Of(r))).Where(p => p.Form is not null).ToList();
            for (int i = 0; i < forms.Count; i++)
                for (int j = 0; j < i; j++)
                {
                    var (a, fa) = forms[j];
                    var (b, fb) = forms[i];
                    if (a.Invariant.Table != b.Invariant.Table || a.Invariant.ForEach != b.Invariant.ForEach || !fa!.SameCells(fb!)) continue;
                    if (!fa.CompatibleWith(fb!))
                        Conflict($"invariants '{b.Invariant.Id}' and '{a.Invariant.Id}' (line {a.Invariant.Span.StartLine}) can never both hold: over the same cells, one requires {fb!.Describe()} and the other {fa.Describe()}",
                            b.Invariant.Span);
                }
        }

        private static string Word(RuleAxis axis) => axis == RuleAxis.Row ? "row" : "column";

        /// <summary>A rule as Σ coefficient·leaf op k, with the first leaf's coefficient made positive.</summary>
        /// <remarks>
        /// The terms are an array sorted by leaf (ordinal), not a sorted dictionary: the linter runs in every compile's
        /// first generator run, where each generic collection over a new value type is compiled just in time (a sorted
        /// dictionary of string to int cost about ninety methods).
        /// </remarks>
        private sealed class LinearForm
        {
            private readonly Term[] _terms;
            private readonly Comparison _op;
            private readonly decimal _k;

            private LinearForm(Term[] terms, Comparison op, decimal k)
            {
                _terms = terms;
                _op = op;
                _k = k;
            }

            /// <summary>One leaf and its net coefficient.</summary>
            private readonly record struct Term(string Leaf, int Coefficient);

            /// <summary>Every cell the rule names is added as often as it is subtracted (A - A == 1, A < A): only its constants are compared.</summary>
            public static bool CellsCancel(ResolvedRule rule) => rule.Left.Count + rule.Right.Count > 0 && Terms(rule).Length == 0;

            public static LinearForm? Of(ResolvedRule rule)
            {
                Term[] terms = Terms(rule);
                if (terms.Length == 0) return null;
                // L op R  ⇔  L − R (cells) op R − L (constants)
                decimal k = rule.RightConstant - rule.LeftConstant;
                Comparison op = rule.Expression.Operator;
                if (terms[0].Coefficient < 0)
                {
                    for (int i = 0; i < terms.Length; i++) terms[i] = new Term(terms[i].Leaf, -terms[i].Coefficient);
                    k = -k;
                    op = Flip(op);
                }
                return new LinearForm(terms, op, k);
            }

            /// <summary>Each leaf's net coefficient (left side positive, right side negative), by leaf; leaves that cancel out are left out.</summary>
            private static Term[] Terms(ResolvedRule rule)
            {
                var coefficients = new Dictionary<string, int>(StringComparer.Ordinal);
                void Add(ResolvedOperand o, int side)
                {
                    string key = (o.Previous ? "previous." : "") + o.LeafPath;
                    coefficients[key] = (coefficients.TryGetValue(key, out int c) ? c : 0) + side * o.Sign;
                }
                foreach (ResolvedOperand o in rule.Left) Add(o, 1);
                foreach (ResolvedOperand o in rule.Right) Add(o, -1);
                var terms = new List<Term>(coefficients.Count);
                foreach (var pair in coefficients)
                    if (pair.Value != 0) terms.Add(new Term(pair.Key, pair.Value));
                terms.Sort((x, y) => string.CompareOrdinal(x.Leaf, y.Leaf));
                return terms.ToArray();
            }

            // Field by field rather than the record's ==, which costs the first run three more methods to compile.
            public bool SameCells(LinearForm other)
            {
                if (_terms.Length != other._terms.Length) return false;
                for (int i = 0; i < _terms.Length; i++)
                    if (_terms[i].Leaf != other._terms[i].Leaf || _terms[i].Coefficient != other._terms[i].Coefficient) return false;
                return true;
            }

            /// <summary>Whether some value of the shared sum satisfies both comparisons.</summary>
            public bool CompatibleWith(LinearForm other)
            {
                var (lo1, loIn1, hi1, hiIn1) = Interval();
                var (lo2, loIn2, hi2, hiIn2) = other.Interval();
                decimal lo = Math.Max(lo1, lo2), hi = Math.Min(hi1, hi2);
                bool loIn = lo1 == lo2 ? loIn1 && loIn2 : lo == lo1 ? loIn1 : loIn2;
                bool hiIn = hi1 == hi2 ? hiIn1 && hiIn2 : hi == hi1 ? hiIn1 : hiIn2;
                return lo < hi || (lo == hi && loIn && hiIn);
            }

            public string Describe()
                => string.Join(" ", _terms.Select((t, i) => (t.Coefficient < 0 ? "- " : i == 0 ? "" : "+ ") + (Math.Abs(t.Coefficient) == 1 ? "" : Math.Abs(t.Coefficient).ToString(CultureInfo.InvariantCulture) + "×") + t.Leaf))
                   + " " + RuleExpression.Symbol(_op) + " " + _k.ToString(CultureInfo.InvariantCulture);

            private (decimal Lo, bool LoIn, decimal Hi, bool HiIn) Interval() => _op switch
            {
                Comparison.Equal => (_k, true, _k, true),
                Comparison.LessOrEqual => (decimal.MinValue, true, _k, true),
                Comparison.Less => (decimal.MinValue, true, _k, false),
                Comparison.GreaterOrEqual => (_k, true, decimal.MaxValue, true),
                _ => (_k, false, decimal.MaxValue, true),
            };

            private static Comparison Flip(Comparison op) => op switch
            {
                Comparison.LessOrEqual => Comparison.GreaterOrEqual,
                Comparison.GreaterOrEqual => Comparison.LessOrEqual,
                Comparison.Less => Comparison.Greater,
                Comparison.Greater => Comparison.Less,
                _ => op,
            };
        }
    }
}
