using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>Cell-for-cell assertions on a table grid, with messages that name the slot.</summary>
    internal static class GridAssert
    {
        /// <summary>The grid's size and every slot's text.</summary>
        public static void Slots(string[][] expected, TableBlock table)
        {
            Assert.Equal(expected.Length, table.RowCount);
            Assert.Equal(expected[0].Length, table.ColumnCount);
            for (int r = 0; r < expected.Length; r++)
            {
                Assert.Equal(expected[r].Length, table.ColumnCount);
                for (int c = 0; c < expected[r].Length; c++)
                    Assert.True(expected[r][c] == table[r, c].Text, $"slot ({r}, {c}): expected \"{expected[r][c]}\", read \"{table[r, c].Text}\"");
            }
        }

        /// <summary>Exactly these cells are merged, with these spans; every other cell covers one slot; no slot is a filler.</summary>
        public static void MergedCells(MergedCell[] expected, TableBlock table)
        {
            MergedCell[] merged = table.Cells.Where(c => c.IsMerged).Select(c => new MergedCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)).ToArray();
            Assert.Equal(expected, merged);
            Assert.DoesNotContain(table.Cells, c => c.IsFiller);
            int slots = table.Cells.Sum(c => c.RowSpan * c.ColumnSpan);
            Assert.Equal(table.RowCount * table.ColumnCount, slots);
        }

        /// <summary>Which cells the input marks as header cells (th), by top-left slot.</summary>
        public static void HeaderCells(IEnumerable<(int Row, int Column)> expected, TableBlock table)
        {
            var headers = table.Cells.Where(c => c.IsHeader).Select(c => (c.Row, c.Column)).OrderBy(p => p).ToArray();
            Assert.Equal(expected.OrderBy(p => p).ToArray(), headers);
        }

        /// <summary>A grid with the texts of some slots replaced (a page that writes a cell differently from the canonical layout).</summary>
        public static string[][] With(string[][] grid, params (int Row, int Column, string Text)[] changes)
        {
            string[][] copy = grid.Select(r => (string[])r.Clone()).ToArray();
            foreach ((int row, int column, string text) in changes) copy[row][column] = text;
            return copy;
        }
    }
}
