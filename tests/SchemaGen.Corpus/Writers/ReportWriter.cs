using System;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>Everything a writer may draw on: the laid-out report, the same as a runtime document, the figures it shows, and its own random stream.</summary>
    public sealed class WriteContext
    {
        private readonly Lazy<Document> _document;

        public WriteContext(ReportLayout layout, Func<Document> document, ReportFigures figures, ReportIdentity identity, SeededRandom random)
        {
            Layout = layout;
            _document = new Lazy<Document>(document);
            Figures = figures;
            Identity = identity;
            Random = random;
        }

        public ReportLayout Layout { get; }

        /// <summary>The report as the runtime's document model (a PDF writer's input); built on first use only.</summary>
        public Document Document => _document.Value;

        public ReportFigures Figures { get; }
        public ReportIdentity Identity { get; }
        public SeededRandom Random { get; }
    }

    /// <summary>A written report: its bytes, its text when it is text (decoded, for text and HTML), and the character encoding used.</summary>
    public sealed record WrittenReport(byte[] Content, string? Text, string? EncodingName)
    {
        public static WrittenReport Utf8(string text) => new WrittenReport(new UTF8Encoding(false).GetBytes(text), text, "utf-8");
    }

    /// <summary>
    /// Turns a laid-out report into the bytes of one published shape. A writer may ask for its own layout (Word and PDF
    /// wrap narrow headers) and may change how figures appear before layout (a page that leaves zero cells empty): the
    /// figures a writer shows are the figures a reader must find.
    /// </summary>
    public abstract class ReportWriter
    {
        /// <summary>The layout this shape prints (by default the one it is given).</summary>
        public virtual LayoutOptions Layout(LayoutOptions layout, SeededRandom random) => layout;

        /// <summary>The figures as this shape shows them (by default unchanged).</summary>
        public virtual ReportFigures Shown(ReportFigures figures, SeededRandom random) => figures;

        public abstract WrittenReport Write(WriteContext context);
    }
}
