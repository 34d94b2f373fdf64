using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// Tables drawn with ruling lines (Word tables, HTML tables with borders): the rules that touch each other form a
    /// table; their positions are the grid's row and column edges; where an inner edge is not drawn, the cells on both
    /// sides are one merged cell. Text goes to the cell its centre falls in.
    /// </summary>
    internal static class LatticeTableFinder
    {
        // Rules closer than this are one rule (double borders, rounding).
        private const double SnapTolerance = 2.0;
        // An edge counts as drawn when rules cover this share of it.
        private const double DrawnEdgeShare = 0.6;
        // Past this many rules on a page the page is a drawing, not a form.
        private const int MaxRules = 4000;

        public static List<TableDraft> Find(int page, IReadOnlyList<Rule> rules, IReadOnlyList<TextRun> runs)
        {
            var tables = new List<TableDraft>();
            if (rules.Count == 0 || rules.Count > MaxRules) return tables;
            List<Rule> horizontals = Merge(rules.Where(r => r.IsHorizontal));
            List<Rule> verticals = Merge(rules.Where(r => !r.IsHorizontal));
            foreach ((List<Rule> h, List<Rule> v) in Components(horizontals, verticals))
            {
                TableDraft? table = Build(page, h, v, runs);
                if (table is not null) tables.Add(table);
            }
            return tables;
        }

        /// <summary>Rules on one line (within the snap tolerance) whose pieces touch or overlap become one rule.</summary>
        private static List<Rule> Merge(IEnumerable<Rule> rules)
        {
            var merged = new List<Rule>();
            foreach (List<Rule> line in ClusterBy(rules.ToList(), r => r.Position, SnapTolerance))
            {
                double position = line.Average(r => r.Position);
                Rule? current = null;
                foreach (Rule rule in line.OrderBy(r => r.From))
                {
                    if (current is Rule c && rule.From <= c.To + SnapTolerance)
                        current = c with { To = Math.Max(c.To, rule.To) };
                    else
                    {
                        if (current is Rule done) merged.Add(done);
                        current = new Rule(rule.IsHorizontal, position, rule.From, rule.To);
                    }
                }
                if (current is Rule last) merged.Add(last);
            }
            return merged;
        }

        private static List<List<T>> ClusterBy<T>(List<T> items, Func<T, double> key, double tolerance)
        {
            var clusters = new List<List<T>>();
            foreach (T item in items.OrderBy(key))
            {
                if (clusters.Count > 0 && key(item) - key(clusters[^1][^1]) <= tolerance) clusters[^1].Add(item);
                else clusters.Add(new List<T> { item });
            }
            return clusters;
        }

        /// <summary>Groups of horizontal and vertical rules connected by crossings or touching ends.</summary>
        private static IEnumerable<(List<Rule> Horizontal, List<Rule> Vertical)> Components(List<Rule> horizontals, List<Rule> verticals)
        {
            int count = horizontals.Count + verticals.Count;
            var parent = Enumerable.Range(0, count).ToArray();
            int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
            for (int i = 0; i < horizontals.Count; i++)
                for (int j = 0; j < verticals.Count; j++)
                {
                    Rule h = horizontals[i], v = verticals[j];
                    if (v.Position >= h.From - SnapTolerance && v.Position <= h.To + SnapTolerance
                        && h.Position >= v.From - SnapTolerance && h.Position <= v.To + SnapTolerance)
                        parent[Find(i)] = Find(horizontals.Count + j);
                }
            return Enumerable.Range(0, count).GroupBy(Find).Select(g => (
                g.Where(i => i < horizontals.Count).Select(i => horizontals[i]).ToList(),
                g.Where(i => i >= horizontals.Count).Select(i => verticals[i - horizontals.Count]).ToList()))
                .Where(c => c.Item1.Count >= 2 && c.Item2.Count >= 2)
                .OrderByDescending(c => c.Item1.Max(r => r.Position));
        }

        private static TableDraft? Build(int page, List<Rule> horizontals, List<Rule> verticals, IReadOnlyList<TextRun> runs)
        {
            double[] xs = ClusterBy(verticals, r => r.Position, SnapTolerance).Select(c => c.Average(r => r.Position)).ToArray();
            var yList = ClusterBy(horizontals, r => r.Position, SnapTolerance).Select(c => c.Average(r => r.Position)).ToList();
            // Where a page break cuts a table, the browser draws no rule across the cut: the column rules run on past the
            // last drawn row edge, and the table ends where they end.
            double columnsTop = verticals.Max(v => v.To), columnsBottom = verticals.Min(v => v.From);
            if (columnsTop > yList.Max() + SnapTolerance) yList.Add(columnsTop);
            if (columnsBottom < yList.Min() - SnapTolerance) yList.Add(columnsBottom);
            double[] ys = yList.OrderByDescending(y => y).ToArray();
            int rows = ys.Length - 1, columns = xs.Length - 1;
            if (rows < 1 || columns < 1 || (rows == 1 && columns == 1)) return null;
            // A box around a paragraph, or a rule under a heading, is not a table: a table has more than one cell.

            // Union-find over the base cells: an edge that is not drawn joins the cells on both sides.
            var parent = new int[rows * columns];
            for (int i = 0; i < parent.Length; i++) parent[i] = i;
            int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < columns; c++)
                {
                    if (c + 1 < columns && !Drawn(verticals, xs[c + 1], ys[r + 1], ys[r])) parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                    if (r + 1 < rows && !Drawn(horizontals, ys[r + 1], xs[c], xs[c + 1])) parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
                }

            var cells = new List<CellDraft>();
            var cellOfSlot = new CellDraft?[rows, columns];
            foreach (IGrouping<int, int> group in Enumerable.Range(0, rows * columns).GroupBy(Find).OrderBy(g => g.Min()))
            {
                int top = group.Min(i => i / columns), bottom = group.Max(i => i / columns);
                int left = group.Min(i => i % columns), right = group.Max(i => i % columns);
                bool rectangular = (bottom - top + 1) * (right - left + 1) == group.Count();
                // An L-shaped merge (a missing rule that does not close a rectangle) is read as separate cells.
                IEnumerable<(int R, int C, int Rs, int Cs)> pieces = rectangular
                    ? new[] { (top, left, bottom - top + 1, right - left + 1) }
                    : group.Select(i => (i / columns, i % columns, 1, 1));
                foreach ((int r, int c, int rs, int cs) in pieces)
                {
                    var cell = new CellDraft(r, c, rs, cs, "", page, new Box(xs[c], ys[r + rs], xs[c + cs], ys[r]))
                    {
                        OpenTop = r == 0 && !Drawn(horizontals, ys[0], xs[c], xs[c + cs]),
                        OpenBottom = r + rs == rows && !Drawn(horizontals, ys[rows], xs[c], xs[c + cs]),
                    };
                    cells.Add(cell);
                    for (int rr = r; rr < r + rs; rr++)
                        for (int cc = c; cc < c + cs; cc++) cellOfSlot[rr, cc] = cell;
                }
            }

            var outer = new Box(xs[0], ys[rows], xs[columns], ys[0]);
            var textOf = new Dictionary<CellDraft, List<TextRun>>();
            foreach (TextRun run in runs)
            {
                if (!outer.Contains(run.Box.CenterX, run.Box.CenterY)) continue;
                int c = Slot(xs, run.Box.CenterX, ascending: true);
                int r = Slot(ys, run.Box.CenterY, ascending: false);
                CellDraft? cell = cellOfSlot[r, c];
                if (cell is null) continue;
                if (!textOf.TryGetValue(cell, out List<TextRun>? list)) textOf[cell] = list = new List<TextRun>();
                list.Add(run);
            }
            foreach ((CellDraft cell, List<TextRun> list) in textOf) cell.Text = CellText.Of(list);
            return new TableDraft(TableLayout.Lattice, page, outer, rows, xs, cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList());
        }

        public static bool Inside(TableDraft table, TextRun run) => table.Box.Contains(run.Box.CenterX, run.Box.CenterY);

        private static bool Drawn(List<Rule> rules, double position, double from, double to)
        {
            double covered = 0;
            foreach (Rule rule in rules)
                if (Math.Abs(rule.Position - position) <= SnapTolerance)
                    covered += Math.Max(0, Math.Min(rule.To, to) - Math.Max(rule.From, from));
            return covered >= DrawnEdgeShare * (to - from);
        }

        // The index i with edges[i] .. edges[i+1] around the value, clamped to the table.
        private static int Slot(double[] edges, double value, bool ascending)
        {
            for (int i = 0; i < edges.Length - 1; i++)
            {
                bool within = ascending ? value < edges[i + 1] : value > edges[i + 1];
                if (within) return i;
            }
            return edges.Length - 2;
        }
    }
}
