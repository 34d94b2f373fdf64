using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using static SchemaGen.Documents.Tests.Word.Wml;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>What the reader claims from content alone, and what it says about inputs it cannot read.</summary>
    public class WordInputTests
    {
        private static readonly WordDocumentReader Reader = new WordDocumentReader();

        private static DocumentNote RefusedWith(byte[] content, string? name, string id)
        {
            Document document = Reader.Read(content, name);
            Assert.Empty(document.Blocks);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal(id, note.Id);
            Assert.Equal(FindingSeverity.Error, note.Severity);
            return note;
        }

        [Fact]
        public void A_docx_is_recognised_by_its_zip_directory_and_its_kind_and_extensions_are_Word()
        {
            Assert.True(Reader.Recognizes(DocxBuilder.Build(P("正文"))));
            Assert.Equal(DocumentKind.Word, Reader.Kind);
            Assert.Contains(".docx", Reader.Extensions);
            Assert.All(Reader.Extensions, e => Assert.Equal(e.ToLowerInvariant(), e));
        }

        [Theory]
        [InlineData(WordprocessingDocumentType.MacroEnabledDocument)]
        [InlineData(WordprocessingDocumentType.Template)]
        [InlineData(WordprocessingDocumentType.MacroEnabledTemplate)]
        public void Macro_enabled_documents_and_templates_are_read_like_documents(WordprocessingDocumentType type)
        {
            byte[] content = new DocxBuilder(P("模板正文")) { DocumentType = type }.Build();
            Assert.True(Reader.Recognizes(content));
            Assert.Equal("模板正文", Assert.Single(Texts(Reader.Read(content, "report.docm"))).Text);
        }

        [Fact]
        public void A_legacy_doc_is_recognised_and_refused_with_advice_to_convert()
        {
            byte[] doc = CompoundFileBuilder.Build("WordDocument", "1Table", "\u0005SummaryInformation");
            Assert.True(Reader.Recognizes(doc));
            DocumentNote note = RefusedWith(doc, "report.doc", ReadDiagnosticIds.UnsupportedInput);
            Assert.Contains("Word 97–2003 document (.doc)", note.Message);
            Assert.Contains("libreoffice --headless --convert-to docx FILE", note.Message);
        }

        [Fact]
        public void A_WPS_file_is_refused_as_WPS_whether_it_holds_a_Word_stream_or_not()
        {
            byte[] wpsInWordFormat = CompoundFileBuilder.Build("WordDocument", "1Table");
            Assert.Contains("WPS Writer document (.wps)", RefusedWith(wpsInWordFormat, "年报.wps", ReadDiagnosticIds.UnsupportedInput).Message);

            byte[] worksLike = CompoundFileBuilder.Build("CONTENTS", "MatOST");
            Assert.False(Reader.Recognizes(worksLike));
            DocumentNote note = RefusedWith(worksLike, "年报.wps", ReadDiagnosticIds.UnsupportedInput);
            Assert.Contains("(.wps)", note.Message);
            Assert.Contains("convert-to docx", note.Message);
        }

        [Fact]
        public void An_OLE_file_that_is_no_Word_document_is_not_claimed()
        {
            byte[] spreadsheet = CompoundFileBuilder.Build("Workbook");
            Assert.False(Reader.Recognizes(spreadsheet));
            Assert.Contains("without a Word document stream", RefusedWith(spreadsheet, "data.xls", ReadDiagnosticIds.UnsupportedInput).Message);
        }

        [Fact]
        public void A_password_protected_document_is_recognised_and_reported_encrypted()
        {
            byte[] encrypted = CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces");
            Assert.True(Reader.Recognizes(encrypted));
            Assert.Contains("password-protected", RefusedWith(encrypted, "report.docx", ReadDiagnosticIds.EncryptedInput).Message);
        }

        [Fact]
        public void Zip_level_encryption_is_reported_encrypted()
        {
            byte[] docx = DocxBuilder.Build(P("正文"));
            SetEncryptedFlag(docx, "word/document.xml");
            RefusedWith(docx, "report.docx", ReadDiagnosticIds.EncryptedInput);
        }

        [Fact]
        public void A_corrupt_zip_gives_an_unreadable_note()
        {
            var random = new Random(7);
            byte[] corrupt = new byte[4096];
            random.NextBytes(corrupt);
            new byte[] { 0x50, 0x4B, 0x03, 0x04 }.CopyTo(corrupt, 0);
            Assert.False(Reader.Recognizes(corrupt));
            RefusedWith(corrupt, "report.docx", ReadDiagnosticIds.UnreadableDocument);
        }

        [Fact]
        public void A_docx_cut_off_while_downloading_is_still_recognised_and_reported_unreadable()
        {
            byte[] docx = AnnualReport2021Docx.Generate(1).ToDocx().Build();
            byte[] cut = docx.Take(docx.Length / 2).ToArray();
            Assert.True(Reader.Recognizes(cut));
            Assert.Contains("cut off", RefusedWith(cut, "report.docx", ReadDiagnosticIds.UnreadableDocument).Message);
        }

        [Fact]
        public void A_zip_that_is_not_a_Word_document_is_not_claimed()
        {
            using var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (string name in new[] { "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml" })
                    using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write("<x/>");
            }
            byte[] workbook = stream.ToArray();
            Assert.False(Reader.Recognizes(workbook));
            Assert.Contains("no Word document part", RefusedWith(workbook, "data.xlsx", ReadDiagnosticIds.UnsupportedInput).Message);
        }

        [Fact]
        public void RTF_is_recognised_and_refused_with_advice_to_convert()
        {
            byte[] rtf = Encoding.ASCII.GetBytes("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}} \\f0 \\'d2\\'bb\\par}");
            Assert.True(Reader.Recognizes(rtf));
            Assert.Contains("Rich Text Format", RefusedWith(rtf, "report.doc", ReadDiagnosticIds.UnsupportedInput).Message);
        }

        [Theory]
        [InlineData("<html><body><table><tr><td>1</td></tr></table></body></html>")]
        [InlineData("一、总体情况\n本年度…")]
        [InlineData("%PDF-1.7\n")]
        [InlineData("")]
        public void Other_inputs_are_not_claimed_and_read_to_a_note(string text)
        {
            byte[] content = Encoding.UTF8.GetBytes(text);
            Assert.False(Reader.Recognizes(content));
            Assert.Contains("not a Word document", RefusedWith(content, "file.docx", ReadDiagnosticIds.UnsupportedInput).Message);
        }

        [Fact]
        public void Null_content_neither_throws_nor_is_claimed()
        {
            Assert.False(Reader.Recognizes(null!));
            RefusedWith(null!, null, ReadDiagnosticIds.UnsupportedInput);
        }

        [Fact]
        public void A_document_part_that_breaks_off_keeps_what_came_before_the_damage()
        {
            var builder = new DocxBuilder(P("一、总体情况") + Table(Row(Cells("规章", "3"))) + P("二、主动公开政府信息情况"));
            string xml = builder.DocumentXml;
            string broken = xml.Substring(0, xml.IndexOf("二、主动公开", StringComparison.Ordinal)) + "<w:t>未闭合";
            Document document = Read(builder.BuildWithDocumentXml(broken));
            Assert.Equal("一、总体情况", Texts(document)[0].Text);
            Assert.Equal(new[] { "规章", "3" }, SingleTable(document).RowTexts(0));
            DocumentNote note = SingleNote(document, ReadDiagnosticIds.DamagedInput);
            Assert.Equal(FindingSeverity.Warning, note.Severity);
            Assert.Contains("word/document.xml", note.Message);
        }

        [Fact]
        public void A_document_part_that_is_not_XML_at_all_is_unreadable()
        {
            byte[] docx = new DocxBuilder("").BuildWithDocumentXml("this is not xml");
            RefusedWith(docx, "report.docx", ReadDiagnosticIds.UnreadableDocument);
        }

        [Fact]
        public void A_damaged_numbering_part_is_noted_and_the_text_still_read()
        {
            byte[] docx = new DocxBuilder(P(NumPr(1, 0), R("总体情况"))) { Numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl" }.Build();
            Document document = Read(docx);
            Assert.Equal("总体情况", Assert.Single(Texts(document)).Text);
            Assert.Contains("numbering", SingleNote(document, ReadDiagnosticIds.DamagedInput).Message);
        }

        [Fact]
        public void A_DTD_is_refused_so_entities_never_expand()
        {
            string laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<w:document" + DocxBuilder.Namespaces + "><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>";
            RefusedWith(new DocxBuilder("").BuildWithDocumentXml(laughs), "report.docx", ReadDiagnosticIds.UnreadableDocument);
        }

        /// <summary>Sets general purpose flag bit 0 (encrypted) on an entry, in its local header and its central directory record.</summary>
        internal static void SetEncryptedFlag(byte[] zip, string entryName)
        {
            byte[] name = Encoding.ASCII.GetBytes(entryName);
            int patched = 0;
            for (int at = 0; at + 46 + name.Length <= zip.Length; at++)
            {
                uint signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
                int nameOffset = signature == 0x04034b50 ? 30 : signature == 0x02014b50 ? 46 : -1;
                if (nameOffset < 0 || !zip.AsSpan(at + nameOffset, name.Length).SequenceEqual(name)) continue;
                int flags = at + (signature == 0x04034b50 ? 6 : 8);
                zip[flags] |= 1;
                patched++;
            }
            Assert.Equal(2, patched);
        }
    }
}
