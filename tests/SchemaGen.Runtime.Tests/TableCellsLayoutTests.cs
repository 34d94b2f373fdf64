using System.Linq;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Which layout a block of table lines is in: pipes; fixed-width rows (a label, a gap, figures; or three figures or
    /// more alone, table 四's row), words apart at spaces, tabs or ideographic spaces; else one cell per line.
    /// </summary>
    public sealed class TableCellsLayoutTests
    {
        private static CellLayout LayoutOf(params string[] texts)
        {
            TextLine[] lines = texts.Select((t, i) => new TextLine(i + 1, t)).ToArray();
            return TableCells.Detect(lines, 0, lines.Length);
        }

        [Theory]
        [InlineData("OnePerLine", "本年新收", "12", "3", "0")]
        [InlineData("OnePerLine", "1 2", "3 4")] // two figures a line: not a row of figures alone
        [InlineData("OnePerLine", "1 x 3", "4 y 6")] // a word that is no figure among them
        [InlineData("FixedWidth", "0 0 0 0", "1 2 3")]
        [InlineData("FixedWidth", "0\u30000\t0", "5")]
        [InlineData("FixedWidth", "  规章      0    0    0", "行政法规    1    2    3")]
        [InlineData("Pipe", "| 本年新收 | 12 | 3 |", "| 上年结转 | 0 | 1 |")]
        public void A_block_is_read_in_the_layout_its_lines_show(string expected, params string[] lines)
            => Assert.Equal(expected, LayoutOf(lines).ToString());
    }
}
