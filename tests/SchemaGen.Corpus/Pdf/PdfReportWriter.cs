using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>
    /// Renders a <see cref="Document"/> as agencies' PDFs look: A4 pages with a running header and page numbers,
    /// headings and indented paragraphs, and tables with or without ruling lines, merged multi-level headers, labels
    /// wrapped in narrow columns, spanning row labels printed one character per line, and tables that continue on the
    /// next page with or without their header repeated. The text layer is exact (one CJK font with known widths), so
    /// a reader's result can be compared with the document put in. Same document and options, same bytes.
    /// </summary>
    public static class PdfReportWriter
    {
        public static byte[] Write(Document document, PdfLayoutOptions? options = null) => Write(document, options, null);

        internal static byte[] Write(Document document, PdfLayoutOptions? options, PdfEncryption? encryption)
        {
            options ??= new PdfLayoutOptions();
            var flow = new PageFlow(options);
            bool tableBroken = false;
            foreach (Block block in document.Blocks)
            {
                if (block is TextBlock text) flow.Paragraph(text.Text, text.IsHeading);
                else if (block is TableBlock table)
                {
                    int? breakAt = tableBroken ? null : options.BreakTableBeforeBodyRow;
                    if (TableLayout.Draw(flow, table, options, breakAt)) tableBroken = true;
                }
            }
            flow.AddFurniture();
            return PdfPages.Assemble(flow.Pages, encryption);
        }

        /// <summary>Splits text into lines no wider than <paramref name="width"/>, at '\n' and wherever a line is full (never inside a run of Latin letters or digits when it can be helped).</summary>
        internal static List<string> Wrap(string text, double width, double size)
        {
            var lines = new List<string>();
            foreach (string paragraph in text.Split('\n'))
            {
                int start = 0;
                while (start < paragraph.Length)
                {
                    int end = start;
                    double used = 0;
                    while (end < paragraph.Length && (end == start || used + PdfCjkFont.Width(paragraph[end].ToString(), size) <= width))
                    {
                        used += PdfCjkFont.Width(paragraph[end].ToString(), size);
                        end++;
                    }
                    if (end < paragraph.Length && IsWordChar(paragraph[end]) && IsWordChar(paragraph[end - 1]))
                    {
                        int back = end;
                        while (back > start && IsWordChar(paragraph[back - 1])) back--;
                        if (back > start) end = back;
                    }
                    lines.Add(paragraph.Substring(start, end - start));
                    start = end;
                }
                if (paragraph.Length == 0) lines.Add("");
            }
            return lines;
        }

        private static bool IsWordChar(char c) => c < 0x80 && char.IsLetterOrDigit(c);

        internal static bool IsFigure(string text)
        {
            string t = text.Trim();
            if (t.Length == 0) return false;
            if (t is "—" or "-" or "/" or "无") return true;
            return t.All(c => char.IsDigit(c) || c is '.' or ',' or '-') && t.Any(char.IsDigit);
        }
    }

    /// <summary>Pages filled top to bottom between the margins.</summary>
    internal sealed class PageFlow
    {
        private readonly PdfLayoutOptions _options;

        public PageFlow(PdfLayoutOptions options)
        {
            _options = options;
            NewPage();
        }

        public List<PdfCanvas> Pages { get; } = new List<PdfCanvas>();

        public PdfCanvas Page => Pages[^1];

        /// <summary>Where the next thing goes (its top), in points from the bottom.</summary>
        public double Cursor { get; set; }

        public double Top => PageHeight - _options.Margin;

        public double Bottom => _options.Margin;

        public double Left => _options.Margin;

        public double Width => PageWidth - 2 * _options.Margin;

        public void NewPage()
        {
            Pages.Add(new PdfCanvas(PageWidth, PageHeight) { Turned = _options.LandscapeTurned });
            Cursor = Top;
        }

        // A turned page is laid out landscape.
        private double PageWidth => _options.LandscapeTurned ? Math.Max(_options.PageWidth, _options.PageHeight) : _options.PageWidth;

        private double PageHeight => _options.LandscapeTurned ? Math.Min(_options.PageWidth, _options.PageHeight) : _options.PageHeight;

        public bool Fits(double height) => Cursor - height >= Bottom;

        public void Paragraph(string text, bool heading)
        {
            double size = heading ? _options.FontSize * 1.3 : _options.FontSize;
            double pitch = size * 1.6;
            double indent = heading ? 0 : 2 * size;
            List<string> lines = PdfReportWriter.Wrap(text, Width - indent, size);
            // The first line is indented; the rest fill the width.
            if (!heading && lines.Count > 1) lines = RewrapAfterFirst(text, lines[0], size);
            if (heading && !Fits(pitch * (lines.Count + 2))) NewPage();
            for (int i = 0; i < lines.Count; i++)
            {
                if (!Fits(pitch)) NewPage();
                Page.Text(Left + (i == 0 ? indent : 0), Cursor - 0.9 * size - 0.3 * size, size, lines[i]);
                Cursor -= pitch;
            }
            Cursor -= 0.4 * size;
        }

        private List<string> RewrapAfterFirst(string text, string first, double size)
        {
            var lines = new List<string> { first };
            string rest = text.Substring(first.Length);
            lines.AddRange(PdfReportWriter.Wrap(rest, Width, size).Where(l => l.Length > 0));
            return lines;
        }

        /// <summary>The running header and the page number on every page.</summary>
        public void AddFurniture()
        {
            double size = _options.FontSize * 0.85;
            for (int i = 0; i < Pages.Count; i++)
            {
                PdfCanvas page = Pages[i];
                if (_options.RunningHeader is string header)
                {
                    page.Text(_options.Margin, PageHeight - 38, size, header);
                    page.Line(_options.Margin, PageHeight - 42, PageWidth - _options.Margin, PageHeight - 42, 0.4);
                }
                if (_options.PageNumbers is PageNumberStyle style)
                {
                    string number = (i + 1).ToString(CultureInfo.InvariantCulture), total = Pages.Count.ToString(CultureInfo.InvariantCulture);
                    string text = style switch
                    {
                        PageNumberStyle.Dashed => "- " + number + " -",
                        PageNumberStyle.Fraction => number + "/" + total,
                        _ => "第 " + number + " 页 共 " + total + " 页",
                    };
                    page.Text((PageWidth - PdfCjkFont.Width(text, size)) / 2, 30, size, text);
                }
            }
        }
    }
}
