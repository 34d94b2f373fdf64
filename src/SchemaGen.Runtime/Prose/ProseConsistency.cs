using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Cell = System.Int32;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>One rule (or one figure against others) checked on figures taken from the prose.</summary>
    public sealed record ProseCheck(string Subject, decimal Left, decimal Right, bool Holds, string Text);

    /// <summary>
    /// Checks figures taken from the prose, where the table is blank, against each other as far as they allow: each
    /// rule of the table whose two sides the figures cover (a derived cell standing for its parts), and each figure that
    /// other figures add up to (593 = 575 + 18). A part the prose does not mention is not stated: its value is unknown,
    /// not 0. Every cell the prose restates counts something (never negative), so a side with unmentioned parts is at
    /// least the sum of what the prose states, and a rule is broken only when the stated figures already contradict it
    /// (75 = 73 + 2 holds with the unmentioned outcomes at 0; 30 = 27 + 3 unmentioned is no disagreement).
    /// </summary>
    public static class ProseConsistency
    {
        /// <summary>A figure the prose states and the cells it covers: in the schema's order, and as a set.</summary>
        /// <remarks>
        /// A class, compared by identity: the cover search asks "is this the excluded figure?" of every figure at every step,
        /// and a record compared the prose figures' strings each time; two figures never shared a list of cells, so no two
        /// were ever equal as records either.
        /// </remarks>
        private sealed class Figure(ProseFigure source, List<Cell> ordered, CellSet cells)
        {
            public ProseFigure Source { get; } = source;
            public List<Cell> Ordered { get; } = ordered;
            public CellSet Cells { get; } = cells;
        }

        /// <summary>A sum of figures; <see cref="Open"/> when it leaves out parts the prose does not state (so it is a lower bound).</summary>
        private sealed record Cover(decimal Value, int Figures, bool Open);

        private const int StepLimit = 20000;

        public static IReadOnlyList<ProseCheck> Check(SchemaDescriptor schema, TableDescriptor table, IReadOnlyList<ProseFigure> figures)
        {
            // The first figure of each phrase, in order.
            var firsts = figures.GroupBy(f => f.Id).Select(g => g.First()).ToList();
            TablePlan plan = TablePlan.For(schema, table, firsts);
            var stated = firsts.Where(f => plan.ById.ContainsKey(f.Id))
                .Select(f => (Source: f, Cells: plan.ById[f.Id].Cells.Select(c => plan.Ids[c]).Distinct().ToList())).ToList();
            var checks = new List<ProseCheck>();
            if (stated.Count == 0) return checks;
            var derivations = plan.Derivations;
            var nonNegative = plan.NonNegative;
            var chosen = stated.Select(f => new Figure(f.Source, f.Cells, SetOf(plan.Width, f.Cells))).OrderByDescending(f => f.Cells.Count).ToList();
            var reach = new FigureReach(chosen.SelectMany(f => f.Ordered), plan.TotalsOf);
            foreach (RuleInstance instance in plan.Instances)
            {
                RuleTerms terms = instance.Rule.Terms!;
                // A side no figure can reach uses none, and then the rule is not checked: skip the search (most columns
                // of a table whose prose states only totals).
                if (!reach.ReachesAny(instance.Left) || !reach.ReachesAny(instance.Right)) continue;
                // A total rule is checked only when the prose states its total: worked out from its parts, it would hold by construction.
                var left = Side(instance.Left, chosen, derivations, null, nonNegative, out int leftFigures, out string leftText,
                    wholeFiguresOnly: instance.Rule.Kind == InvariantKind.Total);
                var right = Side(instance.Right, chosen, derivations, null, nonNegative, out int rightFigures, out string rightText);
                if (left is null || right is null || leftFigures == 0 || rightFigures == 0) continue;
                decimal l = left.Value + terms.LeftConstant, r = right.Value + terms.RightConstant;
                if (Assess(terms.Comparison, l, left.Open, r, right.Open) is not bool holds) continue;
                // An open side that holds names what the prose leaves to its unmentioned parts (nothing when they must be 0).
                if (holds && terms.Comparison == Comparison.Equal && l != r)
                {
                    if (left.Open) leftText += $" + {Number(r - l)} not stated in the prose";
                    else rightText += $" + {Number(l - r)} not stated in the prose";
                }
                else if (!holds)
                {
                    if (left.Open) leftText += " + parts not stated in the prose";
                    if (right.Open) rightText += " + parts not stated in the prose";
                }
                checks.Add(new ProseCheck($"{instance.Rule.Id} ({instance.Where})", l, r, holds,
                    $"{instance.Rule.Id} in {instance.Where}: {leftText} {(holds ? InvariantEvaluator.Symbol(terms.Comparison) : "≠")} {rightText}"));
            }
            foreach (Figure figure in chosen.Where(f => f.Cells.Count > 1))
            {
                var others = chosen.Where(f => f != figure).ToList();
                var cover = Side(figure.Ordered, others, derivations, figure, nonNegative, out int used, out string text, openParts: false);
                if (cover is null || used < 2) continue;
                bool holds = cover.Value == figure.Source.Value;
                checks.Add(new ProseCheck(figure.Source.Id, figure.Source.Value, cover.Value, holds,
                    $"{figure.Source.Label} {Number(figure.Source.Value)} {(holds ? "=" : "≠")} {text}"));
            }
            return checks;
        }

        /// <summary>
        /// Whether a rule holds on two sides, each a stated sum that may be open (at least that much, when parts are not
        /// stated); null when the rule could not fail whatever the unstated parts are, so that checking it says nothing.
        /// </summary>
        private static bool? Assess(Comparison op, decimal left, bool leftOpen, decimal right, bool rightOpen) => op switch
        {
            Comparison.Equal when leftOpen && rightOpen => null,
            Comparison.Equal when rightOpen => right <= left,
            Comparison.Equal when leftOpen => left <= right,
            Comparison.LessOrEqual or Comparison.Less when rightOpen => null,
            Comparison.GreaterOrEqual or Comparison.Greater when leftOpen => null,
            // What is left: the open side (if any) can only grow, and growing it cannot mend a broken bound.
            _ => InvariantEvaluator.Compare(op, left, right),
        };

        /// <summary>
        /// The first figure (but <paramref name="exclude"/>) that covers the cell and only cells still to cover. A loop, not
        /// a lambda: one capturing the cell made a closure and a delegate for every cell of every side checked.
        /// </summary>
        private static Figure? WholeFigureOf(Cell cell, List<Figure> figures, Figure? exclude, CellSet remaining)
        {
            foreach (Figure figure in figures)
                if (figure != exclude && figure.Cells.Contains(cell) && figure.Cells.IsSubsetOf(remaining)) return figure;
            return null;
        }

        /// <summary>A rule side as a sum of chunks: a figure covering some of its cells, or one cell worked out from its parts.</summary>
        private static Cover? Side(List<Cell> cells, List<Figure> figures, Dictionary<Cell, List<List<Cell>>> derivations,
            Figure? exclude, CellSet nonNegative, out int used, out string text, bool openParts = true, bool wholeFiguresOnly = false)
        {
            var remaining = SetOf(nonNegative.Width, cells);
            var parts = new List<decimal>();
            decimal total = 0;
            bool open = false;
            used = 0;
            foreach (var cell in cells)
            {
                if (!remaining.Contains(cell)) continue;
                Figure? whole = WholeFigureOf(cell, figures, exclude, remaining);
                if (whole is not null)
                {
                    remaining.RemoveAll(whole.Cells);
                    parts.Add(whole.Source.Value);
                    total += whole.Source.Value;
                    used++;
                    continue;
                }
                if (wholeFiguresOnly) { text = ""; return null; }
                int steps = 0;
                Cover? cover = Best(CellSet.Of(nonNegative.Width, cell), figures, derivations, exclude, nonNegative, openParts, ref steps);
                if (cover is null) { text = ""; return null; }
                remaining.Remove(cell);
                if (cover.Figures > 0) parts.Add(cover.Value);
                total += cover.Value;
                used += cover.Figures;
                open |= cover.Open;
            }
            text = parts.Count == 0 ? "0" : string.Join(" + ", parts.Select(Number));
            return new Cover(total, used, open);
        }

        /// <summary>
        /// The cover of a set of cells that uses the most figures (a closed one before an open one); null when it cannot
        /// be covered (or the search is too long). With <paramref name="openParts"/>, a cell no figure states and no rule
        /// derives is left open, as a part of unknown size, when it cannot be negative. The search takes the cells in the
        /// table's order (the lowest number first), so that of two covers with as many figures it keeps the same one on
        /// every runtime.
        /// </summary>
        private static Cover? Best(CellSet cells, List<Figure> figures, Dictionary<Cell, List<List<Cell>>> derivations,
            Figure? exclude, CellSet nonNegative, bool openParts, ref int steps)
        {
            // Each branch changes the set in place for the search below it and puts it back after (the search returns
            // every set as it found it): a copy per step was most of what the search allocated.
            if (cells.Count == 0) return NothingLeft;
            if (++steps > StepLimit) return null;
            Cell cell = cells.First();
            Cover? best = null;
            foreach (Figure f in figures)
            {
                if (f == exclude || !f.Cells.Contains(cell) || !f.Cells.IsSubsetOf(cells)) continue;
                cells.RemoveAll(f.Cells);
                Cover? r = Best(cells, figures, derivations, exclude, nonNegative, openParts, ref steps);
                cells.AddAll(f.Cells);
                if (r is not null) best = Better(best, new Cover(r.Value + f.Source.Value, r.Figures + 1, r.Open));
            }
            if (derivations.TryGetValue(cell, out var alternatives))
                foreach (var partsOf in alternatives)
                {
                    // No part is in the set (nor, then, the total among its parts): taking them out again restores it.
                    if (AnyIn(partsOf, cells)) continue;
                    cells.Remove(cell);
                    foreach (Cell part in partsOf) cells.Add(part);
                    Cover? r = Best(cells, figures, derivations, exclude, nonNegative, openParts, ref steps);
                    foreach (Cell part in partsOf) cells.Remove(part);
                    cells.Add(cell);
                    if (r is not null) best = Better(best, r);
                }
            else if (openParts && best is null && nonNegative.Contains(cell))
            {
                // A part the prose does not state: unknown, but not below 0.
                cells.Remove(cell);
                Cover? r = Best(cells, figures, derivations, exclude, nonNegative, openParts, ref steps);
                cells.Add(cell);
                if (r is not null) best = r.Open ? r : r with { Open = true }; // a copy only when it changes
            }
            return best;
        }

        private static readonly Cover NothingLeft = new Cover(0, 0, false);

        private static CellSet SetOf(int width, List<Cell> cells)
        {
            CellSet set = CellSet.Empty(width);
            foreach (Cell cell in cells) set.Add(cell);
            return set;
        }

        private static bool AnyIn(List<Cell> cells, CellSet set)
        {
            foreach (Cell cell in cells)
                if (set.Contains(cell)) return true;
            return false;
        }

        /// <summary>Whether a cell is stated by a figure, or derived (through the total rules, at any depth) from cells one states.</summary>
        private sealed class FigureReach
        {
            private readonly HashSet<Cell> _reaching;

            /// <param name="totalsOf">Each cell's totals: the derived cells it is a part of (<see cref="TablePlan.TotalsOf"/>).</param>
            public FigureReach(IEnumerable<Cell> stated, Dictionary<Cell, List<Cell>> totalsOf)
            {
                // Upwards from the stated cells: every total that has one of them among its parts, and so on.
                _reaching = new HashSet<Cell>();
                var pending = new Stack<Cell>(stated);
                while (pending.Count > 0)
                {
                    var cell = pending.Pop();
                    if (!_reaching.Add(cell) || !totalsOf.TryGetValue(cell, out var totals)) continue;
                    foreach (var total in totals) pending.Push(total);
                }
            }

            public bool ReachesAny(List<Cell> cells)
            {
                foreach (Cell cell in cells)
                    if (_reaching.Contains(cell)) return true;
                return false;
            }
        }

        private static Cover Better(Cover? best, Cover candidate)
            => best is null || candidate.Figures > best.Figures || (candidate.Figures == best.Figures && best.Open && !candidate.Open) ? candidate : best;

        /// <summary>A rule checked in one column or row of the table: its two sides as cells, and where it is, as a check names it.</summary>
        private sealed record RuleInstance(InvariantDescriptor Rule, List<Cell> Left, List<Cell> Right, string Where);

        /// <summary>
        /// What checking a table's prose figures needs of the schema alone: a number for each cell, the total rules'
        /// derivations, the cells that cannot be negative, and every rule instance with its cells. Worked out once per table
        /// and kept with it (worked out for every report, it was most of what checking the prose allocated); a plan is
        /// never changed once made, so every thread may use it.
        /// </summary>
        private sealed class TablePlan
        {
            private static readonly ConditionalWeakTable<TableDescriptor, TablePlan> Cache = new ConditionalWeakTable<TableDescriptor, TablePlan>();

            private TablePlan(SchemaDescriptor schema, TableDescriptor table, IEnumerable<(string Row, string Column)> statedCells)
            {
                Schema = schema;
                ById = schema.Prose.ToDictionary(p => p.Id);
                var ids = new CellIds(table);
                // Cells the figures state outside the table's grid (a hand-made descriptor) are numbered next, as they come.
                foreach (var cell in statedCells) _ = ids[cell];
                Derivations = DerivationsOf(schema, table, ids);
                // Every cell has its number by now: the sets are as wide as the numbers given.
                NonNegative = NonNegativeCells(table, ids);
                Width = ids.Count;
                TotalsOf = TotalsOfParts(Derivations);
                Instances = InstancesOf(schema, table, ids);
                Ids = ids;
            }

            public SchemaDescriptor Schema { get; }
            public Dictionary<string, ProseDescriptor> ById { get; }
            public CellIds Ids { get; }
            public int Width { get; }
            /// <summary>Each derived cell of the table and the parts each total rule sums it from.</summary>
            public Dictionary<Cell, List<List<Cell>>> Derivations { get; }
            /// <summary>The cells that cannot hold a negative figure (counts and amounts, not signed counts).</summary>
            public CellSet NonNegative { get; }
            /// <summary>Each part of a derivation and the derived cells it is a part of.</summary>
            public Dictionary<Cell, List<Cell>> TotalsOf { get; }
            /// <summary>The table's rules that the prose can be checked by (no subtraction, no last year), instance by instance.</summary>
            public List<RuleInstance> Instances { get; }

            /// <summary>
            /// The table's plan (made once, and kept when the table is the schema's own), unless one of the figures (the first
            /// of each phrase) states a cell outside the table's grid: then a plan made for them, numbering those cells next.
            /// </summary>
            public static TablePlan For(SchemaDescriptor schema, TableDescriptor table, List<ProseFigure> firsts)
            {
                if (!Cache.TryGetValue(table, out TablePlan? plan))
                {
                    plan = new TablePlan(schema, table, Array.Empty<(string Row, string Column)>());
                    TablePlan made = plan;
                    if (ReferenceEquals(schema.Tables.FirstOrDefault(t => t.Id == table.Id), table)) plan = Cache.GetValue(table, _ => made);
                }
                if (!ReferenceEquals(plan.Schema, schema)) plan = new TablePlan(schema, table, Array.Empty<(string Row, string Column)>());
                foreach (ProseFigure figure in firsts)
                {
                    if (!plan.ById.TryGetValue(figure.Id, out ProseDescriptor? prose)) continue;
                    foreach (var cell in prose.Cells)
                        if (!plan.Ids.Contains(cell))
                            return new TablePlan(schema, table, firsts.Where(f => plan.ById.ContainsKey(f.Id)).SelectMany(f => plan.ById[f.Id].Cells).ToList());
                }
                return plan;
            }

            private static CellSet NonNegativeCells(TableDescriptor table, CellIds ids)
            {
                var cells = CellSet.Empty(ids.Count);
                foreach (AxisNodeDescriptor row in table.LeafRows)
                    foreach (AxisNodeDescriptor column in table.LeafColumns)
                        if (table.KindOf(row, column) != CellKind.SignedCount) cells.Add(ids[(row.Path, column.Id)]);
                return cells;
            }

            private static Dictionary<Cell, List<List<Cell>>> DerivationsOf(SchemaDescriptor schema, TableDescriptor table, CellIds ids)
            {
                var result = new Dictionary<Cell, List<List<Cell>>>();
                foreach (InvariantDescriptor rule in schema.Invariants.Where(i => i.TableId == table.Id && i.Kind == InvariantKind.Total && !i.AcrossYears && i.Terms is not null))
                {
                    RuleTerms terms = rule.Terms!;
                    if (terms.Left.Count != 1 || terms.Right.Any(o => o.Sign < 0 || o.Previous)) continue;
                    IEnumerable<string> leaves = rule.ForEach == RuleAxis.Column ? table.LeafColumns.Select(c => c.Id) : table.LeafRows.Select(r => r.Path);
                    foreach (string leaf in leaves)
                    {
                        Cell CellOf(string other) => ids[rule.ForEach == RuleAxis.Column ? (other, leaf) : (leaf, other)];
                        var target = CellOf(terms.Left[0].Leaf);
                        if (!result.TryGetValue(target, out var list)) result[target] = list = new List<List<Cell>>();
                        list.Add(terms.Right.Select(o => CellOf(o.Leaf)).ToList());
                    }
                }
                return result;
            }

            private static Dictionary<Cell, List<Cell>> TotalsOfParts(Dictionary<Cell, List<List<Cell>>> derivations)
            {
                var totalsOf = new Dictionary<Cell, List<Cell>>();
                foreach (var derivation in derivations)
                    foreach (var part in derivation.Value.SelectMany(parts => parts))
                    {
                        if (!totalsOf.TryGetValue(part, out var totals)) totalsOf[part] = totals = new List<Cell>();
                        totals.Add(derivation.Key);
                    }
                return totalsOf;
            }

            private static List<RuleInstance> InstancesOf(SchemaDescriptor schema, TableDescriptor table, CellIds ids)
            {
                var instances = new List<RuleInstance>();
                foreach (InvariantDescriptor rule in schema.Invariants.Where(i => i.TableId == table.Id && !i.AcrossYears && i.Terms is not null))
                {
                    RuleTerms terms = rule.Terms!;
                    if (terms.Left.Concat(terms.Right).Any(o => o.Sign < 0 || o.Previous)) continue;
                    bool byColumn = rule.ForEach == RuleAxis.Column;
                    IEnumerable<AxisNodeDescriptor> leaves = byColumn ? table.LeafColumns : table.LeafRows;
                    foreach (AxisNodeDescriptor leaf in leaves)
                    {
                        string id = byColumn ? leaf.Id : leaf.Path;
                        Cell CellOf(RuleOperand o) => ids[byColumn ? (o.Leaf, id) : (id, o.Leaf)];
                        instances.Add(new RuleInstance(rule, terms.Left.Select(CellOf).ToList(), terms.Right.Select(CellOf).ToList(), leaf.Label));
                    }
                }
                return instances;
            }
        }

        /// <summary>
        /// A number for each cell (row path, column id), the table's cells first in reading order (row by row): the search
        /// below copies and compares sets of cells at every step, as bits of these numbers, and takes them lowest first.
        /// </summary>
        private sealed class CellIds
        {
            private readonly Dictionary<(string Row, string Column), Cell> _ids = new Dictionary<(string Row, string Column), Cell>(CellKeyComparer.Instance);

            public CellIds(TableDescriptor table)
            {
                foreach (AxisNodeDescriptor row in table.LeafRows)
                    foreach (AxisNodeDescriptor column in table.LeafColumns)
                        _ = this[(row.Path, column.Id)];
            }

            public int Count => _ids.Count;

            public bool Contains((string Row, string Column) cell) => _ids.ContainsKey(cell);

            /// <summary>The cell's number; a cell not numbered yet gets the next (only while a plan is made).</summary>
            public Cell this[(string Row, string Column) cell]
            {
                get
                {
                    if (!_ids.TryGetValue(cell, out Cell id)) _ids.Add(cell, id = _ids.Count);
                    return id;
                }
            }
        }

        private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
    }
}
