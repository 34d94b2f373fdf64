namespace SchemaGen.Corpus.Pdf
{
    /// <summary>How page numbers are printed in the footer.</summary>
    public enum PageNumberStyle
    {
        /// <summary>第 3 页 共 12 页</summary>
        ChineseOfTotal,
        /// <summary>- 3 -</summary>
        Dashed,
        /// <summary>3/12</summary>
        Fraction,
    }

    /// <summary>How <see cref="PdfReportWriter"/> lays a document out: the shapes agencies' PDFs take.</summary>
    public sealed record PdfLayoutOptions
    {
        /// <summary>Tables drawn with ruling lines (lattice, as Word prints them) or without (stream).</summary>
        public bool RuledTables { get; init; } = true;

        /// <summary>Borders as stroked lines (Word) or as thin filled bars (browsers).</summary>
        public bool BordersAsFilledBars { get; init; }

        /// <summary>Row labels in a spanning left column (三、本年度办理结果, （三）不予公开) printed one character per line.</summary>
        public bool VerticalSpanningLabels { get; init; } = true;

        /// <summary>The widest a label column may be, in ems; longer labels wrap onto more lines.</summary>
        public double MaxLabelColumnWidthInEms { get; init; } = 9;

        /// <summary>A table's header rows printed again at the top of each page it continues on.</summary>
        public bool RepeatTableHeader { get; init; }

        /// <summary>Force a page break in the first table with more body rows than this, before that body row (0-based); null: break only where the page is full.</summary>
        public int? BreakTableBeforeBodyRow { get; init; }

        /// <summary>A running header printed at the top of every page (null: none).</summary>
        public string? RunningHeader { get; init; } = "政府信息公开工作年度报告";

        /// <summary>Page numbers in the footer (null: none).</summary>
        public PageNumberStyle? PageNumbers { get; init; } = PageNumberStyle.ChineseOfTotal;

        /// <summary>
        /// Landscape pages stored as portrait pages turned a quarter (portrait media box, <c>/Rotate 90</c>, the drawing
        /// turned), as some producers print a wide table: the text runs up the page in PDF coordinates.
        /// </summary>
        public bool LandscapeTurned { get; init; }

        public double FontSize { get; init; } = 10.5;

        public double PageWidth { get; init; } = 595.28;

        public double PageHeight { get; init; } = 841.89;

        public double Margin { get; init; } = 64;
    }
}
