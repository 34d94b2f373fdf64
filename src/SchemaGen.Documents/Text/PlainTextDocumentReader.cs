using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Text
{
    /// <summary>
    /// Reads a plain-text report (.txt, .text, .md): decodes it (<see cref="TextDecoder"/>: byte-order mark, then
    /// UTF-8, GB18030 or what the detector finds) and lays it out with <see cref="TextDocument.Parse"/>, one block per
    /// line. A file cut in the middle of a character is read up to the damage; a binary file gives an empty document
    /// and SG3050. CSV is not taken: its rows would reach the parsers as lines of comma-joined cells.
    /// </summary>
    public sealed class PlainTextDocumentReader : IDocumentReader
    {
        private static readonly string[] FileExtensions = { ".txt", ".text", ".md" };

        public DocumentKind Kind => DocumentKind.Text;

        public IReadOnlyList<string> Extensions => FileExtensions;

        /// <summary>
        /// Text has no signature of its own: content is taken for plain text when it decodes as text (a byte-order mark,
        /// or no binary bytes and valid UTF-8 or GB18030 in its first 8 KB) and is not markup, which the HTML reader takes.
        /// </summary>
        public bool Recognizes(byte[] content)
        {
            if (content is null || content.Length == 0 || HtmlSignature.IsMarkup(content)) return false;
            ReadOnlySpan<byte> sample = content.AsSpan(0, Math.Min(content.Length, BinaryContent.SampleLength));
            if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF))) return true;
            if (BinaryContent.IsBinary(sample, out _)) return false;
            // The sample may end inside a character: a cut-off tail is not evidence against either encoding.
            return Utf8Evidence.Of(sample).IsValidUpToTail || DecodingAttempt.Run(EncodingLabels.Resolve("gb18030")!, sample).Fits;
        }

        public Document Read(byte[] content, string? sourceName, CancellationToken cancellationToken = default)
        {
            try
            {
                DecodedText decoded = TextDecoder.Decode(content, utf8ByDefault: true);
                if (!decoded.IsText) return Document.Empty(DocumentKind.Text, sourceName, decoded.Notes.ToArray());
                cancellationToken.ThrowIfCancellationRequested();
                Document document = TextDocument.Parse(decoded.Text, sourceName);
                return new Document(DocumentKind.Text, sourceName, document.Blocks, decoded.Notes.Concat(document.Notes).ToList());
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                return Document.Empty(DocumentKind.Text, sourceName, new DocumentNote(ReadDiagnosticIds.ReaderFailure, FindingSeverity.Error,
                    "the text reader stopped: " + ex.GetType().Name + ": " + ex.Message, SourceLocation.None));
            }
        }
    }
}
