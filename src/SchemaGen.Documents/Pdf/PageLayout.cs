using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>Something found on a page, in reading order: a table (or the part of one on this page) or a paragraph.</summary>
    internal abstract record PageItem(int Page, Box Box);

    internal sealed record TableItem(TableDraft Table) : PageItem(Table.Page, Table.Box);

    internal sealed record TextItem(int Page, Box Box, IReadOnlyList<List<TextRun>> Lines, bool IsHeading) : PageItem(Page, Box);

    /// <summary>
    /// One page's text, furniture removed, as tables and paragraphs top to bottom. Ruled tables come first (their
    /// text is theirs); of the rest, lines that hold figures in columns, with the lines between and above them that
    /// belong to them, are stream tables; everything else is paragraphs.
    /// </summary>
    internal static class PageLayout
    {
        // Lines of one table follow each other at most this far apart (in ems).
        private const double MaxLineGapInEms = 2.5;
        // Header lines follow each other (and the first row of figures) at most this closely (in ems).
        private const double MaxHeaderGapInEms = 2.5;
        private const int MaxHeaderLines = 16;

        /// <summary>A single line with this many figures in columns is a table on its own (table 四 has one row of 15).</summary>
        public const int MinFiguresInOneRowTable = 4;

        /// <param name="continued">A stream table that ended the page before: a table at the top of this page is read on its columns.</param>
        public static List<PageItem> Analyze(PageContent page, IReadOnlyList<TableDraft> ruledTables, ISet<TextRun> furniture, TableDraft? continued = null)
        {
            var items = new List<PageItem>(ruledTables.Select(t => new TableItem(t)));
            var free = page.Runs.Where(r => !furniture.Contains(r) && !ruledTables.Any(t => LatticeTableFinder.Inside(t, r))).ToList();
            List<List<TextRun>> lines = CellText.Lines(free);
            // The page's usual text size (tables included): headings are larger than it.
            double bodySize = StreamTableBuilder.Median(page.Runs.Select(r => r.Size));

            var inTable = new bool[lines.Count];
            bool ruledAbove(int line) => ruledTables.Any(t => t.Box.Bottom > Box.Of(lines[line].Select(r => r.Box)).Top);
            foreach ((int first, int last) in StreamRegions(lines, continued?.Box))
            {
                // Only a table that starts the page can continue one from the page before.
                TableDraft? from = first == 0 && continued is not null && !ruledAbove(first) ? continued : null;
                List<TextRun> regionRuns = lines.Skip(first).Take(last - first + 1).SelectMany(l => l).ToList();
                // Read on its own columns when they continue the table (it may show columns the first part had no
                // text in), else on the first part's columns (a part of one or two rows shows too few to find them).
                TableDraft? own = StreamTableBuilder.Build(page.Number, regionRuns);
                TableDraft? table = from is null || (own is not null && TableContinuation.Continues(from, own))
                    ? own
                    : StreamTableBuilder.Build(page.Number, regionRuns, from) ?? own;
                if (table is null) continue;
                items.Add(new TableItem(table));
                for (int i = first; i <= last; i++) inTable[i] = true;
            }
            var textLines = lines.Where((_, i) => !inTable[i]).ToList();
            items.AddRange(Paragraphs(page.Number, textLines, bodySize));
            return items.OrderByDescending(i => i.Box.Top).ThenBy(i => i.Box.Left).ToList();
        }

        /// <summary>A line with a figure after some other text on it, or with two figures: a table row.</summary>
        private static bool IsRowOfFigures(List<TextRun> line)
            => line.Count >= 2 && line.Skip(1).Any(r => r.IsFigure);

        /// <summary>Line ranges (first, last) that are stream tables.</summary>
        /// <param name="continuedBox">
        /// Where the stream table that ended the page before stood, if one did: a single row of figures at the top of
        /// this page is a table too (its end), and its header lines may be as wide as that table.
        /// </param>
        private static IEnumerable<(int First, int Last)> StreamRegions(List<List<TextRun>> lines, Box? continuedBox)
        {
            bool mayContinue = continuedBox is not null;
            var boxes = lines.Select(l => Box.Of(l.Select(r => r.Box))).ToList();
            double textWidth = boxes.Count == 0 ? 0 : boxes.Max(b => b.Right) - boxes.Min(b => b.Left);
            int i = 0;
            while (i < lines.Count)
            {
                if (!IsRowOfFigures(lines[i]))
                {
                    i++;
                    continue;
                }
                int first = i, last = i, rowsOfFigures = 1;
                double size0 = lines[i].Max(r => r.Size);
                // The table goes on line by line while lines follow closely and none is prose or of another size (a
                // heading); tall rows (a label printed one character per line) keep their lines close.
                for (int j = i + 1; j < lines.Count; j++)
                {
                    double size = lines[j].Max(r => r.Size);
                    bool far = boxes[j - 1].Bottom - boxes[j].Top > MaxLineGapInEms * size;
                    bool prose = lines[j].Count == 1 && boxes[j].Width > 0.6 * textWidth;
                    // A heading is larger; smaller text (a note, a label shrunk to fit its cell) may be in the table.
                    bool larger = size > 1.1 * size0;
                    if (far || prose || larger) break;
                    if (IsRowOfFigures(lines[j]))
                    {
                        last = j;
                        rowsOfFigures++;
                    }
                }
                // Wrapped label lines right below the last row of figures.
                while (last + 1 < lines.Count && boxes[last].Bottom - boxes[last + 1].Top <= 0.45 * lines[last + 1].Max(r => r.Size) && !IsRowOfFigures(lines[last + 1]))
                    last++;
                bool manyFigures = lines[i].Count(r => r.IsFigure) >= MinFiguresInOneRowTable;
                if (rowsOfFigures < 2 && !manyFigures && !(mayContinue && LeadsPage(lines, first)))
                {
                    i = last + 1;
                    continue;
                }
                Box body = Box.Of(boxes.Skip(first).Take(last - first + 1));
                if (continuedBox is Box previous && LeadsPage(lines, first)) body = new Box(Math.Min(body.Left, previous.Left), body.Bottom, Math.Max(body.Right, previous.Right), body.Top);
                // Header lines: close above, within the table's width, and not a paragraph running across it.
                int headerLines = 0;
                while (first - 1 >= 0 && headerLines < MaxHeaderLines)
                {
                    Box above = boxes[first - 1];
                    double size = lines[first - 1].Max(r => r.Size);
                    bool close = above.Bottom - boxes[first].Top <= MaxHeaderGapInEms * size;
                    // Over the table (its rows of figures can start and end with blank cells, so not necessarily within them).
                    bool within = above.Right > body.Left && above.Left < body.Right;
                    bool prose = lines[first - 1].Count == 1 && above.Width > 0.6 * body.Width;
                    bool larger = size > 1.1 * size0;
                    if (!close || !within || prose || larger) break;
                    first--;
                    headerLines++;
                }
                yield return (first, last);
                i = last + 1;
            }
        }

        // Only a repeated header and wrapped label lines stand above the first row of figures of a part that continues a table.
        private static bool LeadsPage(List<List<TextRun>> lines, int first) => first <= MaxHeaderLines && lines.Take(first).All(l => !l.Any(r => r.IsFigure));

        /// <summary>Lines into paragraphs: a new one after a wider gap, a change of size, an indented first line, or a line that ended short.</summary>
        private static IEnumerable<TextItem> Paragraphs(int page, List<List<TextRun>> lines, double bodySize)
        {
            if (lines.Count == 0) yield break;
            double right = lines.Max(l => l.Max(r => r.Box.Right));
            var current = new List<List<TextRun>>();
            Box previous = default;
            foreach (List<TextRun> line in lines)
            {
                Box box = Box.Of(line.Select(r => r.Box));
                double size = line.Max(r => r.Size);
                if (current.Count > 0)
                {
                    double previousSize = current[^1].Max(r => r.Size);
                    bool gap = previous.Bottom - box.Top > 0.8 * size;
                    bool resized = Math.Abs(size - previousSize) > 0.1 * previousSize;
                    bool indented = box.Left > previous.Left + 1.5 * size;
                    bool endedShort = previous.Right < right - 3 * size;
                    if (gap || resized || indented || endedShort)
                    {
                        yield return ToItem(page, current, bodySize);
                        current = new List<List<TextRun>>();
                    }
                }
                current.Add(line);
                previous = box;
            }
            if (current.Count > 0) yield return ToItem(page, current, bodySize);
        }

        private static TextItem ToItem(int page, List<List<TextRun>> lines, double bodySize)
        {
            Box box = Box.Of(lines.SelectMany(l => l).Select(r => r.Box));
            double size = lines.Average(l => l.Max(r => r.Size));
            string first = CellText.LineText(lines[0]);
            bool numberedTitle = lines.Count == 1 && first.Length <= 40 && IsSectionNumbered(first) && !first.EndsWith("。", StringComparison.Ordinal);
            return new TextItem(page, box, lines, size >= 1.15 * bodySize || numberedTitle);
        }

        // 一、 二、 … 十、: how report sections are numbered.
        private static bool IsSectionNumbered(string text)
        {
            int i = 0;
            while (i < text.Length && "一二三四五六七八九十".IndexOf(text[i]) >= 0) i++;
            return i > 0 && i < text.Length && text[i] == '、';
        }
    }
}
