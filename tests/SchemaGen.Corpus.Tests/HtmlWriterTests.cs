using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Corpus.Writers;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Corpus.Tests
{
    public sealed class HtmlWriterTests
    {
        public static IEnumerable<object[]> HtmlShapes => TestCases.ShapesByVersion(Shapes.HtmlShapes);

        [Theory]
        [MemberData(nameof(HtmlShapes))]
        public void Every_report_table_parses_into_the_layouts_grid(string shapeName, string version)
        {
            RenderedReport report = Corpus.Render(ReportFormat.Find(version), 31, Shapes.Find(shapeName));
            IHtmlDocument html = new HtmlParser().ParseDocument(Decode(report));
            var reportTables = html.QuerySelectorAll("table").Where(t => !t.QuerySelectorAll("table").Any() && !t.ClassList.Contains("meta")).ToList();
            var layouts = report.Layout.Tables.ToList();
            Assert.Equal(layouts.Count, reportTables.Count);
            foreach (var (layout, element) in layouts.Zip(reportTables))
            {
                TableBlock grid = Grid(element);
                Assert.Equal((layout.RowCount, layout.ColumnCount), (grid.RowCount, grid.ColumnCount));
                for (int r = 0; r < layout.RowCount; r++)
                    for (int c = 0; c < layout.ColumnCount; c++)
                    {
                        LayoutCell expected = layout[r, c];
                        SourceCell actual = grid[r, c];
                        Assert.Equal((expected.Row, expected.Column, expected.RowSpan, expected.ColumnSpan), (actual.Row, actual.Column, actual.RowSpan, actual.ColumnSpan));
                        Assert.Equal(expected.Text.Replace("\n", ""), actual.Text);
                    }
            }
        }

        [Theory]
        [MemberData(nameof(HtmlShapes))]
        public void The_bytes_decode_to_the_text_in_the_declared_encoding(string shapeName, string version)
        {
            RenderedReport report = Corpus.Render(ReportFormat.Find(version), 32, Shapes.Find(shapeName));
            var options = ((HtmlReportWriter)report.Shape.Writer).Options;
            (Encoding encoding, string label) = HtmlReportWriter.EncodingOf(options.Encoding);
            Assert.Equal(label, report.EncodingName);
            byte[] bom = { 0xEF, 0xBB, 0xBF };
            Assert.Equal(options.Encoding == HtmlEncoding.Utf8WithBom, report.Content.Take(3).SequenceEqual(bom));
            Assert.Equal(report.Text, Decode(report));
            string head = Encoding.ASCII.GetString(report.Content, 0, Math.Min(1024, report.Content.Length));
            switch (options.Declaration)
            {
                case CharsetDeclaration.MetaCharset: Assert.Contains($"<meta charset=\"{label}\">", head); break;
                case CharsetDeclaration.HttpEquiv: Assert.Contains($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">", head); break;
                default: Assert.DoesNotContain("charset", head); break;
            }
            if (label != "utf-8")
                Assert.NotEqual(report.Text, new UTF8Encoding(false).GetString(report.Content));
        }

        [Fact]
        public void Word_pasted_markup_has_the_soup_readers_must_cope_with()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 33, Shapes.HtmlWordPastedGbk);
            string text = report.Text!;
            Assert.Contains("class=MsoNormalTable", text);
            Assert.Contains("<o:p></o:p>", text);
            Assert.Contains("mso-", text);
            Assert.Matches("<td width=\\d+ rowspan=\\d+", text);
            Assert.Contains("&nbsp;<o:p></o:p>", text.Replace("\n", ""));
            // A label split across two spans reads whole once the markup is gone.
            Assert.Matches("</span><span style='[^']*mso-font-kerning:0pt'>", text);
            IHtmlDocument html = new HtmlParser().ParseDocument(text);
            Assert.DoesNotContain(html.QuerySelectorAll("th"), _ => true);
            Assert.Contains(html.QuerySelectorAll("td"), td => td.TextContent.Trim() == "一、本年新收政府信息公开申请数量");
        }

        [Fact]
        public void Site_chrome_and_layout_tables_surround_the_report()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2019, 34, Shapes.HtmlSiteGb2312);
            IHtmlDocument html = new HtmlParser().ParseDocument(report.Text!);
            Assert.NotNull(html.QuerySelector(".nav"));
            Assert.Contains("当前位置", html.QuerySelector(".crumb")!.TextContent);
            Assert.Contains("版权所有", html.QuerySelector(".footer")!.TextContent);
            Assert.NotNull(html.QuerySelector("table.meta"));
            // The report's tables sit two layout tables deep.
            IElement applications = html.QuerySelectorAll("table").First(t => t.TextContent.Contains("本年新收政府信息公开申请数量") && !t.QuerySelectorAll("table").Any());
            Assert.Equal(2, applications.Ancestors<IHtmlTableElement>().Count());
            Assert.Contains("<br>", report.Text);
        }

        [Fact]
        public void Clean_markup_marks_header_rows_with_thead_and_th()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 35, Shapes.HtmlClean);
            IHtmlDocument html = new HtmlParser().ParseDocument(report.Text!);
            IElement applications = html.QuerySelectorAll("table").First(t => t.TextContent.Contains("本年新收政府信息公开申请数量"));
            Assert.Equal(3, applications.QuerySelectorAll("thead tr").Length);
            Assert.All(applications.QuerySelectorAll("thead td"), _ => Assert.Fail("a td in thead"));
            Assert.Equal(report.Format.Sections.Count, html.QuerySelectorAll("h2").Length);
        }

        [Fact]
        public void A_traditional_page_is_traditional_throughout()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 36, Shapes.HtmlTraditional);
            string text = Decode(report);
            Assert.Contains("本年新收政府信息公開申請數量", text);
            Assert.Contains("版權所有", text);
            Assert.DoesNotContain("申请", text);
        }

        /// <summary>The page's text, decoded as a browser would from its declaration (or as UTF-8).</summary>
        private static string Decode(RenderedReport report)
        {
            (Encoding encoding, _) = HtmlReportWriter.EncodingOf(((HtmlReportWriter)report.Shape.Writer).Options.Encoding);
            int skip = encoding.GetPreamble().Length;
            return encoding.GetString(report.Content, skip, report.Content.Length - skip);
        }

        /// <summary>The table's grid by the HTML table algorithm (the runtime's builder), cell text with whitespace and nbsp removed.</summary>
        private static TableBlock Grid(IElement table)
        {
            var builder = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            foreach (IElement row in table.QuerySelectorAll("tr"))
            {
                builder.BeginRow();
                foreach (IElement cell in row.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    string text = Regex.Replace(cell.TextContent, @"[\s\u00A0]", "");
                    builder.AddCell(text, int.Parse(cell.GetAttribute("rowspan") ?? "1"), int.Parse(cell.GetAttribute("colspan") ?? "1"), cell.LocalName == "th");
                }
            }
            return builder.Build();
        }
    }
}
