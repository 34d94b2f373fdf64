using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>
    /// The slot matrix of an HTML table, built the way the HTML table algorithm places cells: each cell goes to the
    /// next free slot of its row and covers rowspan × colspan slots. Tests read structure from slots, not from markup order.
    /// </summary>
    public sealed class TableGrid
    {
        private readonly List<IElement?[]> _slots;

        private TableGrid(List<IElement?[]> slots, int width, IReadOnlyList<IElement> rows, int headerRows, List<string> overlaps)
        {
            _slots = slots;
            Width = width;
            Rows = rows;
            HeaderRows = headerRows;
            Overlaps = overlaps;
        }

        public int Width { get; }

        public int Height => _slots.Count;

        /// <summary>The tr elements, thead's first.</summary>
        public IReadOnlyList<IElement> Rows { get; }

        /// <summary>How many tr the thead holds.</summary>
        public int HeaderRows { get; }

        /// <summary>Cells that would have covered a slot already taken (must be none).</summary>
        public IReadOnlyList<string> Overlaps { get; }

        public IElement? this[int row, int column] => row < _slots.Count && column < _slots[row].Length ? _slots[row][column] : null;

        public static int RowSpan(IElement cell) => SpanOf(cell, "rowspan");

        public static int ColSpan(IElement cell) => SpanOf(cell, "colspan");

        private static int SpanOf(IElement cell, string attribute)
            => int.TryParse(cell.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 1;

        public static TableGrid Of(IElement table)
        {
            var headRows = table.QuerySelectorAll(":scope > thead > tr").ToList();
            var bodyRows = table.QuerySelectorAll(":scope > tbody > tr").ToList();
            var rows = headRows.Concat(bodyRows).ToList();
            var slots = new List<List<IElement?>>();
            var overlaps = new List<string>();
            List<IElement?> SlotRow(int r)
            {
                while (slots.Count <= r) slots.Add(new List<IElement?>());
                return slots[r];
            }
            for (int r = 0; r < rows.Count; r++)
            {
                int c = 0;
                foreach (IElement cell in rows[r].Children.Where(e => e.LocalName == "th" || e.LocalName == "td"))
                {
                    while (c < SlotRow(r).Count && SlotRow(r)[c] is not null) c++;
                    int rs = RowSpan(cell), cs = ColSpan(cell);
                    for (int dr = 0; dr < rs; dr++)
                        for (int dc = 0; dc < cs; dc++)
                        {
                            var slotRow = SlotRow(r + dr);
                            while (slotRow.Count <= c + dc) slotRow.Add(null);
                            if (slotRow[c + dc] is not null) overlaps.Add($"slot ({r + dr},{c + dc}) covered twice");
                            else slotRow[c + dc] = cell;
                        }
                    c += cs;
                }
            }
            int width = slots.Count == 0 ? 0 : slots.Max(s => s.Count);
            var padded = slots.Select(s => s.Concat(Enumerable.Repeat<IElement?>(null, width - s.Count)).ToArray()).ToList();
            return new TableGrid(padded, width, rows, headRows.Count, overlaps);
        }

        /// <summary>The distinct cells of a run of slots, in order.</summary>
        public IReadOnlyList<IElement> Distinct(IEnumerable<IElement?> cells)
        {
            var list = new List<IElement>();
            foreach (IElement? cell in cells)
                if (cell is not null && (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], cell))) list.Add(cell);
            return list;
        }

        public IEnumerable<IElement?> Column(int column, int fromRow, int toRowExclusive)
        {
            for (int r = fromRow; r < toRowExclusive; r++) yield return this[r, column];
        }

        public IEnumerable<IElement?> Row(int row, int fromColumn, int toColumnExclusive)
        {
            for (int c = fromColumn; c < toColumnExclusive; c++) yield return this[row, c];
        }
    }
}
