using System.Linq;
using System.Text;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    public sealed class HtmlRecognitionTests
    {
        private static readonly HtmlDocumentReader Reader = new HtmlDocumentReader();

        [Fact]
        public void Reads_web_pages_by_these_extensions()
        {
            Assert.Equal(DocumentKind.Html, Reader.Kind);
            Assert.Equal(new[] { ".html", ".htm", ".shtml", ".xhtml" }, Reader.Extensions);
        }

        [Theory]
        [InlineData("<!DOCTYPE html>\n<html>")]
        [InlineData("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">")]
        [InlineData("<HTML xmlns:o=\"urn:schemas-microsoft-com:office:office\">")]
        [InlineData("  \r\n\t<head><title>x</title>")]
        [InlineData("<body>")]
        [InlineData("<TABLE border=1><tr><td>1</td></tr></TABLE>")]
        [InlineData("<!-- saved from url=(0062)http://www.example.gov.cn/ -->\n<html>")]
        [InlineData("<?xml version=\"1.0\" encoding=\"gb2312\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">")]
        [InlineData("<meta charset=\"gbk\"><p>")]
        public void Recognizes_markup_at_the_start(string start)
        {
            Assert.True(Reader.Recognizes(Encoding.ASCII.GetBytes(start)));
            Assert.True(Reader.Recognizes(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes(start)).ToArray()));
        }

        [Theory]
        [InlineData("一、总体情况\n<table> comes later")]
        [InlineData("<htmlish>")]
        [InlineData("%PDF-1.7\n")]
        [InlineData("<!-- a comment that never ends")]
        [InlineData("")]
        [InlineData("<div>a fragment</div>")]
        public void Does_not_take_text_documents_or_fragments_for_pages(string start)
        {
            Assert.False(Reader.Recognizes(Encoding.UTF8.GetBytes(start)));
        }

        [Fact]
        public void Recognizes_a_UTF16_page_by_its_byte_order_mark()
        {
            Assert.True(Reader.Recognizes(new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("<html><body>")).ToArray()));
            Assert.True(Reader.Recognizes(new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("  <html><body>")).ToArray()));
            Assert.False(Reader.Recognizes(new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("一、总体情况")).ToArray()));
            Assert.False(Reader.Recognizes(null!));
        }

        [Fact]
        public void The_tag_is_looked_for_after_any_white_space_in_the_first_bytes_only()
        {
            // Bytes read as Latin-1: a no-break space (0xA0) and a form feed are white space before the tag.
            Assert.True(Reader.Recognizes(new byte[] { 0xA0, 0x0C, 0x20 }.Concat(Encoding.ASCII.GetBytes("<html>")).ToArray()));
            Assert.True(Reader.Recognizes(Encoding.ASCII.GetBytes(new string(' ', HtmlSignature.Limit - 6) + "<html>")));
            Assert.False(Reader.Recognizes(Encoding.ASCII.GetBytes(new string(' ', HtmlSignature.Limit) + "<html>")));
            Assert.False(Reader.Recognizes(Encoding.ASCII.GetBytes(new string(' ', 20))));
        }
    }
}
