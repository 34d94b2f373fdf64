using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>Tables: the HTML table model's placement and spans, header rows, and telling layout tables from data tables.</summary>
    public sealed class HtmlTableTests
    {
        private static Document Read(string body) => new HtmlDocumentReader().ReadMarkup("<html><body>" + body + "</body></html>");

        private static TableBlock Table(string body) => Assert.Single(Read(body).Blocks.OfType<TableBlock>());

        private static string[][] Grid(TableBlock table) => Enumerable.Range(0, table.RowCount).Select(table.RowTexts).ToArray();

        [Fact]
        public void Rowspan_zero_reaches_the_end_of_its_row_group_not_the_table()
        {
            TableBlock table = Table("<table><tbody><tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr></tbody>"
                + "<tbody><tr><td>b</td><td>3</td></tr></tbody></table>");
            Assert.Equal(new[] { new[] { "a", "1" }, new[] { "a", "2" }, new[] { "b", "3" } }, Grid(table));
            Assert.Equal(2, table[0, 0].RowSpan);
        }

        [Theory]
        [InlineData("0", 1)]
        [InlineData("2px", 2)]
        [InlineData(" +3", 3)]
        [InlineData("-2", 1)]
        [InlineData("abc", 1)]
        [InlineData("", 1)]
        [InlineData("99999999999999", 1000)]
        public void Colspan_is_parsed_as_the_standard_says_and_clamped(string value, int span)
        {
            TableBlock table = Table($"<table><tr><td colspan=\"{value}\">a</td><td>b</td></tr></table>");
            Assert.Equal(span, table[0, 0].ColumnSpan);
            Assert.Equal(span + 1, table.ColumnCount);
        }

        [Fact]
        public void Rows_are_taken_in_document_order_across_thead_tbody_and_tfoot()
        {
            TableBlock table = Table("<table><tfoot><tr><td>foot</td><td>3</td></tr></tfoot><thead><tr><th>head</th><th>1</th></tr></thead>"
                + "<tbody><tr><td>body</td><td>2</td></tr></tbody></table>");
            Assert.Equal(new[] { "foot", "head", "body" }, Enumerable.Range(0, 3).Select(r => table[r, 0].Text));
            // The thead is not the first row group, so it does not count as the header rows.
            Assert.Equal(0, table.HeaderRowCount);
        }

        [Fact]
        public void Header_rows_come_from_a_leading_thead_or_from_leading_rows_of_th()
        {
            TableBlock fromThead = Table("<table><thead><tr><td>申请人情况</td><td>总计</td></tr><tr><th>a</th><th>b</th></tr></thead><tr><td>1</td><td>2</td></tr></table>");
            Assert.Equal(2, fromThead.HeaderRowCount);
            Assert.False(fromThead[0, 0].IsHeader);
            Assert.True(fromThead[1, 0].IsHeader);

            TableBlock fromTh = Table("<table><tr><th>a</th><th>b</th></tr><tr><th>c</th><td>1</td></tr></table>");
            Assert.Equal(1, fromTh.HeaderRowCount);
            Assert.True(fromTh[1, 0].IsHeader);
            Assert.False(fromTh[1, 1].IsHeader);
        }

        [Fact]
        public void A_short_row_is_filled_and_a_caption_is_a_text_block_before_the_table()
        {
            Document document = Read("<table><caption>表三</caption><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>");
            Assert.Equal(new[] { "表三", "[table 2×3]" }, document.Blocks.Select(BlockListing.Describe));
            TableBlock table = (TableBlock)document.Blocks[1];
            Assert.True(table[1, 1].IsFiller);
            Assert.True(table[1, 2].IsFiller);
            Assert.Equal("", table[1, 2].Text);
        }

        [Fact]
        public void Paragraphs_and_br_inside_a_cell_are_line_breaks_and_a_nbsp_cell_is_empty()
        {
            TableBlock table = Table("<table><tr><td><p>三、本年度</p><p>办理结果</p></td><td>第一行<br>第二行</td><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td>&nbsp;</td></tr></table>");
            Assert.Equal(new[] { "三、本年度\n办理结果", "第一行\n第二行", "", "" }, table.RowTexts(0));
        }

        [Fact]
        public void Words_column_width_row_of_empty_zero_height_cells_is_not_a_row()
        {
            TableBlock table = Table("<table><tr><td>a</td><td>1</td></tr><tr height=0><td width=60></td><td width=80></td></tr></table>");
            Assert.Equal(1, table.RowCount);
            TableBlock kept = Table("<table><tr><td>a</td><td>1</td></tr><tr><td></td><td></td></tr></table>");
            Assert.Equal(2, kept.RowCount);
        }

        [Fact]
        public void A_table_whose_cells_hold_tables_is_layout_and_the_inner_data_table_is_read()
        {
            Document document = Read("<table><tr><td>菜单</td><td><p>一、总体情况</p><table><tr><td>自然人</td><td>总计</td></tr><tr><td>41</td><td>50</td></tr></table></td></tr></table>");
            Assert.Equal(new[] { "菜单", "一、总体情况", "[table 2×2]" }, document.Blocks.Select(BlockListing.Describe));
            Assert.Equal("body/table/tbody/tr/td[2]/table", document.Blocks[2].Location.Path);
        }

        [Theory]
        [InlineData("<table><tr><td>only cell</td></tr></table>", "only cell")]
        [InlineData("<table><tr><td>row one</td></tr><tr><td colspan=2>row two</td></tr></table>", "row one|row two")]
        [InlineData("<table role=presentation><tr><td>a</td><td>b</td></tr></table>", "a|b")]
        [InlineData("<table><tr><td><a href=/>首页</a></td><td><a href=/a>政务公开</a></td><td><a href=/b>互动交流</a></td></tr></table>", "首页|政务公开|互动交流")]
        [InlineData("<table><tr><td>菜单</td><td><h2>一、总体情况</h2></td></tr></table>", "菜单|# 一、总体情况")]
        public void Layout_tables_are_read_as_blocks_in_reading_order(string markup, string blocks)
        {
            Document document = Read(markup);
            Assert.Empty(document.Blocks.OfType<TableBlock>());
            Assert.Equal(blocks.Split('|'), document.Blocks.Select(BlockListing.Describe));
        }

        [Fact]
        public void A_cell_of_prose_beside_a_menu_makes_a_layout_table()
        {
            string prose = string.Concat(Enumerable.Repeat("2023年，本机关认真贯彻落实《条例》，全面推进政务公开工作。", 8));
            Document document = Read($"<table><tr><td>栏目</td><td>{prose}</td></tr></table>");
            Assert.Equal(new[] { "栏目", prose }, document.Blocks.Select(BlockListing.Describe));
        }

        [Fact]
        public void A_data_table_with_one_long_note_row_stays_a_data_table()
        {
            string note = "注：" + string.Concat(Enumerable.Repeat("本表数据统计期限为2023年1月1日至12月31日。", 8));
            string rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"<tr><td>第{i}项政府信息公开申请情况</td><td>{i}</td><td>{i * 2}</td></tr>"));
            TableBlock table = Table($"<table>{rows}<tr><td colspan=3>{note}</td></tr></table>");
            Assert.Equal(31, table.RowCount);
            Assert.Equal(note, table[30, 0].Text);
        }

        [Fact]
        public void Figures_in_an_image_are_not_read_and_the_reader_says_so()
        {
            Document document = Read("<div><p>三、收到和处理政府信息公开申请情况</p><p><img src=table3.jpg width=600 height=400></p><img src=icon.png width=16 height=16></div>");
            Assert.Equal(new[] { "三、收到和处理政府信息公开申请情况" }, document.Blocks.Select(BlockListing.Describe));
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal("1 image in the content is not read: figures drawn in an image are not seen", note.Message);
            Assert.Equal(SourceLocation.AtElement("body/div/p[2]/img", 1, 45), note.Location);
        }
    }
}
