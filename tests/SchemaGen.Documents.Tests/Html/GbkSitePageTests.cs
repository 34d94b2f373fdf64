using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// A GBK page as a TRS-built city site publishes it: declared gb2312 by <c>&lt;meta http-equiv&gt;</c>, the report
    /// in a <c>div.TRS_Editor</c> between a top bar, a header with search, a nav menu, a breadcrumb, an info line, a
    /// share bar, print links, a footer, scripts, styles and a hidden div; all four tables with headers in td cells.
    /// </summary>
    public sealed class GbkSitePageTests
    {
        private static readonly Document Page = new HtmlDocumentReader().Read(Fixtures.Bytes("Html/gbk-trs-site.html"), "gbk-trs-site.html");

        private static TableBlock[] Tables => Page.Blocks.OfType<TableBlock>().ToArray();

        [Fact]
        public void Reads_the_title_paragraphs_section_headings_and_tables_in_order()
        {
            Assert.Equal(new[]
            {
                "# 某某市生态环境局2023年政府信息公开工作年度报告",
                "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
                "一、总体情况",
                "2023年，某某市生态环境局认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，全年收到政府信息公开申请50件，办结51件。",
                "（一）主动公开。全年主动公开政府信息1326条，其中规范性文件12件。",
                "二、主动公开政府信息情况",
                "[table 14×4]",
                "三、收到和处理政府信息公开申请情况",
                "[table 28×10]",
                "四、政府信息公开行政复议、行政诉讼情况",
                "[table 4×15]",
                "五、存在的主要问题及改进情况",
                "一是政策解读形式较为单一；二是依申请公开答复的规范性有待提高。下一步，我局将丰富解读形式，加强业务培训。",
                "六、其他需要报告的事项",
                "本年度未收取信息处理费。",
                "某某市生态环境局",
                "2024年1月19日",
            }, BlockListing.Of(Page));
        }

        [Fact]
        public void Leaves_out_the_site_chrome_scripts_styles_and_hidden_text()
        {
            string[] chrome =
            {
                "今天是", "无障碍浏览", "长者模式", "请输入关键字", "搜索", "首页", "政务服务", "走进某某", "当前位置", "发布时间", "字号",
                "分享到", "微信", "打印本页", "关闭窗口", "网站地图", "联系我们", "主办单位", "网站标识码", "ICP备", "公网安备",
                "统计代码占位文字", "document.write", "_hmt", "margin-top",
            };
            string[] texts = BlockListing.AllTexts(Page).ToArray();
            Assert.NotEmpty(texts);
            foreach (string phrase in chrome) Assert.DoesNotContain(texts, t => t.Contains(phrase));
        }

        [Fact]
        public void Says_what_it_left_out_and_nothing_about_the_encoding_the_page_declares()
        {
            DocumentNote note = Assert.Single(Page.Notes);
            Assert.Equal(ReadDiagnosticIds.ContentSkipped, note.Id);
            Assert.Equal(FindingSeverity.Info, note.Severity);
            Assert.Equal("left out as site chrome, not report content: 7 navigation, header, footer or toolbar elements, 1 hidden element, "
                + "1 block of links or site notices outside the main content", note.Message);
        }

        [Fact]
        public void Table_three_has_the_official_merged_header_and_every_figure()
        {
            TableBlock table = Tables[1];
            GridAssert.Slots(ExpectedReport.Table3Slots(), table);
            GridAssert.MergedCells(ExpectedReport.Table3MergedCells(), table);
            GridAssert.HeaderCells(Enumerable.Empty<(int, int)>(), table);
            Assert.Equal(0, table.HeaderRowCount);
            Assert.Equal(TableStructure.Exact, table.Structure);
        }

        [Fact]
        public void Table_two_has_its_four_blocks_with_spanning_figures()
        {
            TableBlock table = Tables[0];
            GridAssert.Slots(ExpectedReport.Table2Slots(), table);
            GridAssert.MergedCells(ExpectedReport.Table2MergedCells(), table);
        }

        [Fact]
        public void Table_four_has_two_header_levels_over_fifteen_figures()
        {
            TableBlock table = Tables[2];
            GridAssert.Slots(ExpectedReport.Table4Slots(), table);
            GridAssert.MergedCells(ExpectedReport.Table4MergedCells(), table);
        }

        [Fact]
        public void Blocks_and_cells_carry_their_element_path_and_start_tag_position()
        {
            const string content = "body/div[4]/div[2]/div[2]";
            Assert.Equal(SourceLocation.AtElement("body/div[4]/div[2]/h1", 32, 5), Page.Blocks[0].Location);
            Assert.Equal(SourceLocation.AtElement(content + "/table[2]", 60, 1), Tables[1].Location);
            Assert.Equal(SourceLocation.AtElement(content + "/table[2]/tbody/tr[8]/td[1]", 69, 5), Tables[1][7, 1].Location);
            Assert.Equal(SourceLocation.AtElement(content + "/table[2]/tbody/tr[27]/td[8]", 88, 428), Tables[1][26, 9].Location);
            Assert.Equal(SourceLocation.AtElement(content + "/table[1]/tbody/tr[7]/td[1]", 49, 5), Tables[0][6, 0].Location);
            Assert.Equal(SourceLocation.AtElement(content + "/table[3]/tbody/tr[2]/td[7]", 96, 445), Tables[2][1, 12].Location);
            // A merged cell is one source cell: every slot it covers has its location.
            Assert.Same(Tables[1][7, 1], Tables[1][14, 1]);
        }
    }
}
