using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// An older district site built of nested layout tables (banner, nav bar, a menu column beside a content column,
    /// a footer table), with no class names to tell chrome from content and no charset declared (UTF-8). Table 二 puts
    /// its captions and column heads in th, table 三 its headers in td with &lt;br&gt; and &lt;p&gt; inside cells,
    /// table 四 its header rows in a thead of th.
    /// </summary>
    public sealed class NestedLayoutPageTests
    {
        private static readonly Document Page = new HtmlDocumentReader().Read(Fixtures.Bytes("Html/nested-layout-undeclared.html"), "nested-layout-undeclared.html");

        private static TableBlock[] Tables => Page.Blocks.OfType<TableBlock>().ToArray();

        [Fact]
        public void Reads_through_the_layout_tables_to_the_report_and_its_data_tables()
        {
            Assert.Equal(new[]
            {
                "某某区卫生健康局2023年政府信息公开工作年度报告",
                "时间：2024-01-25　　来源：区卫健局",
                "根据《中华人民共和国政府信息公开条例》，现公布某某区卫生健康局2023年政府信息公开工作年度报告。",
                "一、总体情况",
                "2023年，我局共收到政府信息公开申请50件，依法按时答复，未发生因政府信息公开被追责的情况。",
                "二、主动公开政府信息情况",
                "[table 14×4]",
                "三、收到和处理政府信息公开申请情况",
                "[table 28×10]",
                "四、政府信息公开行政复议、行政诉讼情况",
                "[table 4×15]",
                "五、存在的主要问题及改进情况",
                "信息公开的及时性还需提高，今后将加强督促检查。",
            }, BlockListing.Of(Page));
        }

        [Fact]
        public void Drops_the_unnamed_navigation_menu_breadcrumb_and_footer_around_the_content()
        {
            string[] texts = BlockListing.AllTexts(Page).ToArray();
            Assert.NotEmpty(texts);
            foreach (string phrase in new[] { "首　页", "机构概况", "互动交流", "信息公开指南", "法定主动公开内容", "您现在的位置", "主办：", "网站标识码", "ICP备" })
                Assert.DoesNotContain(texts, t => t.Contains(phrase));
            // The menu's title is not a link, but it stands in a block of links.
            Assert.DoesNotContain(texts, t => t == "信息公开");
        }

        [Fact]
        public void Says_the_encoding_was_detected_and_what_was_left_out()
        {
            Assert.Equal(new[]
            {
                new DocumentNote(ReadDiagnosticIds.EncodingUncertain, FindingSeverity.Info,
                    "no byte-order mark or declared charset: decoded as UTF-8, since the bytes are valid UTF-8", SourceLocation.None),
                new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Info,
                    "left out as site chrome, not report content: 8 blocks of links or site notices outside the main content", SourceLocation.None),
            }, Page.Notes);
        }

        [Fact]
        public void Table_two_marks_its_th_cells_as_headers_and_counts_the_leading_header_rows()
        {
            TableBlock table = Tables[0];
            GridAssert.Slots(ExpectedReport.Table2Slots(), table);
            GridAssert.MergedCells(ExpectedReport.Table2MergedCells(), table);
            GridAssert.HeaderCells(new[]
            {
                (0, 0), (1, 0), (1, 1), (1, 2), (1, 3), (4, 0), (5, 0), (5, 1), (7, 0), (8, 0), (8, 1), (11, 0), (12, 0), (12, 1),
            }, table);
            Assert.Equal(2, table.HeaderRowCount);
        }

        [Fact]
        public void Table_three_keeps_line_breaks_that_br_and_p_make_inside_cells()
        {
            TableBlock table = Tables[1];
            const string topLeft = "（本列数据的勾稽关系为：\n第一项加第二项之和，\n等于第三项加第四项之和）";
            const string outcomes = "三、本年度\n办理结果";
            string[][] expected = ExpectedReport.Table3Slots();
            for (int r = 0; r < expected.Length; r++)
                for (int c = 0; c < expected[r].Length; c++)
                {
                    if (expected[r][c] == ExpectedReport.TopLeft) expected[r][c] = topLeft;
                    if (expected[r][c] == ExpectedReport.Outcomes) expected[r][c] = outcomes;
                }
            GridAssert.Slots(expected, table);
            MergedCell[] merged = ExpectedReport.Table3MergedCells()
                .Select(m => m.Text == ExpectedReport.TopLeft ? m with { Text = topLeft } : m.Text == ExpectedReport.Outcomes ? m with { Text = outcomes } : m)
                .ToArray();
            GridAssert.MergedCells(merged, table);
            Assert.Equal(SourceLocation.AtElement("body/table[3]/tbody/tr/td[3]/table[2]/tbody/tr[3]/td/div/table[2]/tbody/tr[6]/td[1]", 58, 5), table[5, 0].Location);
        }

        [Fact]
        public void Table_four_takes_its_header_rows_from_thead()
        {
            TableBlock table = Tables[2];
            GridAssert.Slots(ExpectedReport.Table4Slots(), table);
            GridAssert.MergedCells(ExpectedReport.Table4MergedCells(), table);
            Assert.Equal(3, table.HeaderRowCount);
            Assert.Equal(Enumerable.Range(0, 15).Select(c => (3, c)).ToArray(), table.Cells.Where(c => !c.IsHeader).Select(c => (c.Row, c.Column)).ToArray());
            Assert.Equal(SourceLocation.AtElement("body/table[3]/tbody/tr/td[3]/table[2]/tbody/tr[3]/td/div/table[3]/thead/tr[1]/th[2]", 85, 30), table[0, 5].Location);
        }
    }
}
