using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>Where a row's figures stand when its label takes several lines.</summary>
    public enum FigurePlacement
    {
        /// <summary>Beside the label's first line.</summary>
        FirstLine,
        /// <summary>Beside the label's middle line (vertically centred cells).</summary>
        MiddleLine,
        /// <summary>On a line of their own below the label.</summary>
        OwnLineBelow,
        /// <summary>Any of the above, chosen row by row.</summary>
        Mixed,
    }

    public sealed record LayoutTextOptions
    {
        /// <summary>Display columns for the row labels; longer labels wrap onto more lines.</summary>
        public int StubWidth { get; init; } = 44;

        /// <summary>Top-level row groups printed one character per line down the left edge (三、本年度办理结果).</summary>
        public bool VerticalGroupLabels { get; init; } = true;

        public FigurePlacement Figures { get; init; } = FigurePlacement.FirstLine;

        /// <summary>Lines per page; 0 for one endless page. Page breaks fall wherever they fall, tables included.</summary>
        public int PageLines { get; init; }

        /// <summary>After a page break inside a table, its header lines printed again.</summary>
        public bool RepeatHeaderAfterPageBreak { get; init; }

        /// <summary>Display columns of a line of prose.</summary>
        public int TextWidth { get; init; } = 76;
    }

    /// <summary>
    /// Text as <c>pdftotext -layout</c> gives a printed report: columns as runs of spaces at the positions the header cells
    /// set, labels wrapped onto further lines with the figures beside their first or middle line or on a line of their own,
    /// top-level row groups as vertical labels one character per line between the data rows, and page footers, form feeds
    /// and running headers wherever a page ends, inside tables too.
    /// </summary>
    public sealed class LayoutTextWriter : ReportWriter
    {
        private const int Gap = 2;
        private readonly LayoutTextOptions _options;

        public LayoutTextWriter(LayoutTextOptions? options = null) => _options = options ?? new LayoutTextOptions();

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random) => layout with { WrapNarrowHeaders = true };

        public override WrittenReport Write(WriteContext context)
        {
            var lines = new List<PrintedLine>();
            int tableIndex = 0;
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                if (block is LayoutParagraph paragraph) AddParagraph(lines, paragraph);
                else
                {
                    lines.Add(PrintedLine.Blank);
                    AddTable(lines, (LayoutTable)block, tableIndex++, context.Random);
                    lines.Add(PrintedLine.Blank);
                }
            }
            return WrittenReport.Utf8(Paginate(lines, context.Layout.Title));
        }

        /// <summary>A printed line, and the table (and whether its header) it belongs to, for page breaks.</summary>
        private sealed record PrintedLine(string Text, int Table, bool IsTableHeader)
        {
            public static PrintedLine Blank { get; } = new PrintedLine("", -1, false);
        }

        private void AddParagraph(List<PrintedLine> lines, LayoutParagraph paragraph)
        {
            string indent = paragraph.Role == ParagraphRole.Body ? "    " : "";
            int width = _options.TextWidth - indent.Length;
            string text = paragraph.Role == ParagraphRole.Title ? new string(' ', Math.Max(0, (_options.TextWidth - TextCanvas.Width(paragraph.Text)) / 2)) + paragraph.Text : paragraph.Text;
            var wrapped = TextCanvas.Wrap(text, width);
            for (int i = 0; i < wrapped.Count; i++) lines.Add(new PrintedLine((i == 0 ? indent : "") + wrapped[i], -1, false));
        }

        private void AddTable(List<PrintedLine> lines, LayoutTable table, int tableIndex, SeededRandom random)
        {
            int stubColumns = StubColumns(table);
            int[] widths = ColumnWidths(table, stubColumns);
            var x = new int[table.ColumnCount + 1];
            for (int c = 0; c < table.ColumnCount; c++) x[c + 1] = x[c] + widths[c] + Gap;
            int CellWidth(LayoutCell cell) => x[cell.Column + cell.ColumnSpan] - x[cell.Column] - Gap;
            bool IsVertical(LayoutCell cell) => _options.VerticalGroupLabels && cell.Role == CellRole.RowHeader && cell.Column == 0 && cell.RowSpan > 1 && stubColumns > 1;

            // Heights first: a row is as tall as its tallest single-row cell (a wrapped label), plus a line when its figures
            // sit below; a merged cell that needs more lines than its rows give makes its last row taller.
            var heights = new int[table.RowCount];
            var figureLine = new int[table.RowCount];
            for (int row = 0; row < table.RowCount; row++)
            {
                int tallest = 1;
                foreach (LayoutCell cell in table.CellsStartingIn(row).Where(c => c.RowSpan == 1))
                    tallest = Math.Max(tallest, TextCanvas.Wrap(cell.Text, CellWidth(cell)).Count);
                heights[row] = tallest;
                if (table.RowKinds[row] != GridRowKind.Data || tallest == 1) continue;
                FigurePlacement placement = _options.Figures == FigurePlacement.Mixed ? random.Pick(new[] { FigurePlacement.FirstLine, FigurePlacement.MiddleLine, FigurePlacement.OwnLineBelow }) : _options.Figures;
                figureLine[row] = placement switch
                {
                    FigurePlacement.MiddleLine => (tallest - 1) / 2,
                    FigurePlacement.OwnLineBelow => tallest,
                    _ => 0,
                };
                if (placement == FigurePlacement.OwnLineBelow) heights[row]++;
            }
            foreach (LayoutCell cell in table.Cells.Where(c => c.RowSpan > 1))
            {
                int needed = IsVertical(cell) ? cell.Text.Replace("\n", "").Length : TextCanvas.Wrap(cell.Text, CellWidth(cell)).Count;
                int given = Enumerable.Range(cell.Row, cell.RowSpan).Sum(r => heights[r]);
                if (needed > given) heights[cell.Row + cell.RowSpan - 1] += needed - given;
            }
            var top = new int[table.RowCount + 1];
            for (int row = 0; row < table.RowCount; row++) top[row + 1] = top[row] + heights[row];

            var canvas = new TextCanvas();
            canvas.EnsureLines(top[table.RowCount]);
            foreach (LayoutCell cell in table.Cells)
            {
                int width = CellWidth(cell);
                if (cell.Role == CellRole.Figure)
                {
                    canvas.Put(top[cell.Row] + figureLine[cell.Row], TextCanvas.Centered(x[cell.Column], width, cell.Text), cell.Text);
                    continue;
                }
                int first = top[cell.Row], span = top[cell.Row + cell.RowSpan] - first;
                if (IsVertical(cell))
                {
                    string characters = cell.Text.Replace("\n", "");
                    int start = first + Math.Max(0, (span - characters.Length) / 2);
                    for (int i = 0; i < characters.Length; i++) canvas.Put(start + i, x[cell.Column], characters[i].ToString());
                    continue;
                }
                var wrapped = TextCanvas.Wrap(cell.Text, width);
                // Merged cells print their text vertically centred, as the PDF draws them.
                int from = cell.RowSpan > 1 && cell.Role == CellRole.RowHeader ? first + Math.Max(0, (span - wrapped.Count) / 2) : first;
                for (int i = 0; i < wrapped.Count; i++)
                {
                    int column = cell.Role == CellRole.RowHeader ? x[cell.Column] : TextCanvas.Centered(x[cell.Column], width, wrapped[i]);
                    canvas.Put(from + i, column, wrapped[i]);
                }
            }

            int headerLines = top[table.HeaderRowCount];
            int lineIndex = 0;
            foreach (string line in canvas.Render())
                lines.Add(new PrintedLine(line, tableIndex, lineIndex++ < headerLines));
        }

        /// <summary>The row-label columns: those left of the first figure.</summary>
        private static int StubColumns(LayoutTable table)
            => table.Cells.Where(c => c.Role == CellRole.Figure).Select(c => c.Column).DefaultIfEmpty(0).Min();

        private int[] ColumnWidths(LayoutTable table, int stubColumns)
        {
            var widths = new int[table.ColumnCount];
            if (stubColumns > 0)
            {
                bool vertical = _options.VerticalGroupLabels && stubColumns > 1;
                int used = 0;
                for (int c = 0; c < stubColumns - 1; c++)
                {
                    widths[c] = c == 0 ? (vertical ? 2 : 8) : 12;
                    used += widths[c] + Gap;
                }
                widths[stubColumns - 1] = Math.Max(10, _options.StubWidth - used);
            }
            for (int c = stubColumns; c < table.ColumnCount; c++)
            {
                int width = 2;
                foreach (LayoutCell cell in table.Cells.Where(cell => cell.Column == c && cell.ColumnSpan == 1 && cell.Role != CellRole.RowHeader))
                    foreach (string line in cell.Text.Split('\n')) width = Math.Max(width, TextCanvas.Width(line));
                widths[c] = Math.Min(width, 16);
            }
            return widths;
        }

        private string Paginate(List<PrintedLine> lines, string title)
        {
            var text = new StringBuilder();
            if (_options.PageLines <= 0)
            {
                foreach (PrintedLine line in lines) text.Append(line.Text).Append('\n');
                return text.ToString();
            }
            int page = 1, onPage = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                if (onPage == _options.PageLines)
                {
                    text.Append('\n').Append(new string(' ', _options.TextWidth / 2 - 2)).Append("- ").Append(page).Append(" -\n\f");
                    page++;
                    onPage = 0;
                    text.Append(title).Append('\n').Append('\n');
                    PrintedLine previous = lines[i - 1];
                    if (_options.RepeatHeaderAfterPageBreak && previous.Table >= 0 && lines[i].Table == previous.Table && !lines[i].IsTableHeader)
                        foreach (PrintedLine header in lines.Where(l => l.Table == previous.Table && l.IsTableHeader))
                            text.Append(header.Text).Append('\n');
                }
                text.Append(lines[i].Text).Append('\n');
                onPage++;
            }
            text.Append('\n').Append(new string(' ', _options.TextWidth / 2 - 2)).Append("- ").Append(page).Append(" -\n");
            return text.ToString();
        }
    }
}
