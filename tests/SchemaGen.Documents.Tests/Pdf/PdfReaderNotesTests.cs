using System;
using System.Linq;
using System.Text;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Documents.Pdf;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using UglyToad.PdfPig;
using Xunit;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>What the reader says instead of reading: scans, encrypted files, damaged and foreign bytes. It never throws.</summary>
    public sealed class PdfReaderNotesTests
    {
        private static readonly PdfDocumentReader Reader = new PdfDocumentReader();

        [Fact]
        public void A_scanned_pdf_gives_one_no_text_note_per_page_and_no_blocks()
        {
            Document document = Reader.Read(PdfSpecimens.ScannedPages(3), "scan.pdf");
            Assert.Empty(document.Blocks);
            var notes = document.Notes.Where(n => n.Id == ReadDiagnosticIds.NoTextLayer).ToList();
            Assert.Equal(new[] { 1, 2, 3 }, notes.Select(n => n.Location.Page));
        }

        [Fact]
        public void The_checked_in_scan_fixture_is_a_scan()
        {
            Document document = Reader.Read(System.IO.File.ReadAllBytes(Fixture("scanned.pdf")), "scanned.pdf");
            Assert.Empty(document.Blocks);
            Assert.Contains(document.Notes, n => n.Id == ReadDiagnosticIds.NoTextLayer && n.Location.Page == 1);
        }

        [Fact]
        public void A_page_of_text_among_scanned_pages_is_read_and_only_the_scans_are_noted()
        {
            // A report whose table pages were scanned and pasted in: the text page is read, the scans are named.
            byte[] text = PdfReportWriter.Write(ReportTableShapes.Report(), new PdfLayoutOptions { RunningHeader = null, PageNumbers = null });
            Assert.Contains(Reader.Read(text, null).Blocks.OfType<TextBlock>(), t => t.Text.Contains("存在的主要问题", StringComparison.Ordinal));
            Document scans = Reader.Read(PdfSpecimens.ScannedPages(2), null);
            Assert.All(scans.Notes, n => Assert.Equal(ReadDiagnosticIds.NoTextLayer, n.Id));
        }

        [Fact]
        public void An_encrypted_pdf_is_refused_with_an_encryption_note()
        {
            byte[] pdf = PdfSpecimens.PasswordProtected(ReportTableShapes.Report(ReportTableShapes.Table3((r, c) => "1")), "secret");
            Document document = Reader.Read(pdf, "locked.pdf");
            Assert.Empty(document.Blocks);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal(ReadDiagnosticIds.EncryptedInput, note.Id);

            // It is a real encryption, not junk: with the password the text is there.
            using PdfDocument opened = PdfDocument.Open(pdf, new ParsingOptions { Password = "secret" });
            Assert.Contains("本年度办理结果", string.Concat(opened.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
        }

        [Fact]
        public void The_checked_in_encrypted_fixture_is_refused()
        {
            Document document = Reader.Read(System.IO.File.ReadAllBytes(Fixture("encrypted.pdf")), "encrypted.pdf");
            Assert.Empty(document.Blocks);
            Assert.Equal(ReadDiagnosticIds.EncryptedInput, Assert.Single(document.Notes).Id);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(100)]
        [InlineData(1000)]
        [InlineData(5000)]
        public void A_truncated_pdf_gives_a_note_or_what_it_can_read_and_never_throws(int keep)
        {
            byte[] whole = PdfReportWriter.Write(ReportTableShapes.Report(ReportTableShapes.Table3((r, c) => "7")));
            byte[] cut = whole.Take(Math.Min(keep, whole.Length)).ToArray();
            Document document = Reader.Read(cut, "cut.pdf");
            Assert.Equal(DocumentKind.Pdf, document.Kind);
            Assert.True(document.Blocks.Count > 0 || document.Notes.Count > 0, "a cut file is read in part or reported");
            Assert.All(document.Notes, n => Assert.Contains(n.Id, new[] { ReadDiagnosticIds.UnreadableDocument, ReadDiagnosticIds.DamagedInput, ReadDiagnosticIds.NoTextLayer }));
        }

        [Fact]
        public void A_pdf_cut_after_its_first_objects_and_random_bytes_give_notes_and_never_throw()
        {
            var random = new Random(5);
            byte[] whole = PdfReportWriter.Write(ReportTableShapes.Report(ReportTableShapes.Table3((r, c) => "3")));
            for (int i = 0; i < 40; i++)
            {
                byte[] damaged = (byte[])whole.Clone();
                // Overwrite a few spans of bytes anywhere (xref, objects, streams).
                for (int k = 0; k < 3; k++)
                {
                    int at = random.Next(damaged.Length);
                    for (int j = at; j < Math.Min(damaged.Length, at + random.Next(1, 200)); j++) damaged[j] = (byte)random.Next(256);
                }
                Document document = Reader.Read(damaged, "damaged.pdf");
                Assert.Equal(DocumentKind.Pdf, document.Kind);
            }
            var noise = new byte[20_000];
            random.NextBytes(noise);
            Document fromNoise = Reader.Read(noise, "noise.pdf");
            Assert.Empty(fromNoise.Blocks);
            Assert.Equal(ReadDiagnosticIds.UnreadableDocument, Assert.Single(fromNoise.Notes).Id);
            byte[] headerOnly = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");
            Assert.Equal(ReadDiagnosticIds.UnreadableDocument, Assert.Single(Reader.Read(headerOnly, null).Notes).Id);
        }

        [Fact]
        public void Recognizes_pdf_by_its_signature_near_the_start()
        {
            Assert.True(Reader.Recognizes(Encoding.ASCII.GetBytes("%PDF-1.4\n")));
            Assert.True(Reader.Recognizes(Encoding.ASCII.GetBytes("\r\n\r\n%PDF-1.7")));
            Assert.False(Reader.Recognizes(Encoding.ASCII.GetBytes("<html>%PD")));
            Assert.False(Reader.Recognizes(Array.Empty<byte>()));
            Assert.Equal(DocumentKind.Pdf, Reader.Kind);
            Assert.Equal(new[] { ".pdf" }, Reader.Extensions);
        }

        private static string Fixture(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf", file);
    }
}
