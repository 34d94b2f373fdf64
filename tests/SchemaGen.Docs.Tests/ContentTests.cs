using System;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using SchemaGen.Docs.Tests.Support;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    /// <summary>What the pages say: formulas in labels and identifiers, metadata, aliases, links; and that HTML needs nothing outside itself.</summary>
    public class ContentTests
    {
        private static GeneratedDocs Docs => GeneratedDocs.Shared;

        private const string ApplicantTotalLabels = "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他";
        private const string ApplicantTotalIds = "Total = NaturalPerson + Business + Research + PublicInterest + LegalService + OtherOrganisation";

        [Theory]
        [InlineData("gov-info-annual-report-2019")]
        [InlineData("gov-info-annual-report-2021")]
        public void Invariants_are_written_as_formulas_in_labels_and_identifiers(string page)
        {
            var document = new HtmlParser().ParseDocument(Docs.Read(page + ".html"));
            var block = document.GetElementById("invariant-applicant-total")!;
            Assert.Equal(ApplicantTotalLabels, block.QuerySelector(".formula.zh")!.TextContent);
            Assert.Equal(ApplicantTotalIds, block.QuerySelector(".formula.ids")!.TextContent);
            Assert.Contains("total", block.QuerySelector("h4")!.TextContent);
            Assert.Contains("implied", block.QuerySelector("h4")!.TextContent);
            Assert.Contains("error", block.QuerySelector("h4")!.TextContent);
            Assert.Equal("总计 is the sum of the applicant columns", block.QuerySelector(".message")!.TextContent);

            var balance = document.GetElementById("invariant-balance")!;
            Assert.Equal("一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = （七）总计 + 四、结转下年度继续办理", balance.QuerySelector(".formula.zh")!.TextContent);
            Assert.Equal("NewlyReceived + CarriedOver = Outcomes.Total + CarriedForward", balance.QuerySelector(".formula.ids")!.TextContent);
            Assert.Contains("stated", balance.QuerySelector("h4")!.TextContent);

            var bound = document.GetElementById("invariant-carried-forward-bound")!;
            Assert.Equal("CarriedForward ≤ NewlyReceived + CarriedOver", bound.QuerySelector(".formula.ids")!.TextContent);

            var appeals = document.GetElementById("invariant-reconsideration-total")!;
            Assert.Equal("行政复议 › 总计 = 行政复议 › 结果维持 + 行政复议 › 结果纠正 + 行政复议 › 其他结果 + 行政复议 › 尚未审结", appeals.QuerySelector(".formula.zh")!.TextContent);

            string md = Docs.Read(page + ".md");
            Assert.Contains(ApplicantTotalLabels, md);
            Assert.Contains("`" + ApplicantTotalIds + "`", md);
        }

        [Fact]
        public void Sum_of_a_group_is_expanded_to_its_leaves()
        {
            var document = new HtmlParser().ParseDocument(Docs.Read("gov-info-annual-report-2021.html"));
            string labels = document.GetElementById("invariant-outcome-total")!.QuerySelector(".formula.zh")!.TextContent;
            Assert.StartsWith("（七）总计 = （一）予以公开 + （二）部分公开", labels);
            Assert.Contains("（三）1.属于国家秘密 + （三）2.其他法律行政法规禁止公开", labels);
            Assert.EndsWith("（六）3.其他", labels);
            Assert.Equal(21, labels.Split(" = ")[1].Split(" + ").Length);

            var across = document.GetElementById("invariant-in-force-across-years")!;
            Assert.Equal("InForce = previous.InForce + Issued − Repealed", across.QuerySelector(".formula.ids")!.TextContent);
            Assert.Equal("现行有效件数 = 上年报告的现行有效件数 + 本年制发件数 − 本年废止件数", across.QuerySelector(".formula.zh")!.TextContent);
            Assert.Contains("warning", across.QuerySelector("h4")!.TextContent);
            Assert.Contains("soft", across.QuerySelector("h4")!.TextContent);
        }

        [Fact]
        public void Format_metadata_and_aliases_are_shown()
        {
            string html = Docs.Read("gov-info-annual-report-2021.html");
            var document = new HtmlParser().ParseDocument(html);
            var meta = document.QuerySelector("dl.meta")!.TextContent;
            Assert.Contains("国办公开办函〔2021〕30号", meta);
            Assert.Contains("国务院办公厅政府信息与政务公开办公室", meta);
            Assert.Contains("2021-09-26", meta);
            Assert.Contains("reports on 2021 onwards", meta);
            Assert.Contains("reports on 2019–2020", Docs.Read("gov-info-annual-report-2019.html"));
            // Aliases: in the column and row lists, and as the header cell's tooltip.
            Assert.Contains("總計、合计", html);
            Assert.Equal("aliases: 總計、合计", document.QuerySelector("table[data-table='Applications'] th[data-path='Total']")!.GetAttribute("title"));
            Assert.Contains("结转下年继续办理", Docs.Read("gov-info-annual-report-2021.md"));
        }

        [Fact]
        public void Migration_of_the_newer_version_is_listed()
        {
            var document = new HtmlParser().ParseDocument(Docs.Read("gov-info-annual-report-2021.html"));
            var migration = document.GetElementById("migration")!;
            Assert.Equal("Migration from 2019", migration.QuerySelector("h2")!.TextContent);
            var first = migration.QuerySelectorAll("tr")[1];
            Assert.Equal("rename", first.Children[0].TextContent);
            Assert.Equal("Regulations.column:MadeThisYear", first.Children[1].TextContent);
            Assert.Equal("Regulations.column:Issued", first.Children[2].TextContent);
            Assert.Null(new HtmlParser().ParseDocument(Docs.Read("gov-info-annual-report-2019.html")).GetElementById("migration"));
            Assert.Contains("## Migration from 2019", Docs.Read("gov-info-annual-report-2021.md"));
        }

        [Fact]
        public void Html_pages_are_self_contained()
        {
            foreach (string file in Directory.GetFiles(Docs.OutputDirectory, "*.html", SearchOption.AllDirectories))
            {
                string html = File.ReadAllText(file);
                var document = new HtmlParser().ParseDocument(html);
                Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
                Assert.Single(document.QuerySelectorAll("head > style"));
                Assert.DoesNotContain("@import", html);
                Assert.DoesNotContain("url(", html);
                Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
            }
        }

        [Fact]
        public void Index_links_every_page_and_every_link_resolves()
        {
            var index = new HtmlParser().ParseDocument(Docs.Read("index.html"));
            var hrefs = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            foreach (string expected in new[]
            {
                "gov-info-annual-report-2019.html", "gov-info-annual-report-2019.md", "gov-info-annual-report-2021.html",
                "gov-info-annual-report-2021.md", "compare-gov-info-annual-report-2019-2021.html", "compare-gov-info-annual-report-2019-2021.md",
                "diagnostics/SG1001.html",
            })
                Assert.Contains(expected, hrefs);

            // Every relative link of every page points at a generated file (and an anchor on it, when it names one).
            foreach (string file in Directory.GetFiles(Docs.OutputDirectory, "*.html", SearchOption.AllDirectories))
            {
                var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
                foreach (string href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
                    if (href.StartsWith("https://", StringComparison.Ordinal)) continue;
                    if (href.StartsWith("#", StringComparison.Ordinal))
                    {
                        Assert.True(page.GetElementById(href.Substring(1)) is not null, $"{file}: no anchor {href}");
                        continue;
                    }
                    string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href.Split('#')[0]));
                    Assert.True(File.Exists(target), $"{file}: broken link {href}");
                }
            }
        }

        [Fact]
        public void Comparison_page_shows_both_versions_side_by_side()
        {
            var page = new HtmlParser().ParseDocument(Docs.Read("compare-gov-info-annual-report-2019-2021.html"));
            var sides = page.QuerySelectorAll(".side-by-side").ToList();
            // Both versions' tables, aligned: 2019's 第二十条第（九）项 (Procurement) sits after 第（八）项 with nothing opposite.
            Assert.Equal(new[] { "Regulations", "Licensing", "Enforcement", "Fees", "Procurement", "Applications", "Appeals" },
                sides.Select(s => s.QuerySelector("table.layout")!.GetAttribute("data-table")));
            var procurement = sides[4].Children.ToList();
            Assert.NotNull(procurement[0].QuerySelector("table.layout"));
            Assert.NotNull(procurement[1].QuerySelector(".absent"));
            var applications = sides[5].QuerySelectorAll("table.layout").ToList();
            Assert.Equal(2, applications.Count);
            Assert.Equal(23, applications[0].QuerySelectorAll("tbody tr").Length);
            Assert.Equal(25, applications[1].QuerySelectorAll("tbody tr").Length);
            Assert.Contains("Change report", page.Body!.TextContent);
            Assert.Contains("国办公开办函〔2019〕60号", page.Body!.TextContent);
        }

        [Fact]
        public void Markdown_pages_number_rows_and_list_columns()
        {
            string md = Docs.Read("gov-info-annual-report-2021.md");
            Assert.StartsWith(GeneratedFiles.MarkdownMarker, md);
            // Nesting shows as full-width indentation; groups say they carry no figures.
            Assert.Contains("| 三、本年度办理结果 | `Outcomes` | group (no figures)", md);
            Assert.Contains("| 　（三）不予公开 | `Outcomes.Withheld` | group (no figures)", md);
            Assert.Contains("| 　　1.属于国家秘密 | `Outcomes.Withheld.StateSecret` | count", md);
            Assert.Contains("| 　未经复议直接起诉 | `DirectSuit` | group |", md);
            Assert.Contains("### 第二十条第（一）项 规章和行政规范性文件 `Regulations`", md);
        }
    }
}
