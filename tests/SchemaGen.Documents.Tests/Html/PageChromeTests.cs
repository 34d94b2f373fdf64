using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>What is left out as site chrome, and the safety rules that keep report content whatever it is called.</summary>
    public sealed class PageChromeTests
    {
        private const string Report = "<p>2023年，本机关收到政府信息公开申请50件，办结51件，结转下年度继续办理3件。</p>";
        private const string DataTable = "<table><tr><td>自然人</td><td>总计</td></tr><tr><td>41</td><td>50</td></tr></table>";

        private static string[] Blocks(string body) => new HtmlDocumentReader().ReadMarkup("<html><body>" + body + "</body></html>").Blocks.Select(BlockListing.Describe).ToArray();

        [Theory]
        [InlineData("<nav>首页 政务公开</nav>")]
        [InlineData("<header>某某市人民政府</header>")]
        [InlineData("<footer>版权所有</footer>")]
        [InlineData("<aside>相关链接</aside>")]
        [InlineData("<div role=navigation>首页</div>")]
        [InlineData("<div role=contentinfo>主办</div>")]
        [InlineData("<div class=\"breadcrumb\">位置 首页</div>")]
        [InlineData("<div id=\"topNav\">首页</div>")]
        [InlineData("<div class=\"main-nav clearfix\">首页</div>")]
        [InlineData("<div class=\"bdsharebuttonbox\">微信</div>")]
        [InlineData("<div class=\"foot\">主办</div>")]
        [InlineData("<div class=\"Foot\">主办</div>")]
        [InlineData("<div class=\"栏目 SubMENU\">首页</div>")]
        [InlineData("<div class=\"dqwz\">位置</div>")]
        [InlineData("<div style=\"display: none\">隐藏</div>")]
        [InlineData("<div style=\"VISIBILITY:hidden\">隐藏</div>")]
        [InlineData("<div hidden>隐藏</div>")]
        [InlineData("<script>var x = '脚本';</script>")]
        [InlineData("<style>.x { content: '样式'; }</style>")]
        [InlineData("<noscript>请启用脚本</noscript>")]
        [InlineData("<select><option>部门网站</option></select>")]
        [InlineData("<button>搜索</button>")]
        public void Chrome_and_non_content_are_left_out(string chrome)
        {
            Assert.Equal(new[] { Report.Replace("<p>", "").Replace("</p>", "") }, Blocks(chrome + Report));
        }

        [Theory]
        [InlineData("<article><header><h1>年度报告</h1></header>" + Report + "</article>", "# 年度报告")]
        [InlineData("<div class=\"article-header\">年度报告</div>" + Report, "年度报告")]
        [InlineData("<div class=\"TRS_Editor\"><div class=\"title\">年度报告</div></div>" + Report, "年度报告")]
        [InlineData("<div class=\"header-title\">年度报告</div>" + Report, "年度报告")]
        [InlineData("<div class=\"headline\">年度报告</div>" + Report, "年度报告")]
        public void Content_named_like_chrome_is_kept(string body, string kept)
        {
            Assert.Contains(kept, Blocks(body));
        }

        [Fact]
        public void A_data_table_is_never_left_out_whatever_holds_it()
        {
            Assert.Contains("[table 2×2]", Blocks("<nav>" + DataTable + "</nav>" + Report));
            Assert.Contains("[table 2×2]", Blocks("<div style=\"display:none\">" + DataTable + "</div>" + Report));
            Assert.Contains("[table 2×2]", Blocks("<div class=\"footer\">" + DataTable + "</div>" + Report));
        }

        [Fact]
        public void An_element_holding_most_of_the_page_is_never_left_out()
        {
            string[] blocks = Blocks("<div class=\"sidebar\">" + Report + Report + "</div><p>页脚</p>");
            Assert.Equal(3, blocks.Length);
        }

        [Fact]
        public void Outside_the_main_content_link_lists_and_site_notices_go_and_the_title_stays()
        {
            string body = "<div><a href=/>首页</a> | <a href=/zwgk>政务公开</a></div>"
                + "<div><div>某某局2023年政府信息公开工作年度报告</div><div id=zoom>" + Report + DataTable + "</div></div>"
                + "<div>网站标识码：1300000000</div>";
            Assert.Equal(new[] { "某某局2023年政府信息公开工作年度报告", Report.Replace("<p>", "").Replace("</p>", ""), "[table 2×2]" }, Blocks(body));
        }

        [Fact]
        public void Without_a_main_content_narrower_than_the_body_nothing_more_is_dropped()
        {
            // The prose is split between the body's two halves, so no element holds nine tenths of it.
            string body = "<div>" + Report + "<p><a href=/>首页</a></p></div><div>" + Report + "</div>";
            Assert.Contains("首页", Blocks(body));
        }
    }
}
