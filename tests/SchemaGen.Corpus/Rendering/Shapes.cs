using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Writers;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Rendering
{
    /// <summary>Every shape the corpus renders, each named after the real input it imitates.</summary>
    public static class Shapes
    {
        /// <summary>Labels in their other wordings half the time, and headings as real reports reword them.</summary>
        private static TextStyle VariantWording => new TextStyle { AliasChance = 0.5, VariantHeadings = true };

        // Plain text, as converters, crawlers, PDF tools and OCR give it.
        public static Shape PipeText { get; } = Text("text/pipe", "pipe rows, headers flattened, trailing cells (seed 001)", new PipeTextWriter());
        public static Shape PipeTextTraditional { get; } = Text("text/pipe-traditional", "pipe rows in Traditional script, full-width punctuation (seeds 000, 004)",
            new PipeTextWriter(new PipeTextOptions { HalfWidthPunctuation = false, Script = Script.Traditional }));
        public static Shape CellPerLine { get; } = Text("text/cell-per-line", "one cell per line, blank line after each (seed 003)", new CellPerLineTextWriter(CellPerLineOptions.BlankLineAfterCell));
        public static Shape PipeTextVariantWording { get; } = Text("text/pipe-variant-wording", "pipe rows with labels in their other wordings (结转下年继续办理) and real-world heading variants",
            new PipeTextWriter(), VariantWording);
        public static Shape CellPerLineCrlf { get; } = Text("text/cell-per-line-crlf", "one cell per line, CRLF, runs of blank lines, wrapped labels, headings as agencies reword them (hebei 009–012)",
            new CellPerLineTextWriter(CellPerLineOptions.CrawlerCrlf), new TextStyle { VariantHeadings = true });
        public static Shape Flattened { get; } = Text("text/flattened", "crawler dump, whitespace stripped, cells run together (hebei 001–006)", new FlattenedTextWriter());
        public static Shape FlattenedSpaced { get; } = Text("text/flattened-spaced", "crawler dump with stray spaces between figures", new FlattenedTextWriter(new FlattenedTextOptions { StraySpaceChance = 0.3 }));
        public static Shape FlattenedZerosDropped { get; } = Text("text/flattened-zeros-dropped", "crawler dump of a page that left zero cells empty (hebei 007/008)",
            new FlattenedTextWriter(new FlattenedTextOptions { ZerosDropped = true, PlusSigns = true }));
        public static Shape LayoutText { get; } = Text("text/layout", "pdftotext -layout: fixed-width columns, vertical group labels", new LayoutTextWriter());
        public static Shape LayoutTextPaged { get; } = Text("text/layout-paged", "pdftotext -layout: narrow labels wrapping with figures beside or below, page breaks inside tables",
            new LayoutTextWriter(new LayoutTextOptions { StubWidth = 26, Figures = FigurePlacement.Mixed, PageLines = 40 }));
        public static Shape LayoutTextRepeatedHeader { get; } = Text("text/layout-repeated-header", "pdftotext -layout: page breaks with the table header printed again",
            new LayoutTextWriter(new LayoutTextOptions { StubWidth = 30, Figures = FigurePlacement.OwnLineBelow, PageLines = 45, RepeatHeaderAfterPageBreak = true }));
        public static Shape RawOrderText { get; } = Text("text/raw-order", "pdftotext without -layout: table bodies column by column", new RawOrderTextWriter());
        public static Shape Markdown { get; } = Text("text/markdown", "LLM Markdown: pipe tables, header levels joined", new MarkdownTextWriter());
        public static Shape MarkdownOcr { get; } = Text("text/markdown-ocr", "OCR Markdown: 数据1… headers, table split in （六）, lost numbers, slips, full-width digits",
            new MarkdownTextWriter(new MarkdownOptions { Header = MarkdownHeader.Placeholders, SplitInLastGroup = true, LostNumberChance = 0.2, SlipChance = 0.3, FullWidthDigitChance = 0.05 }));
        public static Shape MarkdownWrongHeader { get; } = Text("text/markdown-wrong-header", "LLM Markdown with another table's header row",
            new MarkdownTextWriter(new MarkdownOptions { Header = MarkdownHeader.WrongRow }));

        // Web pages.
        public static Shape HtmlClean { get; } = Html("html/clean", "clean markup, th and thead, rowspan/colspan headers, UTF-8 with meta charset", new HtmlOptions());
        public static Shape HtmlTdHeaders { get; } = Html("html/td-headers-bom", "headers in td as bold paragraphs, UTF-8 with BOM, no declaration",
            new HtmlOptions { Markup = HtmlMarkup.HeadersInTd, Encoding = HtmlEncoding.Utf8WithBom, Declaration = CharsetDeclaration.None, WrapNarrowHeaders = true });
        public static Shape HtmlWordPastedGbk { get; } = Html("html/word-pasted-gbk", "Word-pasted markup (MsoNormalTable, o:p, span soup, &nbsp; in the empty zero cells), GBK, meta charset",
            new HtmlOptions { Markup = HtmlMarkup.WordPasted, Encoding = HtmlEncoding.Gbk, WrapNarrowHeaders = true, ZeroPartsBlank = true });
        public static Shape HtmlSiteGb2312 { get; } = Html("html/site-gb2312", "site chrome, nested layout tables, br in cells, GB2312 by http-equiv, labels in other wordings",
            new HtmlOptions { Markup = HtmlMarkup.HeadersInTd, Encoding = HtmlEncoding.Gb2312, Declaration = CharsetDeclaration.HttpEquiv, SiteChrome = true, NestedLayoutTables = true, WrapNarrowHeaders = true },
            VariantWording);
        public static Shape HtmlWordPastedSiteGb18030 { get; } = Html("html/word-pasted-site-gb18030", "Word-pasted markup inside site chrome, GB18030, p in cells",
            new HtmlOptions { Markup = HtmlMarkup.WordPasted, Encoding = HtmlEncoding.Gb18030, SiteChrome = true, WrapNarrowHeaders = true, LineBreaks = CellLineBreak.Paragraphs });
        public static Shape HtmlNoDeclaration { get; } = Html("html/no-declaration", "clean markup, UTF-8 without BOM and without any charset declaration",
            new HtmlOptions { Declaration = CharsetDeclaration.None, WrapNarrowHeaders = true, LineBreaks = CellLineBreak.Paragraphs });
        public static Shape HtmlTraditional { get; } = Html("html/traditional-gbk", "a site's 繁體 version: Traditional script, GBK, site chrome",
            new HtmlOptions { Markup = HtmlMarkup.HeadersInTd, Encoding = HtmlEncoding.Gbk, SiteChrome = true, Script = Script.Traditional });

        // Word.
        public static Shape Docx { get; } = Word("docx/plain", "tables with gridSpan and vMerge, Heading 1 styles, typed numbers", new DocxOptions());
        public static Shape DocxNumbered { get; } = Word("docx/numbered", "headings and items numbered by numbering.xml (chineseCounting)", new DocxOptions { AutomaticNumbering = true });
        public static Shape DocxNested { get; } = Word("docx/nested", "a table inside a table cell, the title in a text box", new DocxOptions { TableInsideTable = true, TitleInTextBox = true });

        // Inputs a reader must refuse.
        public static Shape LegacyDoc { get; } = new Shape("legacy/doc", DocumentKind.Word, ".doc", "Word 97–2003 binary (OLE compound file)", new LegacyOfficeWriter(LegacyOfficeKind.Doc), isReadable: false);
        public static Shape LegacyWps { get; } = new Shape("legacy/wps", DocumentKind.Word, ".wps", "WPS Writer binary (OLE compound file)", new LegacyOfficeWriter(LegacyOfficeKind.Wps), isReadable: false);

        public static IReadOnlyList<Shape> TextShapes { get; } = new[]
        {
            PipeText, PipeTextTraditional, PipeTextVariantWording, CellPerLine, CellPerLineCrlf, Flattened, FlattenedSpaced, FlattenedZerosDropped,
            LayoutText, LayoutTextPaged, LayoutTextRepeatedHeader, RawOrderText, Markdown, MarkdownOcr, MarkdownWrongHeader,
        };

        public static IReadOnlyList<Shape> HtmlShapes { get; } = new[] { HtmlClean, HtmlTdHeaders, HtmlWordPastedGbk, HtmlSiteGb2312, HtmlWordPastedSiteGb18030, HtmlNoDeclaration, HtmlTraditional };

        public static IReadOnlyList<Shape> WordShapes { get; } = new[] { Docx, DocxNumbered, DocxNested };

        public static IReadOnlyList<Shape> LegacyShapes { get; } = new[] { LegacyDoc, LegacyWps };

        /// <summary>Every readable shape (text, HTML, Word).</summary>
        public static IReadOnlyList<Shape> Readable { get; } = TextShapes.Concat(HtmlShapes).Concat(WordShapes).ToArray();

        public static IReadOnlyList<Shape> All { get; } = Readable.Concat(LegacyShapes).ToArray();

        public static Shape Find(string name) => All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"no shape '{name}'", nameof(name));

        private static Shape Text(string name, string description, ReportWriter writer, TextStyle? wording = null)
            => new Shape(name, DocumentKind.Text, name.Contains("markdown", StringComparison.Ordinal) ? ".md" : ".txt", description, writer, wording: wording);

        private static Shape Html(string name, string description, HtmlOptions options, TextStyle? wording = null)
            => new Shape(name, DocumentKind.Html, ".html", description, new HtmlReportWriter(options), wording: wording);

        private static Shape Word(string name, string description, DocxOptions options) => new Shape(name, DocumentKind.Word, ".docx", description, new DocxReportWriter(options));
    }
}
