using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// A report pasted from Word into a CMS editor (UTF-8, <c>&lt;meta charset&gt;</c>, CRLF line ends): MsoNormal
    /// paragraphs, Word headings, a list number in a <c>&lt;![if !supportLists]&gt;</c> run, table 三 as an
    /// MsoNormalTable with its text split across spans and wrapped mid-word in the source, zeros of two columns
    /// left blank (<c>&lt;o:p&gt;&amp;nbsp;&lt;/o:p&gt;</c>), Word's zero-height column-width row, and hidden revision text.
    /// </summary>
    public sealed class WordPastedPageTests
    {
        private static readonly Document Page = new HtmlDocumentReader().Read(Fixtures.Bytes("Html/word-pasted.html"), "word-pasted.html");

        [Fact]
        public void Reads_paragraphs_word_headings_and_the_table_in_order()
        {
            Assert.Equal(new[]
            {
                "某某县自然资源局2023年政府信息公开工作年度报告",
                "本报告由某某县自然资源局根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况等六个部分。",
                "# 一、总体情况",
                "2023年，我局坚持以公开为常态、不公开为例外，依法做好政府信息公开工作。",
                // Word's list number: "1." then five &nbsp; and the collapsed line break, as a browser shows it.
                "1.      主动公开。全年主动公开政府信息412条。",
                "# 三、收到和处理政府信息公开申请情况",
                "[table 28×10]",
                "# 五、存在的主要问题及改进情况",
                "依申请公开答复文书不够规范。\n下一步将加强培训。",
            }, BlockListing.Of(Page));
        }

        [Fact]
        public void Table_three_joins_split_runs_keeps_the_cell_paragraphs_and_reads_nbsp_cells_as_empty()
        {
            TableBlock table = Page.Blocks.OfType<TableBlock>().Single();
            const string topLeft = "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）";
            string[][] expected = ExpectedReport.Table3Slots();
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++) expected[r][c] = topLeft;
            // This agency leaves the zeros of 科研机构 and 其他 blank.
            for (int r = 3; r < expected.Length; r++)
            {
                Assert.Equal("0", expected[r][5]);
                Assert.Equal("0", expected[r][8]);
                expected[r][5] = "";
                expected[r][8] = "";
            }
            GridAssert.Slots(expected, table);
            MergedCell[] merged = ExpectedReport.Table3MergedCells();
            merged[0] = merged[0] with { Text = topLeft };
            GridAssert.MergedCells(merged, table);
        }

        [Fact]
        public void Locates_cells_in_a_table_without_tbody_and_counts_lines_across_CRLF()
        {
            TableBlock table = Page.Blocks.OfType<TableBlock>().Single();
            Assert.Equal(SourceLocation.AtElement("body/div/div[2]/div/div/table", 37, 1), table.Location);
            // The parser adds the tbody the markup leaves out: it is in the path, it has no position of its own.
            Assert.Equal(SourceLocation.AtElement("body/div/div[2]/div/div/table/tbody/tr[8]/td[1]", 197, 3), table[7, 1].Location);
        }

        [Fact]
        public void Leaves_out_the_breadcrumb_footer_and_hidden_revision_text()
        {
            string[] texts = BlockListing.AllTexts(Page).ToArray();
            Assert.NotEmpty(texts);
            foreach (string phrase in new[] { "首页", "信息公开 >", "版权所有", "隐藏的修订文字", "mso-" })
                Assert.DoesNotContain(texts, t => t.Contains(phrase));
            DocumentNote note = Assert.Single(Page.Notes);
            Assert.Equal(new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Info,
                "left out as site chrome, not report content: 2 navigation, header, footer or toolbar elements, 1 hidden element", SourceLocation.None), note);
        }
    }
}
