using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Documents;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Cli.Checking
{
    /// <summary>How an input will be read: its kind, and the reader of that kind (null when this build has none).</summary>
    public readonly record struct InputChoice(DocumentKind? Kind, IDocumentReader? Reader);

    /// <summary>
    /// The readers the checker reads inputs with: the library's registry (<see cref="DocumentReaders.All"/>), plus
    /// <see cref="TextFallbackReader"/> while the registry has no reader of plain text. Also knows the usual extensions
    /// of the kinds a build may lack a reader for, so that such a file is refused as what it is (SG3050, "a PDF; this
    /// build has no PDF reader") instead of being read as text or skipped without a word.
    /// </summary>
    public sealed class InputReaders
    {
        private static readonly (DocumentKind Kind, string[] Extensions)[] UsualExtensions =
        {
            (DocumentKind.Text, new[] { ".txt" }),
            (DocumentKind.Html, new[] { ".html", ".htm", ".shtml", ".xhtml" }),
            (DocumentKind.Word, new[] { ".docx", ".doc" }),
            (DocumentKind.Pdf, new[] { ".pdf" }),
        };

        public InputReaders(IReadOnlyList<IDocumentReader> registered)
        {
            Readers = DocumentReaders.OfKind(registered, DocumentKind.Text) is null
                ? registered.Append(new TextFallbackReader()).ToArray()
                : registered.ToArray();
        }

        public static InputReaders Default { get; } = new(DocumentReaders.All);

        /// <summary>The readers in sniffing order (see <see cref="DocumentReaders.Choose(IReadOnlyList{IDocumentReader}, byte[], string?)"/>).</summary>
        public IReadOnlyList<IDocumentReader> Readers { get; }

        /// <summary>The kind a file name says, by a reader's extensions or else the kind's usual ones; null for any other name.</summary>
        public DocumentKind? KindOfFileName(string path)
        {
            IDocumentReader? reader = DocumentReaders.ForFileName(Readers, path);
            if (reader is not null) return reader.Kind;
            string extension = DocumentReaders.Extension(path);
            foreach (var (kind, extensions) in UsualExtensions)
                if (Array.IndexOf(extensions, extension) >= 0) return kind;
            return null;
        }

        /// <summary>
        /// The reader for an input: the forced kind's; else by content, then by extension, then as text (see
        /// <see cref="DocumentReaders.Choose(IReadOnlyList{IDocumentReader}, byte[], string?)"/>), except that a name of a
        /// kind this build has no reader for (page.html without an HTML reader) is that kind, unread, and not text.
        /// </summary>
        public InputChoice Choose(byte[] content, string path, DocumentKind? forced)
        {
            if (forced is DocumentKind kind) return new InputChoice(kind, DocumentReaders.OfKind(Readers, kind));
            IDocumentReader? reader = DocumentReaders.BySignature(Readers, content) ?? DocumentReaders.ForFileName(Readers, path);
            if (reader is not null) return new InputChoice(reader.Kind, reader);
            if (KindOfFileName(path) is DocumentKind named) return new InputChoice(named, null);
            reader = DocumentReaders.AsText(Readers, content);
            return new InputChoice(reader?.Kind, reader);
        }

        /// <summary>Why an input whose kind has no reader, or no known kind, is not read.</summary>
        public string NotSupported(InputChoice choice, string path) => choice.Kind is DocumentKind kind
            ? $"is {Describe(kind)}, and this build of schemagen has no reader for {Plural(kind)}; nothing was read"
            : $"is of no kind schemagen reads: neither its content nor its extension ({(DocumentReaders.Extension(path) is { Length: > 0 } e ? e : "none")}) is of a kind schemagen reads ({string.Join(", ", Readers.Select(r => Plural(r.Kind)))}); nothing was read";

        /// <summary>text, html, word, pdf: the word used by --input-format, JSON and SARIF.</summary>
        public static string Word(DocumentKind kind) => kind.ToString().ToLowerInvariant();

        public static DocumentKind? ParseWord(string? word) => word switch
        {
            "text" => DocumentKind.Text,
            "html" => DocumentKind.Html,
            "word" => DocumentKind.Word,
            "pdf" => DocumentKind.Pdf,
            _ => null,
        };

        private static string Describe(DocumentKind kind) => kind switch
        {
            DocumentKind.Html => "a web page",
            DocumentKind.Word => "a Word document",
            DocumentKind.Pdf => "a PDF",
            _ => "plain text",
        };

        private static string Plural(DocumentKind kind) => kind switch
        {
            DocumentKind.Html => "web pages",
            DocumentKind.Word => "Word documents",
            DocumentKind.Pdf => "PDFs",
            _ => "plain text",
        };
    }
}
