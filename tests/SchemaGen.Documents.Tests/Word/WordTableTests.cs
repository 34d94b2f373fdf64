using System.Linq;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;
using static SchemaGen.Documents.Tests.Word.Wml;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>Word's table markup into grids: merges, row offsets, wrappers, tracked rows, and tables inside tables.</summary>
    public class WordTableTests
    {
        [Fact]
        public void GridBefore_leaves_the_leading_slots_empty_and_gridAfter_the_trailing_ones()
        {
            TableBlock table = SingleTable(ReadBody(Table(
                Row(Cells("a", "b", "c")),
                RowWith("<w:gridBefore w:val=\"1\"/>", Cells("d", "e")),
                RowWith("<w:gridAfter w:val=\"1\"/>", Cells("f", "g")))));
            Assert.Equal(3, table.ColumnCount);
            Assert.Equal(new[] { "", "d", "e" }, table.RowTexts(1));
            Assert.True(table[1, 0].IsFiller);
            Assert.Equal(new[] { "f", "g", "" }, table.RowTexts(2));
            Assert.True(table[2, 2].IsFiller);
            Assert.Equal("body/tbl[1]/tr[2]/tc[1]", table[1, 1].Location.Path);
        }

        [Fact]
        public void A_legacy_horizontal_merge_joins_the_restart_cell_and_its_continuations()
        {
            TableBlock table = SingleTable(ReadBody(Table(
                Row(CellWith("<w:hMerge w:val=\"restart\"/>", P("合并")), CellWith("<w:hMerge/>", "<w:p/>"), Cell("x")),
                Row(Cells("1", "2", "3")))));
            SourceCell merged = table[0, 0];
            Assert.Same(merged, table[0, 1]);
            Assert.Equal(("合并", 2), (merged.Text, merged.ColumnSpan));
            Assert.Equal(new[] { "合并", "合并", "x" }, table.RowTexts(0));
        }

        [Fact]
        public void Text_in_a_merge_continuation_is_not_shown_and_is_noted()
        {
            Document document = ReadBody(Table(
                Row(MergeStart("上"), CellWith("<w:hMerge w:val=\"restart\"/>", P("左")), CellWith("<w:hMerge/>", P("藏1"))),
                Row(CellWith("<w:vMerge/>", P("藏2")), Cells("b", "c"))));
            TableBlock table = SingleTable(document);
            Assert.Equal(new[] { "上", "左", "左" }, table.RowTexts(0));
            Assert.Equal(new[] { "上", "b", "c" }, table.RowTexts(1));
            Assert.DoesNotContain(table.Cells, c => c.Text.Contains("藏"));
            Assert.Contains("2 merged cell continuation(s)", SingleNote(document, ReadDiagnosticIds.ContentSkipped).Message);
        }

        [Fact]
        public void A_vertical_merge_continuation_without_a_cell_above_is_an_empty_cell()
        {
            TableBlock table = SingleTable(ReadBody(Table(Row(MergeContinue(), Cell("a")), Row(Cells("b", "c")))));
            Assert.Equal(new[] { "", "a" }, table.RowTexts(0));
            Assert.Equal(1, table[0, 0].RowSpan);
            Assert.False(table[0, 0].IsFiller);
        }

        [Fact]
        public void Content_controls_around_the_table_rows_and_cells_are_read_through()
        {
            string table = Table(
                Row(Cells("项目", "数量")),
                ContentControl(Row(Cell("申请") + ContentControl(Cell("12"), "figure"))),
                Row(ContentControl(Cell("结转") + Cell("3"))));
            TableBlock read = SingleTable(ReadBody(ContentControl(table, "report-table")));
            Assert.Equal(new[] { "项目", "数量" }, read.RowTexts(0));
            Assert.Equal(new[] { "申请", "12" }, read.RowTexts(1));
            Assert.Equal(new[] { "结转", "3" }, read.RowTexts(2));
            Assert.Equal("body/sdt[1]/sdtContent[1]/tbl[1]/sdt[1]/sdtContent[1]/tr[1]/sdt[1]/sdtContent[1]/tc[1]", read[1, 1].Location.Path);
            Assert.Equal("body/sdt[1]/sdtContent[1]/tbl[1]/tr[2]/sdt[1]/sdtContent[1]/tc[2]", read[2, 1].Location.Path);
        }

        [Fact]
        public void Content_control_cell_paths_lead_to_the_cells()
        {
            byte[] docx = DocxBuilder.Build(Table(Row(Cell("申请") + ContentControl(Cell("12")))));
            SourceCell cell = SingleTable(Read(docx))[0, 1];
            Assert.Equal("12", TextOf(Resolve(docx, cell.Location.Path!)!));
        }

        [Fact]
        public void A_row_deleted_as_a_tracked_change_is_left_out_and_an_inserted_one_kept()
        {
            const string author = " w:id=\"9\" w:author=\"审核人\" w:date=\"2022-01-10T00:00:00Z\"";
            TableBlock table = SingleTable(ReadBody(Table(
                Row(Cells("项目", "数量")),
                RowWith("<w:del" + author + "/>", Cells("旧行", "5")),
                RowWith("<w:ins" + author + "/>", Cells("新行", "6")))));
            Assert.Equal(2, table.RowCount);
            Assert.Equal(new[] { "新行", "6" }, table.RowTexts(1));
            Assert.Equal("body/tbl[1]/tr[3]/tc[1]", table[1, 0].Location.Path);
        }

        [Fact]
        public void Only_leading_repeat_header_rows_count_as_header_rows()
        {
            TableBlock table = SingleTable(ReadBody(Table(HeaderRow(Cells("甲", "乙")), HeaderRow(Cells("丙", "丁")), Row(Cells("1", "2")), HeaderRow(Cells("戊", "己")))));
            Assert.Equal(2, table.HeaderRowCount);
            Assert.True(table[1, 1].IsHeader);
            Assert.False(table[3, 0].IsHeader);
        }

        [Fact]
        public void Paragraphs_in_a_cell_are_lines_of_its_text_and_empty_ones_are_dropped()
        {
            TableBlock table = SingleTable(ReadBody(Table(Row(CellWith("", P("本年新收") + "<w:p/>" + P("申请数量")), Cell("7")))));
            Assert.Equal("本年新收\n申请数量", table[0, 0].Text);
        }

        [Fact]
        public void A_table_inside_a_layout_table_is_read_as_blocks_in_reading_order()
        {
            string inner = Table(Row(Cells("自然人", "总计")), Row(Cells("3", "5")));
            Document document = ReadBody(Table(
                Row(Cell("某市某局2021年政府信息公开工作年度报告")),
                Row(CellWith("", P("三、收到和处理政府信息公开申请情况") + inner + P("（注：数据截至12月31日）")))));
            Assert.Equal(new[] { "某市某局2021年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "table", "（注：数据截至12月31日）" },
                document.Blocks.Select(b => b is TextBlock t ? t.Text : "table"));
            TableBlock table = SingleTable(document);
            Assert.Equal(new[] { "3", "5" }, table.RowTexts(1));
            Assert.Equal("body/tbl[1]/tr[2]/tc[1]/tbl[1]", table.Location.Path);
            Assert.Equal("body/tbl[1]/tr[2]/tc[1]/tbl[1]/tr[2]/tc[2]", table[1, 1].Location.Path);
            Assert.Equal("body/tbl[1]/tr[2]/tc[1]/p[1]", document.Blocks[1].Location.Path);
        }

        [Fact]
        public void A_side_column_beside_the_content_is_still_a_layout_table()
        {
            Document document = ReadBody(Table(Row(Cell("导航"), CellWith("", Table(Row(Cells("行政许可", "9"))) + "<w:p/>"))));
            Assert.Equal(new[] { "导航", "table" }, document.Blocks.Select(b => b is TextBlock t ? t.Text : "table"));
            Assert.Equal(new[] { "行政许可", "9" }, SingleTable(document).RowTexts(0));
        }

        [Fact]
        public void Layout_tables_nest_and_the_data_table_at_the_bottom_is_found()
        {
            string data = Table(Row(Cells("行政处罚", "4")));
            string innermost = Table(Row(CellWith("", data)));
            string middle = Table(Row(CellWith("", P("外层") + innermost)));
            Document document = ReadBody(Table(Row(CellWith("", middle))));
            Assert.Equal(new[] { "外层", "table" }, document.Blocks.Select(b => b is TextBlock t ? t.Text : "table"));
            Assert.Equal("body/tbl[1]/tr[1]/tc[1]/tbl[1]/tr[1]/tc[1]/tbl[1]/tr[1]/tc[1]/tbl[1]", SingleTable(document).Location.Path);
        }

        [Fact]
        public void A_small_table_in_one_cell_of_a_data_table_becomes_that_cells_text()
        {
            string inner = Table(Row(Cells("维持", "2")), Row(Cells("纠正", "1")));
            TableBlock table = SingleTable(ReadBody(Table(
                Row(Cells("项目", "行政复议", "行政诉讼")),
                Row(Cell("案件"), CellWith("", inner), Cell("0")),
                Row(Cells("合计", "3", "0")))));
            Assert.Equal(3, table.RowCount);
            Assert.Equal("维持\t2\n纠正\t1", table[1, 1].Text);
            Assert.Equal(new[] { "合计", "3", "0" }, table.RowTexts(2));
        }

        [Fact]
        public void A_table_without_rows_makes_no_block()
            => Assert.Empty(ReadBody(Table() + P("后文")).Blocks.OfType<TableBlock>());
    }
}
