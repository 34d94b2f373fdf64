using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>Draws one table: column widths from the content, rows paginated, merged cells split where a page break cuts them.</summary>
    internal static class TableLayout
    {
        private const double LinePitchInEms = 1.2;

        /// <returns>Whether the forced page break was made in this table.</returns>
        public static bool Draw(PageFlow flow, TableBlock table, PdfLayoutOptions options, int? breakBeforeBodyRow)
        {
            if (table.RowCount == 0 || table.ColumnCount == 0) return false;
            double em = options.FontSize;
            double padX = 0.4 * em;
            double padY = (options.RuledTables ? 0.3 : 0.5) * em;
            double pitch = LinePitchInEms * em;
            var origins = table.Cells.ToList();
            int headerRows = HeaderRows(table);
            bool[] figureColumn = FigureColumns(table, headerRows);
            bool[] verticalColumn = VerticalColumns(table, headerRows, figureColumn, options);
            double[] widths = ColumnWidths(table, headerRows, figureColumn, verticalColumn, options, flow.Width);
            double[] x = new double[table.ColumnCount + 1];
            x[0] = flow.Left;
            for (int c = 0; c < table.ColumnCount; c++) x[c + 1] = x[c] + widths[c];

            bool Vertical(SourceCell cell) => cell.ColumnSpan == 1 && verticalColumn[cell.Column] && cell.Row >= headerRows && cell.RowSpan > 1;
            var lines = new Dictionary<SourceCell, List<string>>();
            foreach (SourceCell cell in origins)
            {
                string text = cell.Text;
                lines[cell] = Vertical(cell)
                    ? text.Where(ch => !char.IsWhiteSpace(ch)).Select(ch => ch.ToString()).ToList()
                    : PdfReportWriter.Wrap(text, x[cell.Column + cell.ColumnSpan] - x[cell.Column] - 2 * padX, em);
            }

            // Row heights: single-row cells set them; a spanning cell that needs more grows its rows evenly.
            var heights = Enumerable.Repeat(pitch + 2 * padY, table.RowCount).ToArray();
            foreach (SourceCell cell in origins.Where(c => c.RowSpan == 1))
                heights[cell.Row] = Math.Max(heights[cell.Row], lines[cell].Count * pitch + 2 * padY);
            foreach (SourceCell cell in origins.Where(c => c.RowSpan > 1))
            {
                double need = lines[cell].Count * pitch + 2 * padY;
                double have = Enumerable.Range(cell.Row, cell.RowSpan).Sum(r => heights[r]);
                if (have < need)
                    for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++) heights[r] += (need - have) / cell.RowSpan;
            }

            // Pagination: each row goes on the current page if it fits; the header (and a repeated header) stays with a body row.
            double headerHeight = heights.Take(headerRows).Sum();
            var pageOf = new int[table.RowCount];
            var topOf = new double[table.RowCount];
            var repeatedHeaderTops = new List<(int Page, double Top)>();
            if (!flow.Fits(headerHeight + (headerRows < table.RowCount ? heights[headerRows] : 0))) flow.NewPage();
            bool broke = false;
            for (int r = 0; r < table.RowCount; r++)
            {
                bool forced = breakBeforeBodyRow is int b && r == headerRows + b && r > headerRows;
                if (r >= headerRows && (forced || !flow.Fits(heights[r])))
                {
                    broke |= forced;
                    flow.NewPage();
                    if (options.RepeatTableHeader && headerRows > 0)
                    {
                        repeatedHeaderTops.Add((flow.Pages.Count - 1, flow.Cursor));
                        flow.Cursor -= headerHeight;
                    }
                }
                pageOf[r] = flow.Pages.Count - 1;
                topOf[r] = flow.Cursor;
                flow.Cursor -= heights[r];
            }
            flow.Cursor -= em;

            foreach (SourceCell cell in origins)
            {
                // The cell's pieces, one per page its rows are on; its text goes in the tallest piece.
                var pieces = Enumerable.Range(cell.Row, cell.RowSpan).GroupBy(r => pageOf[r])
                    .Select(g => (Page: g.Key, Top: topOf[g.First()], Bottom: topOf[g.Last()] - heights[g.Last()])).ToList();
                var textPiece = pieces.OrderByDescending(p => p.Top - p.Bottom).First();
                foreach (var piece in pieces)
                {
                    PdfCanvas page = flow.Pages[piece.Page];
                    if (options.RuledTables) Border(page, x[cell.Column], piece.Bottom, x[cell.Column + cell.ColumnSpan], piece.Top, options);
                    if (piece != textPiece) continue;
                    // A cell cut by a page break prints its text in its taller piece, smaller when it would not fit there.
                    double room = piece.Top - piece.Bottom - padY;
                    double scale = Math.Min(1, room / (lines[cell].Count * pitch));
                    WriteText(page, cell, lines[cell], x, piece.Top, piece.Bottom, em * scale, padX, pitch * scale, figureColumn, cell.Row < headerRows);
                }
            }
            foreach ((int page, double top) in repeatedHeaderTops)
            {
                foreach (SourceCell cell in origins.Where(c => c.Row < headerRows))
                {
                    double cellTop = top - heights.Take(cell.Row).Sum();
                    double cellBottom = cellTop - Enumerable.Range(cell.Row, Math.Min(cell.RowSpan, headerRows - cell.Row)).Sum(r => heights[r]);
                    if (options.RuledTables) Border(flow.Pages[page], x[cell.Column], cellBottom, x[cell.Column + cell.ColumnSpan], cellTop, options);
                    WriteText(flow.Pages[page], cell, lines[cell], x, cellTop, cellBottom, em, padX, pitch, figureColumn, true);
                }
            }
            return broke;
        }

        private static void WriteText(PdfCanvas page, SourceCell cell, List<string> lines, double[] x, double top, double bottom, double em, double padX, double pitch, bool[] figureColumn, bool header)
        {
            double left = x[cell.Column], right = x[cell.Column + cell.ColumnSpan];
            double blockTop = (top + bottom) / 2 + lines.Count * pitch / 2;
            bool centred = header || figureColumn[cell.Column] || lines.All(l => l.Length <= 1);
            for (int i = 0; i < lines.Count; i++)
            {
                double width = PdfCjkFont.Width(lines[i], em);
                double at = centred ? (left + right - width) / 2 : left + padX;
                double baseline = blockTop - i * pitch - (pitch - em) / 2 - 0.88 * em;
                page.Text(at, baseline, em, lines[i]);
            }
        }

        private static void Border(PdfCanvas page, double left, double bottom, double right, double top, PdfLayoutOptions options)
        {
            if (options.BordersAsFilledBars)
            {
                const double t = 0.75;
                page.FilledRectangle(left, top - t / 2, right - left, t);
                page.FilledRectangle(left, bottom - t / 2, right - left, t);
                page.FilledRectangle(left - t / 2, bottom, t, top - bottom);
                page.FilledRectangle(right - t / 2, bottom, t, top - bottom);
            }
            else
            {
                page.Line(left, top, right, top);
                page.Line(left, bottom, right, bottom);
                page.Line(left, bottom, left, top);
                page.Line(right, bottom, right, top);
            }
        }

        private static int HeaderRows(TableBlock table)
        {
            if (table.HeaderRowCount > 0) return table.HeaderRowCount;
            for (int r = 0; r < table.RowCount; r++)
                for (int c = 0; c < table.ColumnCount; c++)
                    if (PdfReportWriter.IsFigure(table[r, c].Text)) return r;
            return 0;
        }

        private static bool[] FigureColumns(TableBlock table, int headerRows)
        {
            var figure = new bool[table.ColumnCount];
            foreach (SourceCell cell in table.Cells)
                if (cell.Row >= headerRows && cell.ColumnSpan == 1 && PdfReportWriter.IsFigure(cell.Text)) figure[cell.Column] = true;
            return figure;
        }

        // A label column whose own cells all span rows (三、本年度办理结果; （三）不予公开) is printed one character per line.
        private static bool[] VerticalColumns(TableBlock table, int headerRows, bool[] figureColumn, PdfLayoutOptions options)
        {
            var vertical = new bool[table.ColumnCount];
            if (!options.VerticalSpanningLabels) return vertical;
            for (int c = 0; c < table.ColumnCount; c++)
            {
                if (figureColumn[c]) continue;
                var own = table.Cells.Where(cell => cell.Row >= headerRows && cell.Column == c && cell.ColumnSpan == 1 && !cell.IsFiller && cell.Text.Length > 0).ToList();
                vertical[c] = own.Count > 0 && own.All(cell => cell.RowSpan > 1);
            }
            return vertical;
        }

        private static double[] ColumnWidths(TableBlock table, int headerRows, bool[] figureColumn, bool[] verticalColumn, PdfLayoutOptions options, double available)
        {
            double em = options.FontSize;
            var widths = new double[table.ColumnCount];
            for (int c = 0; c < table.ColumnCount; c++)
            {
                var own = table.Cells.Where(cell => cell.Column == c && cell.ColumnSpan == 1 && cell.Row >= headerRows).ToList();
                double natural = own.Select(cell => cell.Text.Split('\n').Max(l => PdfCjkFont.Width(l, em))).DefaultIfEmpty(0).Max() + 0.8 * em;
                if (verticalColumn[c]) widths[c] = 1.8 * em;
                else if (figureColumn[c]) widths[c] = Math.Max(natural, 3.4 * em);
                else widths[c] = Math.Clamp(natural, 3 * em, options.MaxLabelColumnWidthInEms * em);
            }
            double total = widths.Sum();
            if (total > available)
            {
                double scale = available / total;
                for (int c = 0; c < widths.Length; c++) widths[c] *= scale;
            }
            return widths;
        }
    }
}
