using System;
using System.Linq;
using System.Text;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// Pages built to hurt a parser. Each must read without an exception, in bounded time and memory (run here, measured
    /// by the benchmark, not asserted), and say what it left out.
    /// </summary>
    public sealed class HostileInputTests
    {
        private static readonly HtmlDocumentReader Reader = new HtmlDocumentReader();

        private static Document Read(string html) => Reader.Read(Encoding.UTF8.GetBytes(html), "hostile.html");

        private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

        [Fact]
        public void A_hundred_thousand_nested_divs_keep_their_text()
        {
            Document document = Read("<html><body>" + Repeat("<div>", 100_000) + "深处的文字" + Repeat("</div>", 100_000) + "<p>之后</p></body></html>");
            Assert.Equal(new[] { "深处的文字", "之后" }, document.Blocks.OfType<TextBlock>().Select(b => b.Text));
            Assert.Contains(document.Notes, n => n.Id == ReadDiagnosticIds.ContentSkipped
                && n.Message == "99,488 tags nested deeper than 512 levels were ignored; their text is read");
        }

        [Fact]
        public void Ten_thousand_nested_tables_are_walked_to_a_bounded_depth()
        {
            Document document = Read("<html><body>" + Repeat("<table><tr><td>层", 10_000) + "</body></html>");
            Assert.NotEmpty(document.Blocks);
            Assert.Contains(document.Notes, n => n.Id == ReadDiagnosticIds.ContentSkipped && n.Message.StartsWith("the markup nests deeper than 256 elements here", StringComparison.Ordinal));
            Assert.Equal(10_000, document.Blocks.OfType<TextBlock>().Sum(b => b.Text.Count(c => c == '层')));
        }

        [Fact]
        public void Huge_spans_are_clamped_and_the_grid_stays_bounded()
        {
            Document document = Read("<table><tr><td colspan=2147483647 rowspan=2147483647>a</td><td>b</td></tr>" + Repeat("<tr><td>c</td></tr>", 5_000) + "</table>");
            TableBlock table = Assert.Single(document.Blocks.OfType<TableBlock>());
            Assert.Equal(TableGridBuilder.MaxColumnSpan, table[0, 0].ColumnSpan);
            Assert.True((long)table.RowCount * table.ColumnCount <= TableGridBuilder.MaxSlots);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal((ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning), (note.Id, note.Severity));
            Assert.Equal($"the table is larger than 200,000 cells: it was read up to row {table.RowCount}, and the rest is left out", note.Message);
            Assert.Equal("body/table", note.Location.Path);
        }

        [Fact]
        public void A_hundred_thousand_cells_are_read_whole()
        {
            var markup = new StringBuilder("<table>");
            for (int r = 0; r < 1000; r++)
            {
                markup.Append("<tr>");
                for (int c = 0; c < 100; c++) markup.Append("<td>").Append(r * 100 + c).Append("</td>");
                markup.Append("</tr>");
            }
            Document document = Read(markup.Append("</table>").ToString());
            TableBlock table = Assert.Single(document.Blocks.OfType<TableBlock>());
            Assert.Equal((1000, 100), (table.RowCount, table.ColumnCount));
            Assert.Equal("99999", table[999, 99].Text);
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void A_ten_megabyte_page_of_paragraphs_is_read()
        {
            const string paragraph = "<p>2023年，本机关收到政府信息公开申请50件，办结51件，结转下年度继续办理3件，全年未收取信息处理费。</p>\n";
            int count = 10 * 1024 * 1024 / Encoding.UTF8.GetByteCount(paragraph);
            Document document = Read("<html><head><meta charset=utf-8></head><body>" + Repeat(paragraph, count) + "</body></html>");
            Assert.Equal(count, document.Blocks.Count);
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void A_page_of_millions_of_elements_is_cut_and_says_where()
        {
            Document document = Read("<html><body>" + Repeat("<p>x", 2_500_000) + "</body></html>");
            Assert.Equal(MarkupGuard.MaxElements - 2, document.Blocks.Count);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal((ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning), (note.Id, note.Severity));
            Assert.Equal("the page has more than 200,000 elements: it was read up to line 1, column 800005, and the rest is left out", note.Message);
            Assert.Equal(SourceLocation.AtLine(1, 800_005), note.Location);
        }

        [Fact]
        public void Formatting_elements_left_open_are_not_recreated_in_every_paragraph()
        {
            string open = string.Concat(Enumerable.Range(0, 60).Select(i => $"<b class=c{i}>"));
            Document document = Read("<html><body><p>" + open + "</p>" + Repeat("<p>x</p>", 20_000) + "</body></html>");
            Assert.Equal(20_000, document.Blocks.Count);
            Assert.Contains(document.Notes, n => n.Message == "52 formatting tags (b, font, span-like) opened while 8 were already open were ignored; their text is read");
        }

        [Fact]
        public void A_tag_with_fifty_thousand_attributes_keeps_sixty_four()
        {
            string attributes = string.Concat(Enumerable.Range(0, 50_000).Select(i => $" a{i}=\"{i}\""));
            Document document = Read("<html><body><p" + attributes + ">文字</p></body></html>");
            Assert.Equal("文字", Assert.Single(document.Blocks.OfType<TextBlock>()).Text);
            Assert.Contains(document.Notes, n => n.Message == "49,936 attributes past the 64th of a tag were ignored");
        }

        [Fact]
        public void An_empty_file_is_an_empty_document()
        {
            Document document = Reader.Read(Array.Empty<byte>(), "empty.html");
            Assert.Empty(document.Blocks);
            Assert.Empty(document.Notes);
            Assert.Empty(Reader.Read(null!, null).Blocks);
        }

        [Fact]
        public void Random_bytes_and_random_markup_never_throw()
        {
            var random = new Random(2024);
            string[] pieces = { "<table>", "<tr>", "<td colspan=3>", "<td rowspan=0>", "</td>", "</tr>", "</table>", "<div>", "</div>", "<p>", "<br>", "<b>", "</b>",
                "<!--", "-->", "<script>", "</script>", "<th>", "<thead>", "<tbody>", "&nbsp;", "数字12", "<caption>", "<a href=x>", "</a>", "<svg>", "<path/>", "<", ">", "\"" };
            for (int i = 0; i < 200; i++)
            {
                var bytes = new byte[random.Next(0, 4096)];
                random.NextBytes(bytes);
                Assert.NotNull(Reader.Read(bytes, "random.bin"));
                string markup = string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => pieces[random.Next(pieces.Length)]));
                Document document = Read(markup);
                Assert.DoesNotContain(document.Notes, n => n.Id == ReadDiagnosticIds.ReaderFailure);
            }
        }
    }
}
