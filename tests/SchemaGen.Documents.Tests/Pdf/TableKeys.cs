using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// Where each figure of a table stands, named as a schema reader finds it: its row by the row's most specific
    /// label (the rightmost label cell with text: 1.属于国家秘密, not the group or the vertical label beside it; every
    /// such label of table 三 is unique) and its figure column (the first column holding figures is 0). Two grids that
    /// name every figure the same way hold the same figures in the same places, whatever their row indices, however
    /// their header rows are cut (a table read from text alignment has one header row per baseline) and whether a
    /// spanning label beside the row was recovered.
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
                    // Header text repeated inside a table (a header row not recognised as repeated) is no figure.
                    if (!IsFigure(text)) continue;
                    figures[(RowKey(table, r, labelColumns), (c - labelColumns).ToString(System.Globalization.CultureInfo.InvariantCulture))] = text;
                }
            return figures;
        }

        /// <summary>The names of the table's body rows (those with figures and those left blank).</summary>
        public static HashSet<string> RowKeys(TableBlock table)
        {
            int headerRows = FirstRowWithFigure(table);
            int labelColumns = FirstColumnWithFigure(table, headerRows);
            var keys = new HashSet<string>();
            for (int r = headerRows; r < table.RowCount; r++) keys.Add(RowKey(table, r, labelColumns));
            return keys;
        }

        public static string RowKey(TableBlock table, int row, int labelColumns)
        {
            for (int c = labelColumns - 1; c >= 0; c--)
                if (Squeeze(table[row, c].Text).Length > 0) return Squeeze(table[row, c].Text);
            return "";
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
