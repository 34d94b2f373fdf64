using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// A table printed without ruling lines, rebuilt from where its text stands. Columns come from the x-extents of the
    /// narrowest texts first (figures and leaf header cells), so that a header spanning several columns or a label
    /// spanning the label columns joins no column of its own. Body rows come from the baselines of the figures; a label
    /// that wraps belongs to the row whose figures sit beside any of its lines; a label in a left label column that
    /// spans rows (a group label, or a vertical label printed one character per line) covers the rows beside it up to
    /// the next label in that column, split where each such label sits in the middle of its rows.
    /// </summary>
    internal static class StreamTableBuilder
    {
        // Lines of one cell are closer than this (in ems) between the bottom of one line and the top of the next.
        private const double WrapGapInEms = 0.45;

        /// <param name="continued">
        /// The table this one may continue from the page before: its columns are used, so that a part with few rows
        /// (or one row) is read on the same columns and can be joined to it.
        /// </param>
        public static TableDraft? Build(int page, IReadOnlyList<TextRun> runs, TableDraft? continued = null)
        {
            if (runs.Count < (continued is null ? 4 : 2)) return null;
            List<(double Left, double Right)> columns;
            List<double> edges;
            Box outer = Box.Of(runs.Select(r => r.Box));
            if (continued is not null)
            {
                edges = continued.ColumnEdges.ToList();
                columns = Enumerable.Range(0, edges.Count - 1).Select(i => (edges[i], edges[i + 1])).ToList();
            }
            else
            {
                columns = Columns(runs);
                if (columns.Count < 2) return null;
                edges = new List<double> { outer.Left - 1 };
                for (int i = 0; i + 1 < columns.Count; i++) edges.Add((columns[i].Right + columns[i + 1].Left) / 2);
                edges.Add(outer.Right + 1);
            }

            var spanOf = runs.ToDictionary(r => r, r => continued is null ? ColumnSpan(columns, r.Box) : ColumnSpanByEdges(edges, r));
            int firstFigureColumn = continued is null ? FirstFigureColumn(runs, spanOf, columns.Count) : TableContinuation.FirstFigureColumn(continued);
            // A table without label columns (table 四: one row of figures under its header) has its figures from column 0.
            if (firstFigureColumn < 0 || firstFigureColumn >= columns.Count) return null;

            // Body rows: one band per line of figures (figures of a row can sit a little off each other's baseline).
            var figureRuns = runs.Where(r => spanOf[r].First >= firstFigureColumn && r.IsFigure).ToList();
            List<Box> bands = Bands(figureRuns);
            // One row of figures is a table when it has many (table 四) or continues one from the page before.
            if (bands.Count == 0 || (bands.Count == 1 && continued is null && figureRuns.Count < PageLayout.MinFiguresInOneRowTable)) return null;
            double bodyTop = FirstRowTop(runs, bands[0], spanOf, firstFigureColumn);

            var headerRuns = runs.Where(r => r.Box.Bottom >= bodyTop - 0.1 * r.Size && r.Box.CenterY > bodyTop && !(spanOf[r].First >= firstFigureColumn && r.IsFigure)).ToList();
            var headerSet = new HashSet<TextRun>(headerRuns);
            var bodyRuns = runs.Where(r => !headerSet.Contains(r)).ToList();

            var rows = new RowAssignment(bands);
            var cellRuns = new List<(int Row, int RowSpan, int Column, int ColumnSpan, List<TextRun> Runs)>();

            // Header: one row per baseline; a cell's wrapped lines are one cell spanning their rows.
            List<List<TextRun>> headerLines = CellText.Lines(headerRuns);
            int headerRowCount = headerLines.Count;
            var headerRowOf = new Dictionary<TextRun, int>();
            for (int i = 0; i < headerLines.Count; i++) foreach (TextRun run in headerLines[i]) headerRowOf[run] = i;
            foreach (List<TextRun> block in Blocks(headerRuns, spanOf))
            {
                int first = block.Min(r => spanOf[r].First), last = block.Max(r => spanOf[r].Last);
                int top = block.Min(r => headerRowOf[r]), bottom = block.Max(r => headerRowOf[r]);
                (first, last) = CenteredSpan(first, last, Box.Of(block.Select(r => r.Box)), columns, headerRuns.Where(r => !block.Contains(r)).ToList(), spanOf, firstFigureColumn);
                cellRuns.Add((top, bottom - top + 1, first, last - first + 1, block));
            }

            // Row labels: the lines of a label whose text reaches into the last label column (a short last line of a
            // wrapped label included); each line goes to the row of the figures beside it.
            int lastLabelColumn = firstFigureColumn - 1;
            var labelRuns = bodyRuns.Where(r => !(spanOf[r].First >= firstFigureColumn && r.IsFigure)).ToList();
            var rowLabels = new List<TextRun>();
            var labelStart = new Dictionary<TextRun, int>();
            foreach (List<TextRun> block in firstFigureColumn == 0 ? new List<List<TextRun>>() : Blocks(labelRuns, spanOf))
            {
                if (block.Max(r => spanOf[r].Last) < lastLabelColumn) continue;
                int start = block.Min(r => spanOf[r].First);
                foreach (TextRun run in block)
                {
                    rowLabels.Add(run);
                    labelStart[run] = start;
                }
            }
            Dictionary<TextRun, int> rowOfLabel = rows.PlaceRowLabels(rowLabels);
            foreach (var group in rowLabels.GroupBy(r => (rowOfLabel[r], labelStart[r])))
                cellRuns.Add((headerRowCount + group.Key.Item1, 1, group.Key.Item2, lastLabelColumn - group.Key.Item2 + 1, group.ToList()));

            // Figures: the band they sit in (placed once the label rows are known, which may add rows between bands).
            foreach (TextRun run in bodyRuns.Where(r => spanOf[r].First >= firstFigureColumn && r.IsFigure))
                cellRuns.Add((headerRowCount + rows.BandOf(run.Box), 1, spanOf[run].First, spanOf[run].Last - spanOf[run].First + 1, new List<TextRun> { run }));

            // Labels in the columns left of the row labels span the rows beside them.
            var rowLabelSet = new HashSet<TextRun>(rowLabels);
            var spanning = labelRuns.Where(r => !rowLabelSet.Contains(r)).ToList();
            // Other text among the figures (a note, a mark that is not a figure) is a cell of the row beside it.
            foreach (TextRun run in spanning.Where(r => spanOf[r].First >= firstFigureColumn))
                cellRuns.Add((headerRowCount + rows.BandOf(run.Box), 1, spanOf[run].First, spanOf[run].Last - spanOf[run].First + 1, new List<TextRun> { run }));
            foreach (IGrouping<int, TextRun> column in spanning.Where(r => spanOf[r].First < firstFigureColumn).GroupBy(r => spanOf[r].First).OrderBy(g => g.Key))
            {
                var blocks = Blocks(column.ToList(), spanOf).OrderByDescending(b => b.Max(r => r.Box.Top)).ToList();
                var covering = rowLabels.Where(r => labelStart[r] <= column.Key).Concat(spanning.Where(r => spanOf[r].First < column.Key && spanOf[r].Last >= column.Key)).ToList();
                foreach ((List<TextRun> block, int first, int last) in rows.SpanRows(blocks, covering, rowOfLabel))
                {
                    int lastColumn = block.Max(r => spanOf[r].Last);
                    cellRuns.Add((headerRowCount + first, last - first + 1, column.Key, lastColumn - column.Key + 1, block));
                }
            }

            return Assemble(page, outer, edges, headerRowCount + rows.Count, headerRowCount, cellRuns, rows);
        }

        // The body starts at the top of its first row: the figures' band, or higher where that row's label wraps upwards.
        private static double FirstRowTop(IReadOnlyList<TextRun> runs, Box firstBand, Dictionary<TextRun, (int First, int Last)> spanOf, int firstFigureColumn)
        {
            var labels = runs.Where(r => spanOf[r].First < firstFigureColumn).ToList();
            var row = labels.Where(r => r.Box.OverlapY(firstBand) >= 0.25 * Math.Min(r.Box.Height, firstBand.Height)).ToList();
            bool grew = true;
            while (grew)
            {
                grew = false;
                foreach (TextRun label in labels)
                    if (!row.Contains(label) && row.Any(member => Continues(label, member) && spanOf[label] == spanOf[member]))
                    {
                        row.Add(label);
                        grew = true;
                    }
            }
            return row.Select(r => r.Box.Top).DefaultIfEmpty(firstBand.Top).Max();
        }

        /// <summary>Column intervals: each text, narrowest first, widens the one column it overlaps, starts a column if it overlaps none, and is left out if it overlaps several.</summary>
        private static List<(double Left, double Right)> Columns(IReadOnlyList<TextRun> runs)
        {
            var intervals = new List<(double Left, double Right)>();
            foreach (TextRun run in runs.OrderBy(r => r.Box.Width).ThenBy(r => r.Box.Left))
            {
                var overlapping = intervals.Select((iv, i) => (iv, i)).Where(p => run.Box.Left < p.iv.Right && run.Box.Right > p.iv.Left).ToList();
                if (overlapping.Count == 0) intervals.Add((run.Box.Left, run.Box.Right));
                else if (overlapping.Count == 1 && !StartsLeftOf(run, overlapping[0].iv))
                {
                    (double left, double right) = overlapping[0].iv;
                    intervals[overlapping[0].i] = (Math.Min(left, run.Box.Left), Math.Max(right, run.Box.Right));
                }
            }
            // Intervals that grew into each other are one column.
            var merged = new List<(double Left, double Right)>();
            foreach (var iv in intervals.OrderBy(i => i.Left))
            {
                if (merged.Count > 0 && iv.Left < merged[^1].Right) merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, iv.Right));
                else merged.Add(iv);
            }
            return merged;
        }

        // A text that starts well left of a column and ends inside it belongs to a cell that starts in a column of its
        // own (empty elsewhere on this page: a label column whose only text is on another page), not to this column.
        // Figures are exempt: right-aligned figures of one column start at different places.
        private static bool StartsLeftOf(TextRun run, (double Left, double Right) column)
            => !run.IsFigure && run.Box.Left < column.Left - 0.5 * run.Size && run.Box.Right <= column.Right + 0.5 * run.Size;

        private static (int First, int Last) ColumnSpan(List<(double Left, double Right)> columns, Box box)
        {
            int first = -1, last = -1;
            for (int i = 0; i < columns.Count; i++)
                if (box.Left < columns[i].Right && box.Right > columns[i].Left)
                {
                    if (first < 0) first = i;
                    last = i;
                }
            if (first >= 0) return (first, last);
            int nearest = 0;
            for (int i = 1; i < columns.Count; i++)
                if (Math.Abs((columns[i].Left + columns[i].Right) / 2 - box.CenterX) < Math.Abs((columns[nearest].Left + columns[nearest].Right) / 2 - box.CenterX)) nearest = i;
            return (nearest, nearest);
        }

        // Against known column edges: the columns the run's text reaches well into (half a letter past an edge does not count).
        private static (int First, int Last) ColumnSpanByEdges(List<double> edges, TextRun run)
        {
            double inset = Math.Min(run.Box.Width / 2, 0.5 * run.Size);
            int Column(double x)
            {
                for (int i = 0; i < edges.Count - 2; i++)
                    if (x < edges[i + 1]) return i;
                return edges.Count - 2;
            }
            return (Column(run.Box.Left + inset), Column(run.Box.Right - inset));
        }

        // The first column of the figure columns at the right: columns whose single-column texts below the header
        // (below the highest figure) are mostly figures. A column with no such text (all its cells blank) does not
        // end the run of figure columns.
        private static int FirstFigureColumn(IReadOnlyList<TextRun> runs, Dictionary<TextRun, (int First, int Last)> spanOf, int columnCount)
        {
            var figures = runs.Where(r => r.IsFigure).ToList();
            if (figures.Count == 0) return -1;
            double bodyTop = figures.Max(r => r.Box.Top);
            int first = -1;
            for (int c = columnCount - 1; c >= 0; c--)
            {
                var single = runs.Where(r => spanOf[r].First == c && spanOf[r].Last == c && r.Box.CenterY < bodyTop).ToList();
                if (single.Count == 0) continue;
                int count = single.Count(r => r.IsFigure);
                if (count == 0 || count * 2 < single.Count) break;
                first = c;
            }
            return first;
        }

        private static List<Box> Bands(IEnumerable<TextRun> figures)
        {
            var bands = new List<Box>();
            foreach (TextRun run in figures.OrderByDescending(r => r.Box.CenterY))
            {
                if (bands.Count > 0 && bands[^1].OverlapY(run.Box) >= 0.5 * Math.Min(bands[^1].Height, run.Box.Height)) bands[^1] = bands[^1].Union(run.Box);
                else bands.Add(run.Box);
            }
            return bands;
        }

        /// <summary>
        /// Runs whose lines follow each other closely and line up (same left edge, or same centre): the lines of one
        /// cell. The cell spans the columns any of its lines reaches into.
        /// </summary>
        private static List<List<TextRun>> Blocks(List<TextRun> runs, Dictionary<TextRun, (int First, int Last)> spanOf)
        {
            var blocks = new List<List<TextRun>>();
            foreach (TextRun run in runs.OrderByDescending(r => r.Box.Top).ThenBy(r => r.Box.Left))
            {
                List<TextRun>? block = blocks.FirstOrDefault(b => Continues(b[^1], run) && spanOf[b[0]].First <= spanOf[run].Last && spanOf[run].First <= spanOf[b[0]].Last);
                if (block is null) blocks.Add(new List<TextRun> { run });
                else block.Add(run);
            }
            return blocks;
        }

        // The next line of the same cell: right below, starting at the same left edge or centred on the same axis.
        private static bool Continues(TextRun above, TextRun below)
            => above.Box.Bottom - below.Box.Top <= WrapGapInEms * below.Size && above.Box.Bottom > below.Box.Bottom
                && (Math.Abs(above.Box.Left - below.Box.Left) < below.Size || Math.Abs(above.Box.CenterX - below.Box.CenterX) < below.Size);

        // A header text centred over empty neighbouring columns spans them (申请人情况 over the seven applicant columns),
        // but only over columns whose own header text below it starts no higher than the texts below it in its own
        // columns: a text that sits higher (自然人, centred in a cell two rows high) is a sibling, not a child.
        private static (int First, int Last) CenteredSpan(int first, int last, Box box, List<(double Left, double Right)> columns, List<TextRun> others, Dictionary<TextRun, (int First, int Last)> spanOf, int firstFigureColumn)
        {
            double tolerance = 0.3 * others.Select(o => o.Size).DefaultIfEmpty(10).Max();
            double? TopBelow(int a, int b)
            {
                var below = others.Where(o => spanOf[o].First <= b && spanOf[o].Last >= a && o.Box.Top < box.Bottom + tolerance).ToList();
                return below.Count == 0 ? null : below.Max(o => o.Box.Top);
            }
            bool Free(int c)
            {
                if (c < 0 || c >= columns.Count || (c >= firstFigureColumn) != (first >= firstFigureColumn)) return false;
                if (others.Any(o => spanOf[o].First <= c && spanOf[o].Last >= c && o.Box.OverlapY(box) > 0.1 * o.Size)) return false;
                double? own = TopBelow(first, last), theirs = TopBelow(c, c);
                return own is null || theirs is null || theirs <= own + tolerance;
            }
            double Center(int a, int b) => (columns[a].Left + columns[b].Right) / 2;
            while (Free(first - 1) && Free(last + 1))
            {
                double before = Math.Abs(Center(first, last) - box.CenterX);
                double after = Math.Abs(Center(first - 1, last + 1) - box.CenterX);
                if (after > before + 0.25 * (columns[last + 1].Right - columns[first - 1].Left) / (last - first + 3)) break;
                first--;
                last++;
            }
            return (first, last);
        }

        private static TableDraft Assemble(int page, Box outer, List<double> edges, int rowCount, int headerRows, List<(int Row, int RowSpan, int Column, int ColumnSpan, List<TextRun> Runs)> cellRuns, RowAssignment rows)
        {
            int columnCount = edges.Count - 1;
            var slots = new CellDraft?[rowCount, columnCount];
            var cells = new List<CellDraft>();
            int unplaced = 0;
            foreach (var c in cellRuns.OrderBy(c => c.Row).ThenBy(c => c.Column))
            {
                int rowSpan = c.RowSpan, columnSpan = c.ColumnSpan;
                // A cell never covers a slot another cell holds: its span shrinks to what is free.
                while (rowSpan > 1 && !Free(slots, c.Row, c.Column, rowSpan, columnSpan)) rowSpan--;
                while (columnSpan > 1 && !Free(slots, c.Row, c.Column, rowSpan, columnSpan)) columnSpan--;
                string text = CellText.Of(c.Runs);
                Box box = Box.Of(c.Runs.Select(r => r.Box));
                if (!Free(slots, c.Row, c.Column, rowSpan, columnSpan))
                {
                    // Two texts claim one slot: joining them would be a guess, so the later one is left out (and counted).
                    unplaced++;
                    continue;
                }
                var cell = new CellDraft(c.Row, c.Column, rowSpan, columnSpan, text, page, box);
                cells.Add(cell);
                for (int r = c.Row; r < c.Row + rowSpan; r++)
                    for (int k = c.Column; k < c.Column + columnSpan; k++) slots[r, k] = cell;
            }
            for (int r = 0; r < rowCount; r++)
                for (int k = 0; k < columnCount; k++)
                    if (slots[r, k] is null)
                    {
                        Box band = r >= headerRows ? rows.Band(r - headerRows) : new Box(edges[k], outer.Top, edges[k + 1], outer.Top);
                        var empty = new CellDraft(r, k, 1, 1, "", page, new Box(edges[k], band.Bottom, edges[k + 1], band.Top));
                        cells.Add(empty);
                        slots[r, k] = empty;
                    }
            return new TableDraft(TableLayout.Stream, page, outer, rowCount, edges, cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList()) { UnplacedTexts = unplaced };
        }

        private static bool Free(CellDraft?[,] slots, int row, int column, int rowSpan, int columnSpan)
        {
            for (int r = row; r < row + rowSpan; r++)
                for (int c = column; c < column + columnSpan; c++)
                    if (r >= slots.GetLength(0) || c >= slots.GetLength(1) || slots[r, c] is not null) return false;
            return true;
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
        }

        /// <summary>The body's rows: one per band of figures, plus rows for labels that stand beside no figures.</summary>
        private sealed class RowAssignment
        {
            private readonly List<Box> _bands;

            public RowAssignment(List<Box> bands) => _bands = bands.ToList();

            public int Count => _bands.Count;

            public Box Band(int row) => _bands[row];

            public int BandOf(Box box)
            {
                int best = 0;
                double bestOverlap = -1;
                for (int i = 0; i < _bands.Count; i++)
                {
                    double overlap = _bands[i].OverlapY(box) - (_bands[i].OverlapY(box) > 0 ? 0 : Math.Abs(_bands[i].CenterY - box.CenterY));
                    if (overlap > bestOverlap)
                    {
                        bestOverlap = overlap;
                        best = i;
                    }
                }
                return best;
            }

            /// <summary>
            /// Each row label line goes to the band it sits beside; a line beside none continues the label above or below
            /// it when it follows that label closely (a wrapped label); the rest are rows of their own (a group row).
            /// </summary>
            public Dictionary<TextRun, int> PlaceRowLabels(List<TextRun> labels)
            {
                // Bands are referred to by object (boxes can be equal); new rows are added as their own entries.
                var entries = _bands.Select(b => new BandEntry(b)).ToList();
                var placed = new Dictionary<TextRun, BandEntry>();
                var pending = new List<TextRun>();
                foreach (TextRun label in labels)
                {
                    BandEntry? band = null;
                    double best = 0;
                    foreach (BandEntry entry in entries)
                    {
                        double overlap = entry.Box.OverlapY(label.Box);
                        if (overlap > best && overlap >= 0.25 * Math.Min(label.Box.Height, entry.Box.Height))
                        {
                            best = overlap;
                            band = entry;
                        }
                    }
                    if (band is not null) placed[label] = band;
                    else pending.Add(label);
                }
                bool progress = true;
                while (pending.Count > 0 && progress)
                {
                    progress = false;
                    foreach (TextRun label in pending.ToList())
                    {
                        TextRun? neighbour = placed.Keys.FirstOrDefault(p => Follows(p, label) || Follows(label, p));
                        if (neighbour is null) continue;
                        placed[label] = placed[neighbour];
                        pending.Remove(label);
                        progress = true;
                    }
                }
                // Labels beside no figures and continuing no label: rows of their own, a wrapped one being one row.
                var added = new List<(BandEntry Entry, TextRun Last)>();
                foreach (TextRun label in pending.OrderByDescending(l => l.Box.Top))
                {
                    int index = added.FindIndex(a => Follows(a.Last, label));
                    if (index >= 0)
                    {
                        added[index].Entry.Box = added[index].Entry.Box.Union(label.Box);
                        placed[label] = added[index].Entry;
                        added[index] = (added[index].Entry, label);
                    }
                    else
                    {
                        var entry = new BandEntry(label.Box);
                        entries.Add(entry);
                        added.Add((entry, label));
                        placed[label] = entry;
                    }
                }
                entries.Sort((a, b) => b.Box.CenterY.CompareTo(a.Box.CenterY));
                _bands.Clear();
                _bands.AddRange(entries.Select(e => e.Box));
                return placed.ToDictionary(p => p.Key, p => entries.IndexOf(p.Value));
            }

            // The second line continues the first in one cell: right below it, starting at about the same left edge.
            private static bool Follows(TextRun above, TextRun below)
                => Math.Abs(above.Box.Left - below.Box.Left) < 1.5 * below.Size
                    && above.Box.Bottom - below.Box.Top <= WrapGapInEms * below.Size && above.Box.Bottom > below.Box.Bottom;

            private sealed class BandEntry
            {
                public BandEntry(Box box) => Box = box;

                public Box Box { get; set; }
            }

            /// <summary>
            /// Rows for labels of a left label column: between rows where another label covers the column, the labels
            /// share the rows, each taking the rows that centre on it.
            /// </summary>
            public IEnumerable<(List<TextRun> Block, int First, int Last)> SpanRows(List<List<TextRun>> blocks, List<TextRun> covering, Dictionary<TextRun, int> rowOfLabel)
            {
                var hard = new HashSet<int>(covering.Where(rowOfLabel.ContainsKey).Select(r => rowOfLabel[r]));
                foreach (TextRun run in covering.Where(r => !rowOfLabel.ContainsKey(r))) hard.Add(BandOf(run.Box));
                var located = blocks.Select(b => (Block: b, Box: Box.Of(b.Select(r => r.Box)))).Select(b => (b.Block, b.Box, Row: BandOf(b.Box))).OrderBy(b => b.Row).ToList();
                int i = 0;
                while (i < located.Count)
                {
                    // The segment of rows around this label that no covering label interrupts.
                    int start = located[i].Row, end = located[i].Row;
                    while (start - 1 >= 0 && !hard.Contains(start - 1)) start--;
                    while (end + 1 < _bands.Count && !hard.Contains(end + 1)) end++;
                    var inSegment = located.Skip(i).TakeWhile(b => b.Row <= end).ToList();
                    int from = start;
                    for (int k = 0; k < inSegment.Count; k++)
                    {
                        int to = end;
                        if (k + 1 < inSegment.Count)
                        {
                            // Ends where its rows centre best on it, before the next label's own row.
                            to = inSegment[k].Row;
                            double bestDistance = double.MaxValue;
                            for (int candidate = inSegment[k].Row; candidate < inSegment[k + 1].Row; candidate++)
                            {
                                double center = (_bands[from].Top + _bands[candidate].Bottom) / 2;
                                double distance = Math.Abs(center - inSegment[k].Box.CenterY);
                                if (distance < bestDistance)
                                {
                                    bestDistance = distance;
                                    to = candidate;
                                }
                            }
                        }
                        yield return (inSegment[k].Block, from, to);
                        from = to + 1;
                    }
                    i += Math.Max(1, inSegment.Count);
                }
            }
        }
    }
}
