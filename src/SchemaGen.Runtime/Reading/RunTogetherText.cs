using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Cuts run-together text back into the lines it was made of. Crawlers that keep every text node of a page and strip
    /// the whitespace between them leave a whole report on one line, each table row's label followed directly by its
    /// figures (<c>一、本年新收政府信息公开申请数量81010010</c>). Such a line is cut at the paragraph breaks the crawler left
    /// (runs of spaces), at the section headings, and, inside a table section, at every caption, header text and row label
    /// of that section's tables. A row label and the figures after it become one table row of two cells, the second
    /// marked as a run of figures whose split into columns is decided later (<see cref="TextCell.IsRun"/>); everything
    /// else becomes a line of its own. Each piece keeps its place in the input.
    /// </summary>
    internal static class RunTogetherText
    {
        /// <summary>Shorter lines are ordinary text: a run-together report holds whole sections on a line.</summary>
        private const int MinimumLength = 120;

        /// <param name="zerosLeftBlank">
        /// Set when the page left its zero cells blank: then rows whose cells are all zero have no figures at all, and the
        /// other rows' runs lack their zeros. A page that writes its zeros has figures after every row label.
        /// </param>
        public static TextLine[] Segment(TextLine[] lines, SchemaReadingIndex index, out bool zerosLeftBlank)
        {
            zerosLeftBlank = false;
            // The lines cut, with their pieces: the lines are then laid, renumbered, straight into one array of their count.
            List<(int Line, List<TextLine> Pieces)>? cuts = null;
            int count = lines.Length;
            for (int i = 0; i < lines.Length; i++)
            {
                TextLine line = lines[i];
                List<TextLine>? pieces = line.IsTableRow || line.Text.Length < MinimumLength ? null : Cut(line, index, ref zerosLeftBlank);
                if (pieces is null) continue;
                (cuts ??= new List<(int Line, List<TextLine> Pieces)>()).Add((i, pieces));
                count += pieces.Count - 1;
            }
            if (cuts is null) return lines;
            var segmented = new TextLine[count];
            int n = 0, next = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (next < cuts.Count && cuts[next].Line == i)
                {
                    foreach (TextLine piece in cuts[next++].Pieces) Lay(piece);
                    continue;
                }
                Lay(lines[i]);
            }
            return segmented;

            void Lay(TextLine line)
            {
                segmented[n] = new TextLine(n + 1, line.Text, line.Location, line.Cells);
                n++;
            }
        }

        /// <summary>The pieces of one line, or null when it holds no section heading or table label worth cutting at.</summary>
        private static List<TextLine>? Cut(TextLine line, SchemaReadingIndex index, ref bool zerosLeftBlank)
        {
            // Where each folded character stood in the line, asked only while the line is cut: this thread's list, emptied,
            // for its next long line (a list of the line's length for each was a tenth of what a flattened text allocated
            // in reading); one grown by a huge line is let go.
            List<int> origins = ThreadSpare<List<int>>.Take() ?? new List<int>(line.Text.Length);
            try
            {
                return Cut(line, index, ref zerosLeftBlank, origins);
            }
            finally
            {
                origins.Clear();
                if (origins.Capacity <= MaxKeptOrigins) ThreadSpare<List<int>>.Give(origins);
            }
        }

        private const int MaxKeptOrigins = 1 << 16;

        private static List<TextLine>? Cut(TextLine line, SchemaReadingIndex index, ref bool zerosLeftBlank, List<int> origins)
        {
            string folded = TextNormalizer.Fold(line.Text, origins);
            var found = new List<Occurrence>();
            var headings = FindHeadings(folded, index);
            found.AddRange(headings);
            for (int h = 0; h < headings.Count; h++)
            {
                Occurrence heading = headings[h];
                IReadOnlyList<TableIndex> tables = index.TablesOf(heading.Section!.Section);
                if (tables.Count == 0) continue;
                int end = h + 1 < headings.Count ? headings[h + 1].Start : folded.Length;
                AddTableLabels(found, folded, heading.End, end, tables);
            }
            if (headings.Count == 0) return null;
            found = Standalone(NonOverlapping(found, folded.Length), folded, BreaksOf(line.Text, origins));

            var pieces = new List<TextLine>(2 * found.Count + 1); // at most a gap before each label, the label, and a gap after the last
            int position = 0, rowsWithFigures = 0, rowsWithout = 0;
            for (int k = 0; k <= found.Count; k++)
            {
                int start = k < found.Count ? found[k].Start : folded.Length;
                if (start > position) AddGap(pieces, line, origins, folded, position, start, inTable: k > 0 && found[k - 1].IsTableText);
                if (k == found.Count) break;
                Occurrence label = found[k];
                int next = k + 1 < found.Count ? found[k + 1].Start : folded.Length;
                string? run = label.IsRowLabel ? FiguresAfter(folded, label.End, next) : null;
                // A label that is also a column header ("总计", "其他") says nothing when no figures follow it: it may be the header.
                if (label.IsRowLabel && !label.IsGroup && !(run is null && label.IsAlsoHeader))
                {
                    if (run is null) rowsWithout++;
                    else rowsWithFigures++;
                }
                if (run is null)
                {
                    pieces.Add(Piece(line, origins, label.Start, label.End, label.IsTableText));
                    position = label.End;
                    continue;
                }
                pieces.Add(RowWithRun(line, origins, label.Start, label.End, label.End + run.Length));
                position = label.End + run.Length;
            }
            zerosLeftBlank |= rowsWithFigures > 0 && rowsWithout >= MinimumRowsWithoutFigures;
            return pieces;
        }

        /// <summary>A page that writes its zeros may still leave a row or two blank; it takes more to say it drops them.</summary>
        private const int MinimumRowsWithoutFigures = 3;

        /// <summary>Text between two labels: figures (a row without a label, as table 四's), a paragraph, or nothing.</summary>
        private static void AddGap(List<TextLine> pieces, TextLine line, List<int> origins, string folded, int start, int end, bool inTable)
        {
            string text = folded.Substring(start, end - start);
            if (inTable && FiguresAfter(folded, start, end) is { } run && run.Length == text.Length)
            {
                pieces.Add(RowWithRun(line, origins, start, start, end));
                return;
            }
            pieces.Add(Piece(line, origins, start, end, inTable));
        }

        /// <summary>The figures that follow a label, up to the next label: digits, signs, decimal points and separators, and a unit at the end.</summary>
        private static string? FiguresAfter(string folded, int start, int end)
        {
            int i = start;
            while (i < end && IsFigureChar(folded[i])) i++;
            if (i == start || !HasDigit(folded, start, i)) return null;
            foreach (string unit in Units)
                if (string.CompareOrdinal(folded, i, unit, 0, unit.Length) == 0 && i + unit.Length <= end)
                {
                    i += unit.Length;
                    break;
                }
            return i == end ? folded.Substring(start, i - start) : null;
        }

        private static readonly string[] Units = { "万元", "元" };

        private static bool IsFigureChar(char c) => (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '+' || c == '-' || c == '\u2212';

        private static bool HasDigit(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
                if (text[i] >= '0' && text[i] <= '9') return true;
            return false;
        }

        /// <summary>A piece of the line as a line of its own; inside a table, a one-cell row, so the table reads as rows.</summary>
        private static TextLine Piece(TextLine line, List<int> origins, int start, int end, bool tableRow)
        {
            (string raw, SourceLocation at) = RawOf(line, origins, start, end);
            return tableRow
                ? new TextLine(0, raw, at, new[] { new TextCell(raw.Trim(), 1, at) })
                : new TextLine(0, raw, at);
        }

        /// <summary>A row label and the run of figures after it, as a two-cell row (or the run alone when there is no label).</summary>
        private static TextLine RowWithRun(TextLine line, List<int> origins, int labelStart, int labelEnd, int runEnd)
        {
            (string run, SourceLocation runAt) = RawOf(line, origins, labelEnd, runEnd);
            var runCell = new TextCell(run.Trim(), 1, runAt, isRun: true);
            if (labelEnd <= labelStart) return new TextLine(0, runCell.Text, runAt, new[] { runCell });
            (string label, SourceLocation labelAt) = RawOf(line, origins, labelStart, labelEnd);
            var labelCell = new TextCell(label.Trim(), 1, labelAt);
            return new TextLine(0, labelCell.Text + " " + runCell.Text, labelAt, new[] { labelCell, runCell });
        }

        /// <summary>The raw text behind a folded range (spaces inside it kept: a stray space can matter to a run of figures), and where it starts.</summary>
        private static (string Raw, SourceLocation At) RawOf(TextLine line, List<int> origins, int start, int end)
        {
            int rawStart = origins[start];
            int rawEnd = end < origins.Count ? origins[end] : line.Text.Length;
            // A closing quote folds away, so the raw range of a label ending in ” must take it in.
            if (end > start && end - 1 < origins.Count) rawEnd = Math.Max(rawEnd, origins[end - 1] + 1);
            while (rawEnd < line.Text.Length && end == origins.Count && TextNormalizer.IsSpaceOrInvisible(line.Text[rawEnd])) rawEnd++;
            string raw = line.Text.Substring(rawStart, rawEnd - rawStart);
            return (raw, line.At(rawStart + 1));
        }

        private sealed class Occurrence
        {
            public int Start;
            public int End;
            public SectionIndex? Section;
            public bool IsRowLabel;
            public bool IsGroup;
            public bool IsTableText;
            /// <summary>A row label written as it stands without its item number, and also one of the table's header texts.</summary>
            public bool IsAlsoHeader;
            public int Length => End - Start;
        }

        /// <summary>Section headings written "三、收到和处理政府信息公开申请情况" anywhere in the line, in the format's order.</summary>
        private static List<Occurrence> FindHeadings(string folded, SchemaReadingIndex index)
        {
            var headings = new List<Occurrence>();
            int cursor = 0;
            foreach (SectionIndex section in index.Sections)
            {
                Occurrence? first = null;
                foreach (string key in section.HeadingKeys)
                {
                    int at = folded.IndexOf(key, cursor, StringComparison.Ordinal);
                    if (at >= 0 && (first is null || at < first.Start || (at == first.Start && key.Length > first.Length)))
                        first = new Occurrence { Start = at, End = at + key.Length, Section = section };
                }
                if (first is null) continue;
                headings.Add(first);
                cursor = first.End;
            }
            return headings;
        }

        /// <summary>Every caption, header text and row label (with its item number, when written) of the tables, between two headings.</summary>
        private static void AddTableLabels(List<Occurrence> found, string folded, int start, int end, IReadOnlyList<TableIndex> tables)
        {
            foreach (TableIndex table in tables)
            {
                foreach (string key in table.RunTogetherHeaderKeys)
                    for (int at = First(folded, key, start, end); at >= 0; at = Next(folded, key, at, end))
                        found.Add(new Occurrence { Start = at, End = at + key.Length, IsTableText = true });
                foreach (var row in table.RunTogetherRowKeys)
                    for (int at = First(folded, row.Key, start, end); at >= 0; at = Next(folded, row.Key, at, end))
                    {
                        int from = at;
                        foreach (string number in row.Numbers)
                            if (at - number.Length >= start && string.CompareOrdinal(folded, at - number.Length, number, 0, number.Length) == 0)
                            {
                                from = at - number.Length;
                                break;
                            }
                        bool alsoHeader = from == at && table.RowKeysAlsoHeaders.Contains(row.Key);
                        found.Add(new Occurrence { Start = from, End = at + row.Key.Length, IsRowLabel = true, IsGroup = row.IsGroup, IsTableText = true, IsAlsoHeader = alsoHeader });
                    }
            }
        }

        // Where key occurs in text[start, end), first and after an occurrence at `at`; -1 when no more. Searched within the
        // range: a key a section lacks was searched for to the end of the document, once per section.
        private static int First(string text, string key, int start, int end) => key.Length == 0 ? -1 : Within(text, key, start, end);

        private static int Next(string text, string key, int at, int end) => Within(text, key, at + 1, end);

        private static int Within(string text, string key, int from, int end) => from > end ? -1 : text.IndexOf(key, from, end - from, StringComparison.Ordinal);

        /// <summary>
        /// Keeps the table labels that stand on their own: each must touch, on both sides, another label, figures, a break
        /// the crawler left (spaces) or an end of the line. A label inside a sentence ("未发生涉及政府信息公开的行政复议、
        /// 行政诉讼案件。") touches prose and is no cut. Dropping one can leave its neighbour touching prose, so this repeats.
        /// </summary>
        private static List<Occurrence> Standalone(List<Occurrence> found, string folded, HashSet<int> breaks)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int k = 0; k < found.Count; k++)
                {
                    Occurrence o = found[k];
                    if (o.Section is not null) continue;
                    bool left = o.Start == 0 || breaks.Contains(o.Start) || (k > 0 && found[k - 1].End == o.Start) || IsFigureChar(folded[o.Start - 1]);
                    bool right = o.End == folded.Length || breaks.Contains(o.End) || (k + 1 < found.Count && found[k + 1].Start == o.End) || IsFigureChar(folded[o.End]);
                    if (left && right) continue;
                    found.RemoveAt(k);
                    changed = true;
                    break;
                }
            }
            return found;
        }

        /// <summary>Folded positions where the raw text had whitespace: the paragraph breaks a crawler leaves ("　　").</summary>
        private static HashSet<int> BreaksOf(string raw, List<int> origins)
        {
            var breaks = new HashSet<int>();
            for (int k = 1; k < origins.Count; k++)
                for (int r = origins[k - 1] + 1; r < origins[k]; r++)
                    if (TextNormalizer.IsSpaceOrInvisible(raw[r]))
                    {
                        breaks.Add(k);
                        break;
                    }
            return breaks;
        }

        /// <summary>Longest first, so 其他法律行政法规禁止公开 wins over the 其他 inside it; then in reading order.</summary>
        private static List<Occurrence> NonOverlapping(List<Occurrence> found, int textLength)
        {
            var taken = new List<Occurrence>();
            // Which positions a taken occurrence covers: a flattened page holds hundreds of labels, and testing each against
            // every one taken before it grew with their square.
            var covered = new bool[textLength];
            foreach (int k in StableOrder(found, TakenFirst))
            {
                Occurrence o = found[k];
                if (Overlaps(o, covered, taken)) continue;
                taken.Add(o);
                for (int i = o.Start; i < o.End; i++) covered[i] = true;
            }
            var inReadingOrder = new List<Occurrence>(taken.Count);
            foreach (int k in StableOrder(taken, ByStart)) inReadingOrder.Add(taken[k]);
            return inReadingOrder;
        }

        /// <summary>
        /// Headings first, then the longest, then the first in the text, as one sort key: no heading (1 bit), the length's
        /// complement (31 bits, so that longer sorts first) and the start (31 bits), a non-negative long.
        /// </summary>
        private static readonly Func<Occurrence, long> TakenFirst = o
            => ((o.Section is null ? 1L : 0L) << 62) | ((long)(int.MaxValue - o.Length) << 31) | (uint)o.Start;

        private static readonly Func<Occurrence, long> ByStart = o => o.Start;

        /// <summary>
        /// The indexes of <paramref name="items"/> in the order of their keys, ties in the list's order (as a LINQ ordering
        /// would). The keys are sorted as numbers with the indexes beside them, then each run of equal keys (the same range;
        /// by start, the same start) put back in the list's order: a sort by a comparison called a delegate and the list's
        /// indexer twice per comparison, which showed in the profile of flattened pages (they hold hundreds of labels).
        /// </summary>
        private static int[] StableOrder(List<Occurrence> items, Func<Occurrence, long> key)
        {
            var keys = new long[items.Count];
            var order = new int[items.Count];
            for (int i = 0; i < order.Length; i++)
            {
                keys[i] = key(items[i]);
                order[i] = i;
            }
            Array.Sort(keys, order);
            for (int first = 0, next; first < order.Length; first = next)
            {
                for (next = first + 1; next < order.Length && keys[next] == keys[first]; next++) { }
                if (next - first > 1) Array.Sort(order, first, next - first); // Array.Sort is not stable
            }
            return order;
        }

        private static bool Overlaps(Occurrence o, bool[] covered, List<Occurrence> taken)
        {
            if (o.Length == 0)
            {
                // An empty range overlaps only a taken range it stands strictly inside.
                foreach (Occurrence t in taken)
                    if (o.End > t.Start && o.Start < t.End) return true;
                return false;
            }
            for (int i = o.Start; i < o.End; i++)
                if (covered[i]) return true;
            return false;
        }
    }
}
