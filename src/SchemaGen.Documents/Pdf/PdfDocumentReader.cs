using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// Reads a PDF's text layer into a <see cref="Document"/>: paragraphs, and tables rebuilt from ruling lines
    /// (lattice) or from the alignment of their text (stream), continued across page breaks, with page headers,
    /// footers and page numbers removed. Every table cell carries its page and box. Pages without text (scans) are
    /// reported, not read (no OCR). Never throws.
    /// </summary>
    public sealed class PdfDocumentReader : IDocumentReader
    {
        /// <summary>Pages past this are not read (and the document says so); a report has a few dozen.</summary>
        public const int MaxPages = 1000;

        private static readonly IReadOnlyList<string> PdfExtensions = new[] { ".pdf" };

        public DocumentKind Kind => DocumentKind.Pdf;

        public IReadOnlyList<string> Extensions => PdfExtensions;

        /// <summary>A PDF starts with <c>%PDF-</c>; readers accept it anywhere in the first kilobyte (after junk a server prepended).</summary>
        public bool Recognizes(byte[] content)
        {
            if (content is null) return false;
            int end = Math.Min(content.Length, 1024) - 5;
            for (int i = 0; i <= end; i++)
                if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F' && content[i + 4] == '-') return true;
            return false;
        }

        public Document Read(byte[] content, string? sourceName, CancellationToken cancellationToken = default)
        {
            try
            {
                return ReadDocument(content ?? Array.Empty<byte>(), sourceName, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return Document.Empty(DocumentKind.Pdf, sourceName, Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning, "reading was cancelled; nothing is read"));
            }
            catch (Exception exception)
            {
                return Document.Empty(DocumentKind.Pdf, sourceName, Note(ReadDiagnosticIds.ReaderFailure, FindingSeverity.Error, "the PDF reader stopped: " + exception.GetType().Name + ": " + exception.Message));
            }
        }

        private static Document ReadDocument(byte[] content, string? sourceName, CancellationToken cancellationToken)
        {
            var notes = new List<DocumentNote>();
            PdfDocument pdf;
            try
            {
                pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            }
            catch (PdfDocumentEncryptedException)
            {
                return Document.Empty(DocumentKind.Pdf, sourceName, Note(ReadDiagnosticIds.EncryptedInput, FindingSeverity.Error, "the PDF is encrypted with a password; its text cannot be read"));
            }
            catch (Exception exception)
            {
                return Document.Empty(DocumentKind.Pdf, sourceName, Note(ReadDiagnosticIds.UnreadableDocument, FindingSeverity.Error, "the PDF cannot be opened: " + exception.Message));
            }
            using (pdf)
            {
                if (pdf.IsEncrypted && !CanReadFirstPage(pdf))
                    return Document.Empty(DocumentKind.Pdf, sourceName, Note(ReadDiagnosticIds.EncryptedInput, FindingSeverity.Error, "the PDF is encrypted; its text cannot be read"));
                List<PageContent> pages = ReadPages(pdf, notes, cancellationToken);
                var blocks = PageReading.Read(pages, notes, cancellationToken);
                return new Document(DocumentKind.Pdf, sourceName, blocks, notes);
            }
        }

        private static bool CanReadFirstPage(PdfDocument pdf)
        {
            try
            {
                _ = pdf.GetPage(1).Letters;
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private static List<PageContent> ReadPages(PdfDocument pdf, List<DocumentNote> notes, CancellationToken cancellationToken)
        {
            var pages = new List<PageContent>();
            int count;
            try { count = pdf.NumberOfPages; }
            catch (Exception exception)
            {
                notes.Add(Note(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning, "the page tree cannot be read: " + exception.Message));
                return pages;
            }
            if (count > MaxPages)
                notes.Add(Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning, string.Format(CultureInfo.InvariantCulture, "the PDF has {0} pages; only the first {1} are read", count, MaxPages)));
            int withText = 0, scans = 0;
            for (int number = 1; number <= Math.Min(count, MaxPages); number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                PageContent content;
                try
                {
                    Page page = pdf.GetPage(number);
                    content = PageContentExtractor.Extract(page);
                }
                catch (PdfDocumentEncryptedException)
                {
                    notes.Add(Note(ReadDiagnosticIds.EncryptedInput, FindingSeverity.Error, "the PDF is encrypted; page text cannot be read", number));
                    continue;
                }
                catch (Exception exception)
                {
                    notes.Add(Note(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning, "the page cannot be read: " + exception.Message, number));
                    continue;
                }
                pages.Add(content);
                if (content.LetterCount > 0) withText++;
                else if (content.ImageCount > 0)
                {
                    scans++;
                    notes.Add(Note(ReadDiagnosticIds.NoTextLayer, FindingSeverity.Warning, "the page holds images but no text: it is a scan, and SchemaGen does not run OCR", number));
                }
                if (content.SkippedLetters > 0)
                    notes.Add(Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Info, string.Format(CultureInfo.InvariantCulture, "{0} letters printed at an angle (not a quarter turn) or past the page's letter limit are not read", content.SkippedLetters), number));
                if (content.RulesSkipped)
                    notes.Add(Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Info, "the page draws too many lines for table borders; its tables are read from text alignment only", number));
            }
            if (withText == 0 && scans == 0 && pages.Count > 0)
                notes.Add(Note(ReadDiagnosticIds.NoTextLayer, FindingSeverity.Warning, "the PDF has no text layer; nothing is read"));
            return pages;
        }

        internal static DocumentNote Note(string id, FindingSeverity severity, string message, int page = 0)
            => new DocumentNote(id, severity, message, page > 0 ? SourceLocation.OnPage(page) : SourceLocation.None);
    }
}
