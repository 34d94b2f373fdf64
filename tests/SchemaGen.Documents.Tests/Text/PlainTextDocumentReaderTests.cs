using System.Linq;
using System.Text;
using SchemaGen.Documents.Text;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Text
{
    public sealed class PlainTextDocumentReaderTests
    {
        private static readonly PlainTextDocumentReader Reader = new PlainTextDocumentReader();

        static PlainTextDocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        [Fact]
        public void Takes_text_files_and_not_csv()
        {
            Assert.Equal(DocumentKind.Text, Reader.Kind);
            Assert.Equal(new[] { ".txt", ".text", ".md" }, Reader.Extensions);
        }

        [Fact]
        public void A_GBK_file_becomes_one_block_per_line_with_the_detection_noted()
        {
            byte[] bytes = Encoding.GetEncoding(936).GetBytes("一、总体情况\r\n\r\n本年新收申请50件。\r\n");
            Document document = Reader.Read(bytes, "report.txt");
            Assert.Equal(DocumentKind.Text, document.Kind);
            Assert.Equal("report.txt", document.SourceName);
            Assert.Equal(new[] { "一、总体情况", "", "本年新收申请50件。", "" }, document.Blocks.OfType<TextBlock>().Select(b => b.Text));
            Assert.Equal(SourceLocation.AtLine(3, 1), document.Blocks[2].Location);
            Assert.Equal(new[] { "SG3052" }, document.Notes.Select(n => n.Id));
        }

        [Fact]
        public void A_truncated_UTF8_file_is_read_up_to_the_damage_instead_of_refused()
        {
            byte[] whole = Encoding.UTF8.GetBytes("一、总体情况\n本年新收申请50件");
            Document document = Reader.Read(whole.Take(whole.Length - 1).ToArray(), "cut.txt");
            Assert.Equal(new[] { "一、总体情况", "本年新收申请50" }, document.Blocks.OfType<TextBlock>().Select(b => b.Text));
            DocumentNote damage = Assert.Single(document.Notes, n => n.Id == ReadDiagnosticIds.DamagedInput);
            Assert.Equal(FindingSeverity.Warning, damage.Severity);
            Assert.Equal(SourceLocation.AtLine(2, 9), damage.Location);
        }

        [Fact]
        public void Pipe_rows_become_a_table_as_the_runtime_lays_them_out()
        {
            Document document = Reader.Read(Encoding.UTF8.GetBytes("三、收到和处理政府信息公开申请情况\n一、本年新收 | 41 | 50\n二、上年结转 | 3 | 4\n"), "pipes.txt");
            TableBlock table = Assert.Single(document.Blocks.OfType<TableBlock>());
            Assert.Equal(new[] { "一、本年新收", "41", "50" }, table.RowTexts(0));
        }

        [Fact]
        public void A_binary_file_gives_an_empty_document_and_says_why()
        {
            Document document = Reader.Read(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0 }, "legacy.doc");
            Assert.Empty(document.Blocks);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal((ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error), (note.Id, note.Severity));
        }

        [Fact]
        public void Recognizes_text_but_not_markup_or_binary()
        {
            Assert.True(Reader.Recognizes(Encoding.UTF8.GetBytes("一、总体情况\n")));
            Assert.True(Reader.Recognizes(Encoding.GetEncoding(936).GetBytes("一、总体情况\n")));
            Assert.True(Reader.Recognizes(new byte[] { 0xFF, 0xFE, 0x00, 0x4E }));
            Assert.False(Reader.Recognizes(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>一</body></html>")));
            Assert.False(Reader.Recognizes(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x00, 0x01, 0x02 }));
            Assert.False(Reader.Recognizes(new byte[0]));
        }
    }
}
