using System.Collections.Generic;
using System.Threading;

namespace SchemaGen.Runtime.Documents
{
    /// <summary>
    /// Turns one kind of input into a <see cref="Document"/>. Knows nothing of any schema. Never throws: what it cannot
    /// read becomes a <see cref="DocumentNote"/> (an unsupported or damaged input gives an empty document and a note saying why).
    /// </summary>
    public interface IDocumentReader
    {
        DocumentKind Kind { get; }

        /// <summary>File extensions, lower-case with the dot (".html"), this reader takes when the content itself does not tell.</summary>
        IReadOnlyList<string> Extensions { get; }

        /// <summary>Whether the content is this reader's kind by its own signature (<c>%PDF-</c>, a zip holding <c>word/document.xml</c>, markup).</summary>
        bool Recognizes(byte[] content);

        /// <param name="content">The whole input.</param>
        /// <param name="sourceName">The file name or address, for messages.</param>
        Document Read(byte[] content, string? sourceName, CancellationToken cancellationToken = default);
    }
}
