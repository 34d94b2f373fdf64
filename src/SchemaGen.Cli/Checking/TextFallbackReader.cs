using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Checking
{
    /// <summary>
    /// Plain-text reports for as long as <see cref="SchemaGen.Documents.DocumentReaders"/> registers no reader of text:
    /// the checker's own decoding (UTF-8 with or without BOM, UTF-16 by its BOM, else GB18030, of which GB2312 and GBK
    /// are subsets), then <see cref="TextDocument.Parse"/>. Once the library's plain-text reader is registered it takes
    /// over and this one is no longer used (see <see cref="InputReaders"/>).
    /// </summary>
    public sealed class TextFallbackReader : IDocumentReader
    {
        private static readonly string[] TextExtensions = { ".txt" };

        static TextFallbackReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public DocumentKind Kind => DocumentKind.Text;

        public IReadOnlyList<string> Extensions => TextExtensions;

        public bool Recognizes(byte[] content) => content is not null && TryDecode(content, out _, out _);

        /// <summary>The text as a document, or an empty document with SG3050 when the bytes are not text.</summary>
        public Document Read(byte[] content, string? sourceName, CancellationToken cancellationToken = default)
        {
            if (!TryDecode(content ?? Array.Empty<byte>(), out string text, out string? problem))
                return Document.Empty(DocumentKind.Text, sourceName, new DocumentNote(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error, problem!, SourceLocation.None));
            cancellationToken.ThrowIfCancellationRequested();
            return TextDocument.Parse(text, sourceName);
        }

        /// <summary>
        /// Decodes a report's bytes. Published reports come as UTF-8 (with or without BOM), sometimes UTF-16 or GB18030;
        /// anything with NUL bytes is not a text report.
        /// </summary>
        public static bool TryDecode(byte[] bytes, out string text, out string? problem)
        {
            text = "";
            problem = null;
            if (HasBom(bytes, 0xEF, 0xBB, 0xBF)) { text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3); return true; }
            if (HasBom(bytes, 0xFF, 0xFE)) { text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2); return true; }
            if (HasBom(bytes, 0xFE, 0xFF)) { text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2); return true; }
            if (Array.IndexOf(bytes, (byte)0) >= 0) { problem = "not a text file (it holds NUL bytes)"; return false; }
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: Chinese pages saved from older sites are GB2312/GBK, both subsets of GB18030.
                try
                {
                    text = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                    problem = "not a text file (neither UTF-8 nor GB18030)";
                    return false;
                }
            }
        }

        private static bool HasBom(byte[] bytes, params byte[] bom)
        {
            if (bytes.Length < bom.Length) return false;
            for (int i = 0; i < bom.Length; i++)
                if (bytes[i] != bom[i]) return false;
            return true;
        }
    }
}
