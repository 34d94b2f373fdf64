using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// A table that ends a page and a table that starts the next one, with the same columns, are one table. When the
    /// second part repeats the table's header, those rows are dropped. A cell that the page break cut in two is one
    /// cell again: when no rule closes its pieces at the cut (browsers), or, in the left label columns, when its text
    /// was printed in one piece and the other is empty (or both are: the text is on a later page) (word processors close both pieces with rules).
    /// </summary>
    internal static class TableContinuation
    {
        // Column edges of the two parts may differ this much (points) and still be the same columns.
        private const double EdgeTolerance = 3;
        private const double StreamEdgeTolerance = 8;

        /// <summary>
        /// Whether <paramref name="second"/> continues <paramref name="first"/>: the next page, the same layout, the same
        /// outer edges, as many figure columns, and every inner column edge of one part also an edge of the other (a
        /// part whose rows merge two columns everywhere, like a page of table 三 without sub-rows, lacks that inner
        /// edge). Edges of a stream table lie between texts, not on lines: they are matched with a wider tolerance.
        /// </summary>
        public static bool Continues(TableDraft first, TableDraft second)
        {
            if (second.Page != first.LastPage + 1 || first.Layout != second.Layout) return false;
            int firstFigures = first.ColumnCount - FirstFigureColumn(first), secondFigures = second.ColumnCount - FirstFigureColumn(second);
            if (firstFigures > 0 && secondFigures > 0 && firstFigures != secondFigures) return false;
            List<double> edges = Snapped(first, second);
            if (!Near(first.ColumnEdges[0], edges[0]) || !Near(first.ColumnEdges[^1], edges[^1])) return false;
            return first.ColumnEdges.All(e => edges.Any(o => Near(e, o))) || edges.All(e => first.ColumnEdges.Any(o => Near(e, o)));
        }

        private static bool Near(double a, double b) => Math.Abs(a - b) <= EdgeTolerance;

        // The second part's edges, moved onto the first part's where they are near (a stream table's outer edges
        // always: they are where its text happens to end).
        private static List<double> Snapped(TableDraft first, TableDraft second)
        {
            double tolerance = first.Layout == TableLayout.Stream ? StreamEdgeTolerance : EdgeTolerance;
            var edges = second.ColumnEdges.Select(e => first.ColumnEdges.OrderBy(f => Math.Abs(f - e)).First() is double f && Math.Abs(f - e) <= tolerance ? f : e).ToList();
            if (first.Layout == TableLayout.Stream)
            {
                edges[0] = first.ColumnEdges[0];
                edges[^1] = first.ColumnEdges[^1];
            }
            return edges;
        }

        /// <summary>The two parts as one table, on the column edges of both.</summary>
        public static TableDraft Join(TableDraft first, TableDraft second)
        {
            var secondEdges = Snapped(first, second);
            var edges = first.ColumnEdges.ToList();
            foreach (double edge in secondEdges)
                if (!edges.Any(e => Near(e, edge))) edges.Add(edge);
            edges.Sort();
            TableDraft joined = OnEdges(first, first.ColumnEdges, edges);
            Append(joined, OnEdges(second, secondEdges, edges));
            return joined;
        }

        // The same table with its cells on a finer set of column edges (a cell spans the columns between its own edges).
        private static TableDraft OnEdges(TableDraft table, IReadOnlyList<double> ownEdges, List<double> edges)
        {
            int Index(double x) => edges.FindIndex(e => Near(e, x));
            var cells = table.Cells.Select(c =>
            {
                int from = Index(ownEdges[c.Column]), to = Index(ownEdges[c.Column + c.ColumnSpan]);
                return new CellDraft(c.Row, from, c.RowSpan, to - from, c.Text, c.Page, c.Box) { OpenTop = c.OpenTop, OpenBottom = c.OpenBottom };
            }).ToList();
            return new TableDraft(table.Layout, table.Page, table.Box, table.RowCount, edges, cells) { LastPage = table.LastPage, UnplacedTexts = table.UnplacedTexts };
        }

        /// <summary>Appends <paramref name="second"/> (on the same columns) to <paramref name="first"/>.</summary>
        private static void Append(TableDraft first, TableDraft second)
        {
            int repeated = RepeatedHeaderRows(first, second);
            int labelColumns = FirstFigureColumn(first);
            var bottomOfFirst = new Dictionary<int, CellDraft>();
            for (int c = 0; c < first.ColumnCount; c++)
                if (first.CellAt(first.RowCount - 1, c) is CellDraft cell && cell.Column == c) bottomOfFirst[c] = cell;
            int offset = first.RowCount - repeated;
            foreach (CellDraft cell in second.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
            {
                if (cell.Row + cell.RowSpan <= repeated) continue;
                int row = Math.Max(cell.Row, repeated);
                int rowSpan = cell.Row + cell.RowSpan - row;
                if (row == repeated && bottomOfFirst.TryGetValue(cell.Column, out CellDraft? above) && above.ColumnSpan == cell.ColumnSpan
                    && (CutOpen(above, cell, repeated) || (cell.Column < labelColumns && (above.Text.Length == 0 || cell.Text.Length == 0))))
                {
                    // One cell cut by the page break: it keeps its first page's place, and its text from both pieces.
                    above.RowSpan += rowSpan;
                    above.Text = above.Text.Length == 0 ? cell.Text : cell.Text.Length == 0 ? above.Text : above.Text + "\n" + cell.Text;
                    above.OpenBottom = cell.OpenBottom;
                    continue;
                }
                first.Cells.Add(new CellDraft(row + offset, cell.Column, rowSpan, cell.ColumnSpan, cell.Text, cell.Page, cell.Box) { OpenBottom = cell.OpenBottom });
            }
            first.RowCount += second.RowCount - repeated;
            first.LastPage = second.LastPage;
            first.UnplacedTexts += second.UnplacedTexts;
            first.Cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        }

        // Both pieces are open at the cut (no rule closes them there), and the second piece starts the part (no
        // repeated header above it).
        private static bool CutOpen(CellDraft above, CellDraft below, int repeatedRows) => above.OpenBottom && below.OpenTop && repeatedRows == 0;

        /// <summary>How many leading rows of the second part repeat the table's first rows (its header), text for text.</summary>
        private static int RepeatedHeaderRows(TableDraft first, TableDraft second)
        {
            int headerRows = FirstRowWithFigures(first);
            int repeated = 0;
            while (repeated < headerRows && repeated < second.RowCount - 1 && repeated < first.RowCount
                && first.RowTexts(repeated).Select(Squeeze).SequenceEqual(second.RowTexts(repeated).Select(Squeeze)))
                repeated++;
            // A header is repeated whole or not at all (a partial match is a coincidence of blank rows).
            return repeated == headerRows ? repeated : 0;
        }

        public static int FirstRowWithFigures(TableDraft table)
        {
            foreach (CellDraft cell in table.Cells.OrderBy(c => c.Row))
                if (FigureText.IsFigure(cell.Text)) return cell.Row;
            return table.RowCount;
        }

        public static int FirstFigureColumn(TableDraft table)
        {
            int first = table.ColumnCount;
            foreach (CellDraft cell in table.Cells)
                if (FigureText.IsFigure(cell.Text)) first = Math.Min(first, cell.Column);
            return first;
        }

        private static string Squeeze(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
