using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Pipe lines become table blocks whose grids (rows × widest row) stay within <see cref="TableGridBuilder.MaxSlots"/>:
    /// a wide line among many short ones made a grid of fillers far larger than the text (4 GB for a 122 KB file), so
    /// the run is cut into several tables, every line still a row and every cell kept; only cells past the bound in one
    /// line are left out, with a note.
    /// </summary>
    public sealed class TextDocumentPipeTablesTests
    {
        private static List<TableBlock> Tables(Document document) => document.Blocks.OfType<TableBlock>().ToList();

        private static int WrittenCells(IEnumerable<TableBlock> tables) => tables.Sum(t => t.Cells.Count(c => !c.IsFiller));

        [Fact]
        public void A_report_table_stays_one_block()
        {
            Document document = TextDocument.Parse("| 项目 | 自然人 | 总计 |\n| 本年新收 | 3 | 3 |\n| 上年结转 | 0 | 0 |");
            TableBlock table = Assert.Single(Tables(document));
            Assert.Equal(3, table.RowCount);
            Assert.Equal(PipeCells.CountSplit("| 项目 | 自然人 | 总计 |"), table.ColumnCount); // the closing pipe leaves an empty cell
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void A_wide_line_over_many_short_ones_is_cut_into_bounded_tables_and_nothing_is_lost()
        {
            const int shortLines = 30_000;
            string wideLine = "|" + string.Join("|", Enumerable.Range(0, 1000)) + "|";
            var text = new StringBuilder(wideLine);
            for (int i = 0; i < shortLines; i++) text.Append("\n| x |");

            Document document = TextDocument.Parse(text.ToString());

            List<TableBlock> tables = Tables(document);
            Assert.True(tables.Count > 1);
            Assert.All(tables, t => Assert.True((long)t.RowCount * t.ColumnCount <= TableGridBuilder.MaxSlots, $"{t.RowCount} × {t.ColumnCount}"));
            Assert.Equal(1 + shortLines, tables.Sum(t => t.RowCount));
            Assert.Equal(PipeCells.CountSplit(wideLine) + shortLines * PipeCells.CountSplit("| x |"), WrittenCells(tables));
            Assert.Equal(PipeCells.CountSplit(wideLine), tables[0].ColumnCount);
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void Cells_past_the_bound_in_one_line_are_left_out_and_said()
        {
            int cells = TableGridBuilder.MaxSlots + 10;
            string line = "|" + string.Join("|", Enumerable.Repeat("1", cells)) + "|";

            Document document = TextDocument.Parse("标题\n" + line + "\n| 2 | 3 |");

            List<TableBlock> tables = Tables(document);
            Assert.Equal(TableGridBuilder.MaxSlots, tables[0].ColumnCount);
            Assert.Equal(TableGridBuilder.MaxSlots + PipeCells.CountSplit("| 2 | 3 |"), WrittenCells(tables)); // the short line after it kept, in a table of its own
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal(ReadDiagnosticIds.ContentSkipped, note.Id);
            Assert.Equal(2, note.Location.Line);
        }
    }
}
