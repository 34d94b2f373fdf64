using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// A table that ends a page and a table that starts the next one, with the same columns, are one table. When the
    /// second part repeats the table's header, those rows are dropped. A label cell of the left label columns that the
    /// page break cut in two (its text printed on one side only) is one cell again.
    /// </summary>
    internal static class TableContinuation
    {
        // Column edges of the two parts may differ this much (points) and still be the same columns.
        private const double EdgeTolerance = 3;

        public static bool Continues(TableDraft first, TableDraft second)
        {
            if (second.Page != first.Page + 1 || first.ColumnCount != second.ColumnCount) return false;
            for (int i = 0; i < first.ColumnEdges.Count; i++)
            {
                // The outer edges of a stream table are where its text ends, not a line: only inner edges must agree there.
                bool outer = i == 0 || i == first.ColumnEdges.Count - 1;
                if (outer && (first.Layout == TableLayout.Stream || second.Layout == TableLayout.Stream)) continue;
                if (Math.Abs(first.ColumnEdges[i] - second.ColumnEdges[i]) > EdgeTolerance * (first.Layout == TableLayout.Stream ? 4 : 1)) return false;
            }
            return true;
        }

        /// <summary>Appends <paramref name="second"/> to <paramref name="first"/>.</summary>
        public static void Append(TableDraft first, TableDraft second)
        {
            int repeated = RepeatedHeaderRows(first, second);
            int labelColumns = FirstFigureColumn(first);
            var bottomOfFirst = new Dictionary<int, CellDraft>();
            for (int c = 0; c < labelColumns; c++)
                if (first.CellAt(first.RowCount - 1, c) is CellDraft cell && cell.Column == c) bottomOfFirst[c] = cell;
            int offset = first.RowCount - repeated;
            foreach (CellDraft cell in second.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
            {
                if (cell.Row + cell.RowSpan <= repeated) continue;
                int row = Math.Max(cell.Row, repeated);
                int rowSpan = cell.Row + cell.RowSpan - row;
                if (row == repeated && bottomOfFirst.TryGetValue(cell.Column, out CellDraft? above)
                    && above.ColumnSpan == cell.ColumnSpan && (above.Text.Length == 0 || cell.Text.Length == 0)
                    && (above.RowSpan > 1 || rowSpan > 1))
                {
                    // One label cut by the page break: it keeps its first page's place, and its text wherever it was printed.
                    above.RowSpan += rowSpan;
                    if (above.Text.Length == 0) above.Text = cell.Text;
                    continue;
                }
                first.Cells.Add(new CellDraft(row + offset, cell.Column, rowSpan, cell.ColumnSpan, cell.Text, cell.Page, cell.Box));
            }
            first.RowCount += second.RowCount - repeated;
            first.Cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        }

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
