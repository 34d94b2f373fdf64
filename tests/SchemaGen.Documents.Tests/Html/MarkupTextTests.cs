using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>How markup becomes text: whitespace as a browser collapses it, line breaks where the markup makes them.</summary>
    public sealed class MarkupTextTests
    {
        private static Document Read(string body) => new HtmlDocumentReader().ReadMarkup("<html><body>" + body + "</body></html>");

        private static string[] Texts(string body) => Read(body).Blocks.Select(BlockListing.Describe).ToArray();

        [Fact]
        public void Text_split_across_inline_runs_joins_without_a_space()
        {
            Assert.Equal(new[] { "本年新收政府信息公开申请数量" },
                Texts("<p class=MsoNormal><span style='font-family:宋体'>本年新收</span><span lang=EN-US><o:p></o:p></span><b><span>政府信息公开申请数量</span></b></p>"));
        }

        [Fact]
        public void Whitespace_runs_collapse_to_one_space_and_line_edges_are_trimmed()
        {
            Assert.Equal(new[] { "Annual report 2023" }, Texts("<p>\n   <span>Annual</span> \t\n <span>report</span>   2023  </p>"));
        }

        [Fact]
        public void A_source_line_break_between_two_Chinese_characters_is_not_a_space()
        {
            Assert.Equal(new[] { "本年新收政府信息公开申请数量" }, Texts("<p>本年新收政府信息公开申\r\n请数量</p>"));
            Assert.Equal(new[] { "（三）不予公开" }, Texts("<p>（三）\n不予公开</p>"));
            // Only between wide characters: a break before a figure, or between Latin words, stays a space.
            Assert.Equal(new[] { "申请 50件", "Annual report" }, Texts("<p>申请\n50件</p><p>Annual\nreport</p>"));
            // Spaces without a line break are the author's own and stay.
            Assert.Equal(new[] { "申请 数量" }, Texts("<p>申请 数量</p>"));
        }

        [Fact]
        public void Nbsp_is_a_space_that_does_not_collapse_and_is_trimmed_at_line_edges()
        {
            Assert.Equal(new[] { "a  b" }, Texts("<p>&nbsp;a&nbsp;&nbsp;b&nbsp;</p>"));
            Assert.Equal(new[] { "一、总体情况" }, Texts("<p>&nbsp;&nbsp;&nbsp;&nbsp;一、总体情况</p>"));
        }

        [Fact]
        public void Invisible_characters_editors_leave_in_text_are_dropped()
        {
            Assert.Equal(new[] { "本年新收50件" }, Texts("<p>本年\u200B新收5\uFEFF0件\u00AD</p>"));
        }

        [Fact]
        public void Br_breaks_a_paragraph_into_lines_and_empty_lines_go()
        {
            Assert.Equal(new[] { "依申请公开答复文书不够规范。\n下一步将加强培训。" }, Texts("<p>依申请公开答复文书不够规范。<br><br/>下一步将加强培训。<br></p>"));
        }

        [Fact]
        public void Every_block_element_is_its_own_text_block_in_reading_order()
        {
            Assert.Equal(new[] { "before", "inner", "after", "item 1", "item 2", "quote" },
                Texts("<div>before<div>inner</div>after</div><ul><li>item 1</li><li>item 2</li></ul><blockquote>quote</blockquote>"));
        }

        [Fact]
        public void Headings_h1_to_h6_are_marked_and_bold_paragraphs_are_not()
        {
            Assert.Equal(new[] { "# 一、总体情况", "# （一）主动公开", "二、主动公开政府信息情况", "# 六" },
                Texts("<h1>一、总体情况</h1><h3><span>（一）主动公开</span></h3><p><strong>二、主动公开政府信息情况</strong></p><h6>六</h6>"));
        }

        [Fact]
        public void Preformatted_text_keeps_its_spaces_and_lines()
        {
            Assert.Equal(new[] { "自然人   50\n法人      4" }, Texts("<pre>自然人   50\n法人      4\n</pre>"));
        }

        [Fact]
        public void A_block_carries_its_start_tag_position_and_path_and_loose_text_its_container()
        {
            Document document = new HtmlDocumentReader().ReadMarkup("<html><body>\nloose text\n<div>\n  <p id=x>one</p>\n  <p>two</p>\n</div></body></html>");
            Assert.Equal(new[]
            {
                SourceLocation.AtElement("body", 1, 7),
                SourceLocation.AtElement("body/div/p[1]", 4, 3),
                SourceLocation.AtElement("body/div/p[2]", 5, 3),
            }, document.Blocks.Select(b => b.Location));
        }
    }
}
