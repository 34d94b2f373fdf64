using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>One rule (or one figure against others) checked on figures taken from the prose.</summary>
    public sealed record ProseCheck(string Subject, decimal Left, decimal Right, bool Holds, string Text);

    /// <summary>
    /// Checks figures taken from the prose, where the table is blank, against each other as far as they allow: each
    /// rule of the table whose two sides the figures cover (a derived cell standing for its parts, a part the prose does
    /// not mention adding as 0, as a blank cell does), and each figure that other figures add up to (593 = 575 + 18).
    /// </summary>
    public static class ProseConsistency
    {
        private sealed record Figure(ProseFigure Source, HashSet<(string Row, string Column)> Cells);

        private sealed record Cover(decimal Value, int Figures);

        private const int StepLimit = 20000;

        public static IReadOnlyList<ProseCheck> Check(SchemaDescriptor schema, TableDescriptor table, IReadOnlyList<ProseFigure> figures)
        {
            var byId = schema.Prose.ToDictionary(p => p.Id);
            var chosen = figures.GroupBy(f => f.Id).Select(g => g.First()).Where(f => byId.ContainsKey(f.Id))
                .Select(f => new Figure(f, new HashSet<(string, string)>(byId[f.Id].Cells)))
                .OrderByDescending(f => f.Cells.Count).ToList();
            var checks = new List<ProseCheck>();
            if (chosen.Count == 0) return checks;
            var derivations = Derivations(schema, table);
            var columns = table.LeafColumns;
            foreach (InvariantDescriptor rule in schema.Invariants.Where(i => i.TableId == table.Id && !i.AcrossYears && i.Terms is not null))
            {
                RuleTerms terms = rule.Terms!;
                if (terms.Left.Concat(terms.Right).Any(o => o.Sign < 0 || o.Previous)) continue;
                IEnumerable<string> instances = rule.ForEach == RuleAxis.Column ? columns.Select(c => c.Id) : table.LeafRows.Select(r => r.Path);
                foreach (string leaf in instances)
                {
                    (string, string) CellOf(RuleOperand o) => rule.ForEach == RuleAxis.Column ? (o.Leaf, leaf) : (leaf, o.Leaf);
                    // A total rule is checked only when the prose states its total: worked out from its parts, it would hold by construction.
                    var left = Side(terms.Left.Select(CellOf).ToList(), chosen, derivations, null, out int leftFigures, out string leftText,
                        wholeFiguresOnly: rule.Kind == InvariantKind.Total);
                    var right = Side(terms.Right.Select(CellOf).ToList(), chosen, derivations, null, out int rightFigures, out string rightText);
                    if (left is null || right is null || leftFigures == 0 || rightFigures == 0) continue;
                    decimal l = left.Value + terms.LeftConstant, r = right.Value + terms.RightConstant;
                    bool holds = InvariantEvaluator.Compare(terms.Comparison, l, r);
                    string where = rule.ForEach == RuleAxis.Column ? table.LeafColumns.First(c => c.Id == leaf).Label : table.LeafRows.First(x => x.Path == leaf).Label;
                    checks.Add(new ProseCheck($"{rule.Id} ({where})", l, r, holds,
                        $"{rule.Id} in {where}: {leftText} {(holds ? InvariantEvaluator.Symbol(terms.Comparison) : "≠")} {rightText}"));
                }
            }
            foreach (Figure figure in chosen.Where(f => f.Cells.Count > 1))
            {
                var others = chosen.Where(f => f != figure).ToList();
                var cover = Side(figure.Cells.ToList(), others, derivations, figure, out int used, out string text, zeroFill: false);
                if (cover is null || used < 2) continue;
                bool holds = cover.Value == figure.Source.Value;
                checks.Add(new ProseCheck(figure.Source.Id, figure.Source.Value, cover.Value, holds,
                    $"{figure.Source.Label} {Number(figure.Source.Value)} {(holds ? "=" : "≠")} {text}"));
            }
            return checks;
        }

        /// <summary>A rule side as a sum of chunks: a figure covering some of its cells, or one cell worked out from its parts.</summary>
        private static Cover? Side(List<(string Row, string Column)> cells, List<Figure> figures, Dictionary<(string, string), List<List<(string, string)>>> derivations,
            Figure? exclude, out int used, out string text, bool zeroFill = true, bool wholeFiguresOnly = false)
        {
            var remaining = new HashSet<(string, string)>(cells);
            var parts = new List<decimal>();
            decimal total = 0;
            used = 0;
            foreach (var cell in cells)
            {
                if (!remaining.Contains(cell)) continue;
                Figure? whole = figures.FirstOrDefault(f => f != exclude && f.Cells.Contains(cell) && f.Cells.IsSubsetOf(remaining));
                if (whole is not null)
                {
                    remaining.ExceptWith(whole.Cells);
                    parts.Add(whole.Source.Value);
                    total += whole.Source.Value;
                    used++;
                    continue;
                }
                if (wholeFiguresOnly) { text = ""; return null; }
                int steps = 0;
                Cover? cover = Best(new HashSet<(string, string)> { cell }, figures, derivations, exclude, zeroFill, ref steps);
                if (cover is null) { text = ""; return null; }
                remaining.Remove(cell);
                if (cover.Figures > 0) parts.Add(cover.Value);
                total += cover.Value;
                used += cover.Figures;
            }
            text = parts.Count == 0 ? "0" : string.Join(" + ", parts.Select(Number));
            return new Cover(total, used);
        }

        /// <summary>The cover of a set of cells that uses the most figures; null when it cannot be covered (or the search is too long).</summary>
        private static Cover? Best(HashSet<(string, string)> cells, List<Figure> figures, Dictionary<(string, string), List<List<(string, string)>>> derivations,
            Figure? exclude, bool zeroFill, ref int steps)
        {
            if (cells.Count == 0) return new Cover(0, 0);
            if (++steps > StepLimit) return null;
            var cell = cells.First();
            Cover? best = null;
            foreach (Figure f in figures)
            {
                if (f == exclude || !f.Cells.Contains(cell) || !f.Cells.IsSubsetOf(cells)) continue;
                var rest = new HashSet<(string, string)>(cells);
                rest.ExceptWith(f.Cells);
                Cover? r = Best(rest, figures, derivations, exclude, zeroFill, ref steps);
                if (r is not null && (best is null || r.Figures + 1 > best.Figures)) best = new Cover(r.Value + f.Source.Value, r.Figures + 1);
            }
            if (derivations.TryGetValue(cell, out var alternatives))
                foreach (var partsOf in alternatives)
                {
                    if (partsOf.Any(cells.Contains)) continue;
                    var expanded = new HashSet<(string, string)>(cells);
                    expanded.Remove(cell);
                    expanded.UnionWith(partsOf);
                    Cover? r = Best(expanded, figures, derivations, exclude, zeroFill, ref steps);
                    if (r is not null && (best is null || r.Figures > best.Figures)) best = r;
                }
            else if (zeroFill && best is null)
            {
                // A part the prose does not state adds as 0, as a blank cell does.
                var rest = new HashSet<(string, string)>(cells);
                rest.Remove(cell);
                best = Best(rest, figures, derivations, exclude, zeroFill, ref steps);
            }
            return best;
        }

        /// <summary>Each derived cell of the table and the parts each total rule sums it from.</summary>
        private static Dictionary<(string, string), List<List<(string, string)>>> Derivations(SchemaDescriptor schema, TableDescriptor table)
        {
            var result = new Dictionary<(string, string), List<List<(string, string)>>>();
            foreach (InvariantDescriptor rule in schema.Invariants.Where(i => i.TableId == table.Id && i.Kind == InvariantKind.Total && !i.AcrossYears && i.Terms is not null))
            {
                RuleTerms terms = rule.Terms!;
                if (terms.Left.Count != 1 || terms.Right.Any(o => o.Sign < 0 || o.Previous)) continue;
                IEnumerable<string> leaves = rule.ForEach == RuleAxis.Column ? table.LeafColumns.Select(c => c.Id) : table.LeafRows.Select(r => r.Path);
                foreach (string leaf in leaves)
                {
                    (string, string) Cell(string other) => rule.ForEach == RuleAxis.Column ? (other, leaf) : (leaf, other);
                    var target = Cell(terms.Left[0].Leaf);
                    if (!result.TryGetValue(target, out var list)) result[target] = list = new List<List<(string, string)>>();
                    list.Add(terms.Right.Select(o => Cell(o.Leaf)).ToList());
                }
            }
            return result;
        }

        private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
    }
}
