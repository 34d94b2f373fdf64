using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// The column structure of a pipe table whose rows all have the same number of cells (Markdown tables; pipe dumps of
    /// rectangular page tables): its figure columns are the last ones (before a column of padding, when every row ends in
    /// an empty cell), and the cells before them are label columns. A row of that width is read by position: label columns
    /// hold no figure, and the figures stand in the columns they are in, even where a label spans empty label cells.
    /// </summary>
    internal sealed class RectangularColumns
    {
        /// <summary>At least this share of the rows with figures must have the table's width.</summary>
        private const double MinimumShare = 0.8;

        private RectangularColumns(int width, int labelColumns)
        {
            Width = width;
            LabelColumns = labelColumns;
        }

        /// <summary>Cells in a full row, a padding column included.</summary>
        public int Width { get; }

        public int LabelColumns { get; }

        /// <summary>The label columns of a row that has the table's width and no figure in them; -1 when the row is read as usual.</summary>
        public int LabelColumnsOf(TextCell[] cells)
        {
            if (cells.Length != Width) return -1;
            for (int i = 0; i < LabelColumns; i++)
                if (IsFigure(cells[i])) return -1;
            return LabelColumns;
        }

        public static RectangularColumns? Find(TextLine[] lines, TableLines block, int figureColumns)
        {
            // Loops, not LINQ: asked of every pipe table, where grouping and ordering the rows allocated for each.
            var rows = new List<TextCell[]>();
            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                if (lines[i].IsBlank || !(lines[i].IsTableRow || TableCells.HasPipe(lines[i].Text))) continue;
                TextCell[] cells = TableCells.CellsOf(lines[i]);
                if (HasNumber(cells)) rows.Add(cells);
            }
            if (rows.Count < 2) return null;
            // The most common width, the wider of two as common.
            var rowsOfWidth = new Dictionary<int, int>();
            int width = -1, widthRows = 0;
            foreach (TextCell[] row in rows)
            {
                rowsOfWidth.TryGetValue(row.Length, out int count);
                rowsOfWidth[row.Length] = ++count;
            }
            foreach (var pair in rowsOfWidth)
                if (pair.Value > widthRows || (pair.Value == widthRows && pair.Key > width))
                {
                    width = pair.Key;
                    widthRows = pair.Value;
                }
            if (widthRows < MinimumShare * rows.Count) return null;
            bool padded = true;
            foreach (TextCell[] row in rows)
                if (row.Length == width && !row[width - 1].IsBlank) padded = false;
            int labelColumns = width - (padded ? 1 : 0) - figureColumns;
            if (labelColumns < 1) return null;
            // Rows of the same width are aligned only if none of them has a figure where the label columns are: a dump
            // that writes one-label rows as label | figures | empty | empty (seed 001) is as wide as its two-label rows
            // without lining up with them, and read by position a row whose first figures are blank would shift.
            foreach (TextCell[] row in rows)
            {
                if (row.Length != width) continue;
                for (int i = 0; i < labelColumns; i++)
                    if (IsFigure(row[i])) return null;
            }
            return new RectangularColumns(width, labelColumns);
        }

        private static bool HasNumber(TextCell[] cells)
        {
            foreach (TextCell cell in cells)
                if (!cell.IsRun && CellValueParser.Parse(cell.Text).IsNumber) return true;
            return false;
        }

        private static bool IsFigure(TextCell cell)
            => !cell.IsBlank && TableTextClassifier.IsValueLike(cell.Text, out ParsedCell parsed) && !parsed.IsNotStated;
    }
}
