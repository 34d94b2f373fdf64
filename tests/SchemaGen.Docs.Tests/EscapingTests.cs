using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using SchemaGen.Docs.Tests.Support;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    /// <summary>A schema whose every text holds &lt;script&gt;, &amp; and quotes: the pages show it as text and run nothing.</summary>
    public class EscapingTests
    {
        private static (int Exit, string Dir, string Log) Write()
        {
            string dir = Repo.NewTempDirectory("escaping");
            var log = new StringWriter();
            int exit = DocsWriter.Write(new[] { Repo.TestSchema("escaping.yaml") }, dir, log);
            return (exit, dir, log.ToString());
        }

        [Fact]
        public void Html_shows_markup_as_text()
        {
            var (exit, dir, log) = Write();
            Assert.True(exit == 0, log);
            string html = File.ReadAllText(Path.Combine(dir, "escaping-test-1.html"));
            var document = new HtmlParser().ParseDocument(html);

            Assert.Empty(document.QuerySelectorAll("script, img, b, i, u, em"));
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("<img", html);
            Assert.Equal("<script>alert(\"title\")</script> Title & \"quotes\" (1)", document.Title);
            Assert.Contains("<script>alert(\"section\")</script>", document.Body!.TextContent);

            // The table still has its structure: the hostile stub and labels did not close any element early.
            var table = document.QuerySelector("table.layout")!;
            var schema = GeneratedDocs.Load(Repo.TestSchema("escaping.yaml"));
            LayoutChecker.Check(table, schema.FindTable("Figures")!);
            Assert.Equal("</th></tr></thead><script>alert(\"stub\")</script>", table.QuerySelector("th.stub")!.TextContent);
            Assert.Equal("<caption>第二十条 & \"caption\"</caption>", table.QuerySelector("caption")!.TextContent);
            Assert.Equal("<td>note</td> & \"note\"", table.QuerySelector("th.note")!.TextContent);
            Assert.Equal("aliases: \"><script>alert(2)</script>、it's", table.QuerySelector("th[data-path='Left']")!.GetAttribute("title"));
            Assert.Equal("<1>、", table.QuerySelector("th[data-path='First'] .num")!.TextContent);

            var invariant = document.GetElementById("invariant-group-sum")!;
            Assert.Equal("<script>alert(\"message\")</script> & \"sum\"", invariant.QuerySelector(".message")!.TextContent);
            Assert.Equal("Σ </code> total = 'single' quotes + <script>alert(\"column\")</script>", invariant.QuerySelector(".formula.zh")!.TextContent);
            Assert.Contains("<em>implied</em>", invariant.QuerySelector("h4")!.TextContent);
        }

        [Fact]
        public void Markdown_shows_markup_as_text()
        {
            var (exit, dir, log) = Write();
            Assert.True(exit == 0, log);
            foreach (string file in new[] { "escaping-test-1.md", "index.md" })
            {
                string md = File.ReadAllText(Path.Combine(dir, file));
                // Outside code spans nothing may open a tag: every < is an entity.
                string outsideCode = string.Concat(md.Split('`').Where((_, i) => i % 2 == 0));
                Assert.DoesNotContain("<script", outsideCode);
                Assert.DoesNotContain("<img", outsideCode);
                Assert.DoesNotContain("<b>", outsideCode);
            }
            string page = File.ReadAllText(Path.Combine(dir, "escaping-test-1.md"));
            Assert.Contains("&lt;script&gt;alert(\"section\")&lt;/script&gt;", page);
            Assert.Contains("A &amp; B", page);
            Assert.Contains("\\*not emphasis\\* \\_nor this\\_ \\[not a link\\](http://example.invalid)", page);
            Assert.Contains("\\`backticks\\` \\| pipes", page);
        }
    }
}
