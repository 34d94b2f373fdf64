using System.Collections.Generic;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Corpus.Writers;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>
    /// PDF shapes of the corpus: the report's <see cref="WriteContext.Document"/> drawn by <see cref="PdfReportWriter"/>
    /// in the layouts agencies' PDFs take. Render them like any shape: <c>Corpus.Render(format, seed, PdfShapes.Ruled)</c>.
    /// </summary>
    public static class PdfShapes
    {
        public static Shape Ruled { get; } = Pdf("pdf/ruled", "Word-style table borders as stroked lines, vertical group labels, running header and 第 N 页 footer", new PdfLayoutOptions());

        public static Shape RuledBarsPageBreak { get; } = Pdf("pdf/ruled-bars-page-break", "browser-style borders as filled bars, table 三 cut by a page break, - N - footer",
            new PdfLayoutOptions { BordersAsFilledBars = true, BreakTableBeforeBodyRow = 8, PageNumbers = PageNumberStyle.Dashed });

        public static Shape RuledRepeatedHeader { get; } = Pdf("pdf/ruled-repeated-header", "table 三 cut by a page break with its header repeated, narrow label columns, N/M footer",
            new PdfLayoutOptions { BreakTableBeforeBodyRow = 6, RepeatTableHeader = true, MaxLabelColumnWidthInEms = 6, PageNumbers = PageNumberStyle.Fraction });

        public static Shape Stream { get; } = Pdf("pdf/stream", "tables without ruling lines (text alignment only), vertical group labels",
            new PdfLayoutOptions { RuledTables = false });

        public static Shape LandscapeTurned { get; } = Pdf("pdf/landscape-turned", "landscape pages stored turned a quarter (text runs up the page)",
            new PdfLayoutOptions { LandscapeTurned = true, MaxLabelColumnWidthInEms = 14 });

        public static IReadOnlyList<Shape> All { get; } = new[] { Ruled, RuledBarsPageBreak, RuledRepeatedHeader, Stream, LandscapeTurned };

        private static Shape Pdf(string name, string description, PdfLayoutOptions options) => new Shape(name, DocumentKind.Pdf, ".pdf", description, new PdfShapeWriter(options));
    }

    /// <summary>Writes a corpus report as a PDF in one layout.</summary>
    public sealed class PdfShapeWriter : ReportWriter
    {
        private readonly PdfLayoutOptions _options;

        public PdfShapeWriter(PdfLayoutOptions options) => _options = options;

        public override WrittenReport Write(WriteContext context) => new WrittenReport(PdfReportWriter.Write(context.Document, _options), null, null);
    }
}
