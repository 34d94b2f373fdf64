using System.Linq;
using System.Text;
using SchemaGen.Documents.Html;
using SchemaGen.Documents.Text;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    public sealed class HtmlCharsetPrescanTests
    {
        private static CharsetDeclaration? Find(string markup) => HtmlCharsetPrescan.Find(Encoding.ASCII.GetBytes(markup));

        [Theory]
        [InlineData("<meta charset=\"gb2312\">", "gb2312", HtmlCharsetPrescan.MetaCharset)]
        [InlineData("<META CHARSET=GBK>", "gbk", HtmlCharsetPrescan.MetaCharset)]
        [InlineData("<meta charset='utf-8'/>", "utf-8", HtmlCharsetPrescan.MetaCharset)]
        [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />", "gb2312", HtmlCharsetPrescan.MetaHttpEquiv)]
        [InlineData("<meta content=\"text/html; charset=GB18030\" http-equiv=\"content-type\">", "gb18030", HtmlCharsetPrescan.MetaHttpEquiv)]
        [InlineData("<meta http-equiv=Content-Type content='text/html;charset=\"big5\"'>", "big5", HtmlCharsetPrescan.MetaHttpEquiv)]
        public void Finds_the_charset_a_meta_declares(string markup, string label, string declaredBy)
        {
            Assert.Equal(new CharsetDeclaration(label, declaredBy), Find("<!DOCTYPE html>\n<html><head>" + markup + "<title>x</title>"));
        }

        [Fact]
        public void A_content_charset_without_the_http_equiv_pragma_declares_nothing()
        {
            Assert.Null(Find("<meta name=\"description\" content=\"charset=gbk\"><p>text"));
        }

        [Fact]
        public void Comments_scripts_of_other_tags_and_attribute_values_do_not_declare()
        {
            Assert.Null(Find("<!-- <meta charset=gbk> --><p title=\"<meta charset=gbk>\">x</p>"));
            Assert.Equal("utf-8", Find("<!--[if gte mso 9]><meta charset=gbk><![endif]--><meta charset=utf-8>")!.Label);
        }

        [Fact]
        public void A_label_no_encoding_has_is_passed_over_for_the_next_meta()
        {
            Assert.Equal("gbk", Find("<meta charset=\"x-klingon\"><meta charset=\"gbk\">")!.Label);
        }

        [Fact]
        public void A_UTF16_declaration_in_bytes_that_are_not_UTF16_means_UTF8()
        {
            Assert.Equal("utf-8", Find("<meta charset=\"utf-16\">")!.Label);
        }

        [Fact]
        public void Looks_past_the_first_1024_bytes_only_when_they_declare_nothing()
        {
            string padding = "<!-- " + new string('x', 2000) + " -->";
            CharsetDeclaration late = Find(padding + "<meta charset=\"gbk\">")!;
            Assert.Equal(new CharsetDeclaration("gbk", HtmlCharsetPrescan.MetaCharset + " after the first 1024 bytes"), late);
            Assert.Equal("utf-8", Find("<meta charset=\"utf-8\">" + padding + "<meta charset=\"gbk\">")!.Label);
        }

        [Theory]
        [InlineData("text/html; charset=gb2312", "gb2312")]
        [InlineData("text/html;charset = \"gbk\"", "gbk")]
        [InlineData("text/html; foo; CHARSET=big5; bar", "big5")]
        [InlineData("text/html; charsetx; charset='utf-8'", "utf-8")]
        [InlineData("text/html", null)]
        [InlineData("text/html; charset=\"unterminated", null)]
        public void Extracts_the_charset_from_a_content_value(string content, string? label)
        {
            Assert.Equal(label, HtmlCharsetPrescan.ExtractCharsetFromContent(content));
        }

        [Fact]
        public void Finds_a_declaration_written_in_a_GBK_page_before_any_Chinese_text()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            byte[] page = Encoding.GetEncoding(936).GetBytes("<html><head><title>年度报告</title><meta charset=gbk></head>");
            Assert.Equal("gbk", HtmlCharsetPrescan.Find(page)!.Label);
            Assert.Null(HtmlCharsetPrescan.Find(page.Take(40).ToArray()));
        }
    }
}
