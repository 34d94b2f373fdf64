using System.Linq;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// How a pipe line splits into cells: a pipe opening the line frames it and opens no cell, pipes at the end leave
    /// empty cells, '｜' is a pipe too, each cell trimmed with the column of its first visible character; the count
    /// <see cref="PipeCells.CountSplit"/> gives without splitting agrees, as do the reader's cells of the line; and a text report's pipe rows carry those cells.
    /// </summary>
    public sealed class PipeCellsTests
    {
        [Theory]
        [InlineData("| 本年新收 | 12 | 3 |", "本年新收@3,12@10,3@15,@18")]
        [InlineData("本年新收|12|3", "本年新收@1,12@6,3@9")]
        [InlineData("  ｜ 上年结转 ｜ 0", "上年结转@5,0@12")]
        [InlineData("a||b", "a@1,@3,b@4")]
        [InlineData("|", "@2")]
        [InlineData("", "@1")]
        [InlineData("   ", "@4")]
        public void A_line_splits_into_trimmed_cells_with_their_columns(string line, string expected)
        {
            string actual = string.Join(",", PipeCells.Split(line).Select(c => c.Text + "@" + c.Column));
            Assert.Equal(expected, actual);
            Assert.Equal(PipeCells.Split(line).Count, PipeCells.CountSplit(line));
            // The reader's own cells of a line of text (an array, each cell's blankness worked out once) are the same.
            TextCell[] cells = TableCells.CellsOf(new TextLine(1, line));
            Assert.Equal(expected, string.Join(",", cells.Select(c => c.Text + "@" + c.Column)));
            Assert.All(cells, c => Assert.Equal(TextNormalizer.IsBlank(c.Text), c.IsBlank));
        }

        [Fact]
        public void A_text_report_pipe_row_carries_the_split_cells_and_their_line_columns()
        {
            Document document = TextDocument.Parse("标题\r\n| 本年新收 | 12 |\n|上年结转|3|\n正文");
            TableBlock table = Assert.Single(document.Blocks.OfType<TableBlock>());
            Assert.Equal(new[] { "本年新收", "12", "" }, table.RowTexts(0));
            Assert.Equal(new[] { "上年结转", "3", "" }, table.RowTexts(1));
            Assert.Equal(SourceLocation.AtLine(2, 3), table[0, 0].Location);
            Assert.Equal(SourceLocation.AtLine(3, 7), table[1, 1].Location);
            Assert.Equal(3, document.Blocks.Count); // 标题, the table, 正文
        }
    }
}
