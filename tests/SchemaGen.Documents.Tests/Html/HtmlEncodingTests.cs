using System.Linq;
using System.Text;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>The HTML reader's encoding decisions, end to end from bytes to text blocks.</summary>
    public sealed class HtmlEncodingTests
    {
        private const string Heading = "三、收到和处理政府信息公开申请情况";
        private static readonly HtmlDocumentReader Reader = new HtmlDocumentReader();

        static HtmlEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        private static string Page(string head) => "<!DOCTYPE html>\n<html><head>" + head + "<title>年度报告</title></head>\n<body><h2>" + Heading + "</h2><p>（三）不予公开：4.保护第三方合法权益</p></body></html>";

        private static string[] Texts(Document document) => document.Blocks.OfType<TextBlock>().Select(b => b.Text).ToArray();

        private static readonly string[] Expected = { Heading, "（三）不予公开：4.保护第三方合法权益" };

        [Theory]
        [InlineData("<meta charset=\"gb2312\">", 936)]
        [InlineData("<meta charset=\"gbk\">", 936)]
        [InlineData("<meta charset=\"gb18030\">", 54936)]
        [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", 936)]
        [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">", 936)]
        public void A_declared_GB_page_reads_without_a_note(string meta, int codePage)
        {
            Document document = Reader.Read(Encoding.GetEncoding(codePage).GetBytes(Page(meta)), "page.html");
            Assert.Equal(Expected, Texts(document));
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void An_undeclared_GBK_page_is_detected_and_said_so()
        {
            Document document = Reader.Read(Encoding.GetEncoding(936).GetBytes(Page("")), "page.html");
            Assert.Equal(Expected, Texts(document));
            Assert.Equal(new[] { "SG3052 Info no byte-order mark or declared charset: decoded as GB18030 (which covers GB2312 and GBK), since the bytes are not UTF-8 and are valid GB18030" },
                document.Notes.Select(n => $"{n.Id} {n.Severity} {n.Message}"));
        }

        [Fact]
        public void UTF8_with_a_byte_order_mark_needs_no_note_and_without_one_is_detected()
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(Page(""));
            Document marked = Reader.Read(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(utf8).ToArray(), "page.html");
            Assert.Equal(Expected, Texts(marked));
            Assert.Empty(marked.Notes);

            Document unmarked = Reader.Read(utf8, "page.html");
            Assert.Equal(Expected, Texts(unmarked));
            Assert.Equal(ReadDiagnosticIds.EncodingUncertain, Assert.Single(unmarked.Notes).Id);
        }

        [Fact]
        public void A_UTF16_page_with_a_byte_order_mark_is_read_and_recognized()
        {
            byte[] bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Page("<meta charset=\"utf-16\">"))).ToArray();
            Assert.True(Reader.Recognizes(bytes));
            Document document = Reader.Read(bytes, "page.html");
            Assert.Equal(Expected, Texts(document));
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void A_page_declaring_UTF8_with_GBK_bytes_is_read_by_its_bytes()
        {
            Document document = Reader.Read(Encoding.GetEncoding(936).GetBytes(Page("<meta charset=\"utf-8\">")), "page.html");
            Assert.Equal(Expected, Texts(document));
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal((ReadDiagnosticIds.EncodingUncertain, FindingSeverity.Info), (note.Id, note.Severity));
            Assert.StartsWith("the input declares charset utf-8 (<meta charset>), but ", note.Message);
            Assert.EndsWith(" byte sequences are not UTF-8; the bytes are valid GB18030, so they were decoded as GB18030", note.Message);
        }

        [Fact]
        public void A_page_declaring_GB2312_with_UTF8_bytes_is_read_as_UTF8()
        {
            Document document = Reader.Read(Encoding.UTF8.GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")), "page.html");
            Assert.Equal(Expected, Texts(document));
            Assert.StartsWith("the input declares charset gb2312 (" + HtmlCharsetPrescan.MetaHttpEquiv + "), but the bytes are valid UTF-8", Assert.Single(document.Notes).Message);
        }

        [Fact]
        public void A_binary_file_named_html_is_not_read()
        {
            var bytes = new byte[4096];
            new System.Random(7).NextBytes(bytes);
            Document document = Reader.Read(bytes, "page.html");
            Assert.Empty(document.Blocks);
            Assert.Equal(DocumentKind.Html, document.Kind);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal((ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error), (note.Id, note.Severity));
        }
    }
}
