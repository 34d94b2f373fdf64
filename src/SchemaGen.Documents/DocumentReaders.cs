using System;
using System.Collections.Generic;
using System.IO;
using SchemaGen.Documents.Html;
using SchemaGen.Documents.Pdf;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents
{
    /// <summary>
    /// The document readers this library has, and how an input is matched to one. Adding a reader is one line in
    /// <see cref="All"/>; nothing else needs to know it exists.
    /// </summary>
    public static class DocumentReaders
    {
        /// <summary>
        /// Every reader, in the order content sniffing asks them. Readers with an exact signature come first (Word's
        /// containers, <c>%PDF-</c>), then markup; a plain-text reader goes last, because text has no signature of its own
        /// and would otherwise claim a page or a PDF that merely decodes as text.
        /// </summary>
        public static IReadOnlyList<IDocumentReader> All { get; } = new IDocumentReader[]
        {
            new WordDocumentReader(),
            new PdfDocumentReader(),
            new HtmlDocumentReader(),
        };

        /// <summary>The registered reader of a kind, or null when this build has none.</summary>
        public static IDocumentReader? OfKind(DocumentKind kind) => OfKind(All, kind);

        public static IDocumentReader? OfKind(IReadOnlyList<IDocumentReader> readers, DocumentKind kind)
        {
            foreach (IDocumentReader reader in readers)
                if (reader.Kind == kind) return reader;
            return null;
        }

        /// <summary>The reader whose <see cref="IDocumentReader.Extensions"/> list the file name's extension (case-insensitive), or null.</summary>
        public static IDocumentReader? ForFileName(IReadOnlyList<IDocumentReader> readers, string? fileName)
        {
            string extension = Extension(fileName);
            if (extension.Length == 0) return null;
            foreach (IDocumentReader reader in readers)
                foreach (string candidate in reader.Extensions)
                    if (string.Equals(candidate, extension, StringComparison.OrdinalIgnoreCase)) return reader;
            return null;
        }

        /// <summary>
        /// The reader for an input: the first reader other than plain text that recognises the content by its signature;
        /// else the reader of the file's extension; else a plain-text reader, when the content reads as text; else null.
        /// Content comes first because files are often misnamed (a .docx saved as .doc, a page saved as .txt).
        /// </summary>
        public static IDocumentReader? Choose(IReadOnlyList<IDocumentReader> readers, byte[] content, string? fileName)
            => BySignature(readers, content) ?? ForFileName(readers, fileName) ?? AsText(readers, content);

        /// <summary>The first reader other than plain text that recognises the content by its own signature (text has none).</summary>
        public static IDocumentReader? BySignature(IReadOnlyList<IDocumentReader> readers, byte[] content)
        {
            if (readers is null) throw new ArgumentNullException(nameof(readers));
            byte[] bytes = content ?? Array.Empty<byte>();
            foreach (IDocumentReader reader in readers)
                if (reader.Kind != DocumentKind.Text && SafelyRecognizes(reader, bytes)) return reader;
            return null;
        }

        /// <summary>The plain-text reader, when there is one and the content reads as text.</summary>
        public static IDocumentReader? AsText(IReadOnlyList<IDocumentReader> readers, byte[] content)
        {
            IDocumentReader? text = OfKind(readers, DocumentKind.Text);
            return text is not null && SafelyRecognizes(text, content ?? Array.Empty<byte>()) ? text : null;
        }

        /// <summary>A reader that fails while looking at content does not recognise it: choosing a reader must not fail on any input.</summary>
        private static bool SafelyRecognizes(IDocumentReader reader, byte[] content)
        {
            try
            {
                return reader.Recognizes(content);
            }
            catch (Exception)
            {
                return false;
            }
        }

        public static IDocumentReader? Choose(byte[] content, string? fileName) => Choose(All, content, fileName);

        /// <summary>".docx" for "a/b/Report.DOCX"; "" when the name has no extension.</summary>
        public static string Extension(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant();
    }
}
