using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>
    /// How a page dump puts one table cell per line. Every separator is written with "\n" and turned into
    /// <see cref="NewLine"/> at the end.
    /// </summary>
    public sealed record CellPerLineOptions
    {
        /// <summary>Seed 003: every cell and paragraph followed by a blank line (an empty cell is an empty line), paragraphs indented by two spaces, LF.</summary>
        public static CellPerLineOptions BlankLineAfterCell { get; } = new CellPerLineOptions
        {
            CellSeparator = "\n\n", RowSeparator = "\n\n", TableStart = "\n", TableEnd = "\n\n", ParagraphPrefix = "  ", ParagraphEnd = "\n\n", NewLine = "\n",
            HalfWidthPunctuation = true,
        };

        /// <summary>Hebei 009–012: cells apart by two blank lines, rows by four, tables set off by five, CRLF, narrow headers broken (商业\r\n企业).</summary>
        public static CellPerLineOptions CrawlerCrlf { get; } = new CellPerLineOptions
        {
            CellSeparator = "\n\n\n", RowSeparator = "\n\n\n\n\n", TableStart = "\n\n\n\n\n", TableEnd = "\n\n\n\n\n\n", ParagraphPrefix = "", ParagraphEnd = "\n", NewLine = "\r\n",
            WrapNarrowHeaders = true,
        };

        public string CellSeparator { get; init; } = "\n\n";
        public string RowSeparator { get; init; } = "\n\n";
        public string TableStart { get; init; } = "\n";
        public string TableEnd { get; init; } = "\n\n";
        public string ParagraphPrefix { get; init; } = "";
        public string ParagraphEnd { get; init; } = "\n";
        public string NewLine { get; init; } = "\n";
        public bool WrapNarrowHeaders { get; init; }
        public bool HalfWidthPunctuation { get; init; }
    }

    /// <summary>
    /// One cell per line, as crawlers and "save as text" give a page's tables: the cells that start in each row, in row-major
    /// order (a merged cell once), with blank lines between cells and rows; a cell broken over two lines stays so.
    /// </summary>
    public sealed class CellPerLineTextWriter : ReportWriter
    {
        private readonly CellPerLineOptions _options;

        public CellPerLineTextWriter(CellPerLineOptions? options = null) => _options = options ?? CellPerLineOptions.BlankLineAfterCell;

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random)
            => layout with { WrapNarrowHeaders = _options.WrapNarrowHeaders, Text = layout.Text with { HalfWidthPunctuation = _options.HalfWidthPunctuation } };

        public override WrittenReport Write(WriteContext context)
        {
            var text = new StringBuilder();
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                if (block is LayoutParagraph paragraph)
                {
                    text.Append(_options.ParagraphPrefix).Append(paragraph.Text).Append(_options.ParagraphEnd);
                    continue;
                }
                var table = (LayoutTable)block;
                text.Append(_options.TableStart);
                for (int row = 0; row < table.RowCount; row++)
                {
                    if (row > 0) text.Append(_options.RowSeparator);
                    text.Append(string.Join(_options.CellSeparator, table.CellsStartingIn(row).Select(c => c.Text)));
                }
                text.Append(_options.TableEnd);
            }
            string written = _options.NewLine == "\n" ? text.ToString() : text.ToString().Replace("\n", _options.NewLine);
            return WrittenReport.Utf8(written);
        }
    }
}
