using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// Where each figure of a table stands, named by what a reader of the table sees: its row's labels (the texts of
    /// the label columns, left to right) and its figure column (the first column holding figures is 0). Two grids
    /// that name every figure the same way hold the same figures in the same places, whatever their row indices and
    /// however their header rows are cut (a table read from text alignment has one header row per baseline).
    /// </summary>
    internal static class TableKeys
    {
        public static Dictionary<(string Row, string Column), string> Figures(TableBlock table)
        {
            int headerRows = FirstRowWithFigure(table);
            int labelColumns = FirstColumnWithFigure(table, headerRows);
            var figures = new Dictionary<(string, string), string>();
            for (int r = headerRows; r < table.RowCount; r++)
                for (int c = labelColumns; c < table.ColumnCount; c++)
                {
                    if (!table.IsOrigin(r, c)) continue;
                    string text = Squeeze(table[r, c].Text);
                    if (text.Length == 0) continue;
                    figures[(RowKey(table, r, labelColumns), (c - labelColumns).ToString(System.Globalization.CultureInfo.InvariantCulture))] = text;
                }
            return figures;
        }

        public static string RowKey(TableBlock table, int row, int labelColumns) => Distinct(Enumerable.Range(0, labelColumns).Select(c => table[row, c]));

        public static string ColumnKey(TableBlock table, int column, int headerRows) => Distinct(Enumerable.Range(0, headerRows).Select(r => table[r, column]));

        // A merged cell is named once, however many slots it covers.
        private static string Distinct(IEnumerable<SourceCell> cells)
        {
            var key = new StringBuilder();
            SourceCell? previous = null;
            foreach (SourceCell cell in cells)
            {
                if (ReferenceEquals(cell, previous)) continue;
                key.Append(Squeeze(cell.Text));
                previous = cell;
            }
            return key.ToString();
        }

        public static int FirstRowWithFigure(TableBlock table)
        {
            for (int r = 0; r < table.RowCount; r++)
                for (int c = 0; c < table.ColumnCount; c++)
                    if (IsFigure(table[r, c].Text)) return r;
            return table.RowCount;
        }

        private static int FirstColumnWithFigure(TableBlock table, int headerRows)
        {
            int first = table.ColumnCount;
            for (int r = headerRows; r < table.RowCount; r++)
                for (int c = 0; c < table.ColumnCount; c++)
                    if (IsFigure(table[r, c].Text)) first = System.Math.Min(first, c);
            return first;
        }

        public static bool IsFigure(string text)
        {
            string t = Squeeze(text);
            return t.Length > 0 && t.All(ch => char.IsDigit(ch) || ch is '.' or ',' or '-');
        }

        public static string Squeeze(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
