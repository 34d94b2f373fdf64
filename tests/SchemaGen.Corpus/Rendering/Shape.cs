using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Writers;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Rendering
{
    /// <summary>
    /// One published shape of a report: a name (text/pipe, html/word-pasted-gbk), the kind of input it is for a reader, the
    /// file extension it carries, and the writer (with its options) that produces it.
    /// </summary>
    public sealed class Shape
    {
        public Shape(string name, DocumentKind kind, string extension, string description, ReportWriter writer, bool isReadable = true, TextStyle? wording = null)
        {
            Wording = wording ?? TextStyle.Official;
            Name = name;
            Kind = kind;
            Extension = extension;
            Description = description;
            Writer = writer;
            IsReadable = isReadable;
        }

        public string Name { get; }
        public DocumentKind Kind { get; }

        /// <summary>With its dot: ".txt", ".html", ".docx".</summary>
        public string Extension { get; }

        public string Description { get; }
        public ReportWriter Writer { get; }

        /// <summary>How its labels are worded before the writer adds its own conventions (aliases, real-world heading variants).</summary>
        public TextStyle Wording { get; }

        /// <summary>False for inputs a reader must refuse with a diagnostic (legacy .doc and .wps): nothing in them is to be read.</summary>
        public bool IsReadable { get; }

        public override string ToString() => Name;
    }
}
