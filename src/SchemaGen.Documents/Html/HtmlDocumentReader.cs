using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SchemaGen.Documents.Text;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Document = SchemaGen.Runtime.Documents.Document;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Reads a web page (.html, .htm, .shtml, .xhtml) into a <see cref="Document"/>: the encoding from the byte-order
    /// mark, the page's <c>&lt;meta&gt;</c> or detection (<see cref="TextDecoder"/>); the markup parsed by AngleSharp as
    /// a browser would; site chrome left out (<see cref="PageChrome"/>, <see cref="MainContent"/>); layout tables read
    /// through to the data tables inside them (<see cref="LayoutTables"/>); each remaining paragraph a
    /// <see cref="TextBlock"/> and each data table a <see cref="TableBlock"/> whose grid follows the HTML table model.
    /// Every block and cell carries the line and column of its start tag and its element path.
    /// </summary>
    /// <remarks>
    /// Never throws on any input (a cancelled read throws <see cref="OperationCanceledException"/>, as .NET does):
    /// what it cannot read or leaves out is said in the document's notes. Hostile pages are bounded by
    /// <see cref="MarkupGuard"/> and the table grid's slot limit.
    /// </remarks>
    public sealed class HtmlDocumentReader : IDocumentReader
    {
        private static readonly string[] FileExtensions = { ".html", ".htm", ".shtml", ".xhtml" };

        public DocumentKind Kind => DocumentKind.Html;

        public IReadOnlyList<string> Extensions => FileExtensions;

        /// <summary>Markup by content: a doctype or an html, head, body, table, meta or title tag first, after a byte-order mark, whitespace and comments.</summary>
        public bool Recognizes(byte[] content) => content is not null && HtmlSignature.IsMarkup(content);

        public Document Read(byte[] content, string? sourceName, CancellationToken cancellationToken = default)
        {
            try
            {
                byte[] bytes = content ?? Array.Empty<byte>();
                DecodedText decoded = TextDecoder.Decode(bytes, HtmlCharsetPrescan.Find(bytes));
                if (!decoded.IsText) return Document.Empty(DocumentKind.Html, sourceName, decoded.Notes.ToArray());
                cancellationToken.ThrowIfCancellationRequested();
                return ReadMarkupCore(decoded.Text, sourceName, decoded.Notes, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                return Failure(sourceName, ex);
            }
        }

        /// <summary>Reads markup that is already text (a page decoded by an HTTP client, a page rendered in memory).</summary>
        public Document ReadMarkup(string html, string? sourceName = null, CancellationToken cancellationToken = default)
        {
            try
            {
                return ReadMarkupCore(html ?? "", sourceName, Array.Empty<DocumentNote>(), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                return Failure(sourceName, ex);
            }
        }

        private static Document ReadMarkupCore(string html, string? sourceName, IReadOnlyList<DocumentNote> decodingNotes, CancellationToken cancellationToken)
        {
            var notes = new List<DocumentNote>(decodingNotes);
            GuardedMarkup guarded = MarkupGuard.Apply(html);
            notes.AddRange(GuardNotes(guarded, html));
            cancellationToken.ThrowIfCancellationRequested();

            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, SkipComments = true });
            using IHtmlDocument page = parser.ParseDocument(guarded.Html);
            cancellationToken.ThrowIfCancellationRequested();
            IElement? body = page.Body;
            if (body is null || body.LocalName != "body")
            {
                notes.Add(new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning,
                    "the page is a frameset: its content is in the pages of its frames, which are not read", SourceLocation.None));
                return new Document(DocumentKind.Html, sourceName, Array.Empty<Block>(), notes);
            }

            PageStatistics statistics = PageStatistics.Of(body);
            PageChrome chrome = PageChrome.Find(body, statistics);
            var walker = new HtmlBlockWalker(statistics, chrome, notes);
            walker.Walk(body);
            cancellationToken.ThrowIfCancellationRequested();

            IElement? container = MainContent.Find(walker.Blocks, body);
            List<WalkedBlock> kept = MainContent.Keep(walker.Blocks, container, statistics, out int droppedOutside);
            DocumentNote? chromeNote = ChromeNote(chrome, droppedOutside);
            if (chromeNote is not null) notes.Add(chromeNote);
            DocumentNote? imageNote = ImageNote(walker.Images, container);
            if (imageNote is not null) notes.Add(imageNote);
            return new Document(DocumentKind.Html, sourceName, kept.Select(b => b.Block).ToList(), notes);
        }

        private static IEnumerable<DocumentNote> GuardNotes(GuardedMarkup guarded, string html)
        {
            if (guarded.FlattenedTags > 0)
                yield return Skipped(FindingSeverity.Info, string.Format(CultureInfo.InvariantCulture,
                    "{0:N0} tags nested deeper than {1} levels were ignored; their text is read", guarded.FlattenedTags, MarkupGuard.MaxDepth));
            if (guarded.DroppedFormattingTags > 0)
                yield return Skipped(FindingSeverity.Info, string.Format(CultureInfo.InvariantCulture,
                    "{0:N0} formatting tags (b, font, span-like) opened while {1} were already open were ignored; their text is read", guarded.DroppedFormattingTags, MarkupGuard.MaxOpenFormatting));
            if (guarded.DroppedAttributes > 0)
                yield return Skipped(FindingSeverity.Info, string.Format(CultureInfo.InvariantCulture,
                    "{0:N0} attributes past the {1}th of a tag were ignored", guarded.DroppedAttributes, MarkupGuard.MaxAttributes));
            if (guarded.CutAt >= 0)
            {
                SourceLocation at = TextDocument.LocationAt(html, guarded.CutAt);
                yield return new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning, string.Format(CultureInfo.InvariantCulture,
                    "the page has more than {0:N0} elements: it was read up to line {1}, column {2}, and the rest is left out", MarkupGuard.MaxElements, at.Line, at.Column), at);
            }
        }

        private static DocumentNote? ChromeNote(PageChrome chrome, int droppedOutside)
        {
            var parts = new List<string>();
            if (chrome.ChromeElements > 0) parts.Add(Count(chrome.ChromeElements, "navigation, header, footer or toolbar element"));
            if (chrome.HiddenElements > 0) parts.Add(Count(chrome.HiddenElements, "hidden element"));
            if (droppedOutside > 0) parts.Add(Count(droppedOutside, "block") + " of links or site notices outside the main content");
            if (parts.Count == 0) return null;
            return Skipped(FindingSeverity.Info, "left out as site chrome, not report content: " + string.Join(", ", parts));
        }

        private static DocumentNote? ImageNote(IReadOnlyList<(IElement Element, ElementPath Path)> images, IElement? container)
        {
            var inContent = images.Where(i => container is null || container.Contains(i.Element)).ToList();
            if (inContent.Count == 0) return null;
            (IElement first, ElementPath path) = inContent[0];
            return new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Info,
                Count(inContent.Count, "image") + " in the content " + (inContent.Count == 1 ? "is" : "are") + " not read: figures drawn in an image are not seen",
                ElementPaths.Locate(first, path));
        }

        private static Document Failure(string? sourceName, Exception ex)
            => Document.Empty(DocumentKind.Html, sourceName, new DocumentNote(ReadDiagnosticIds.ReaderFailure, FindingSeverity.Error,
                "the HTML reader stopped: " + ex.GetType().Name + ": " + ex.Message, SourceLocation.None));

        private static DocumentNote Skipped(FindingSeverity severity, string message) => new DocumentNote(ReadDiagnosticIds.ContentSkipped, severity, message, SourceLocation.None);

        private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
    }
}
