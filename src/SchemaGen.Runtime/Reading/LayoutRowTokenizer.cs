using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Reads a block laid out in fixed-width columns, as <c>pdftotext -layout</c> prints a PDF's table: each line a row
    /// whose label and figures stand apart by runs of spaces. What such text does to a table, and how it is undone:
    /// <list type="bullet">
    /// <item>a label too long for its cell wraps onto the next line, with or without the row's figures: the pieces are
    /// joined while the joined text names a row and the first piece alone does not;</item>
    /// <item>a label printed down the left edge one or two characters a line (「三、本年度办理结果」) leaves fragments at the
    /// start of lines: fragments that together spell a row group's label are dropped;</item>
    /// <item>figures on a line of their own, above or below their label: between two rows that have figures on their own
    /// lines, the rows without figures and the lines of figures without a label must be as many, and are then paired in
    /// order (the page keeps the order of both); otherwise those rows are not read;</item>
    /// <item>a row with fewer figures than columns: each figure goes to the column whose position (learnt from the rows
    /// that have every figure) it stands under, or the row is not read.</item>
    /// </list>
    /// </summary>
    internal static class LayoutRowTokenizer
    {
        /// <summary>Vertical-label fragments are this short at most (「三、」「本年」「度办」).</summary>
        private const int MaxFragmentLength = 3;

        /// <summary>How far one column's figures may stand apart across full rows for their positions to be trusted.</summary>
        private const int MaxColumnDrift = 2;

        public static TableScan Scan(TextLine[] lines, TableLines block, TableTextClassifier classifier, RowLabelResolver resolver, TableIndex table)
        {
            var scan = new TableScan();
            var parsed = new List<LayoutLine>();
            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                if (lines[i].IsBlank) continue;
                if (i == block.CaptionIndex || classifier.IsCaption(lines[i].Text)) { scan.HeaderLines.Add(lines[i].Number); continue; }
                parsed.Add(LayoutLine.Of(lines[i]));
            }
            DropVerticalLabel(parsed, resolver);

            var rows = new List<LayoutRow>();
            var orphanFigures = new List<LayoutLine>();
            var partials = new List<LayoutRow>(); // labels cut where they wrapped, each waiting for its next piece in its own column
            bool inData = false;
            foreach (LayoutLine line in parsed)
            {
                // A piece of a wrapped label can also be a piece of a header text (政府信息公开申请): the label goes first.
                if (IsHeaderLine(line, table) && !line.Texts.Any(t => ContinuedBy(partials, t, table) is not null))
                {
                    scan.HeaderLines.Add(line.Source.Number); // also the header printed again after a page break
                    continue;
                }
                LayoutRow? labelled = null; // the leaf row whose label stands on this line: its figures are the line's
                foreach (LayoutToken text in line.Texts)
                {
                    LayoutRow? continued = ContinuedBy(partials, text, table);
                    if (continued is not null)
                    {
                        string joined = continued.Label + text.Text;
                        bool stillPartial = table.IsRowLabelStart(joined) && !table.IsExactRowLabel(joined);
                        continued.Join(text, stillPartial ? RowResolution.NoMatch : resolver.Peek(joined), stillPartial);
                        if (!stillPartial)
                        {
                            partials.Remove(continued);
                            if (continued.Resolution.Node is { } node) resolver.Commit(node);
                            if (continued.Resolution.Node is { } group && !table.IsLeafRow(group))
                            {
                                rows.Remove(continued); // a group label finished: no row of figures, and figures beside its first piece are a row's
                                if (continued.Figures is { } given) orphanFigures.Add(given);
                                continue;
                            }
                        }
                        labelled = continued;
                        continue;
                    }
                    // A label cut where it wrapped ("2.其他法律行政法规禁止公") is a start to be continued, not a label to match now.
                    bool isStart = table.IsRowLabelStart(text.Text) && !table.IsExactRowLabel(text.Text);
                    RowResolution resolution = isStart ? RowResolution.NoMatch : resolver.Peek(text.Text);
                    if (resolution.Node is { } groupNode && !table.IsLeafRow(groupNode))
                    {
                        resolver.Commit(groupNode); // a group label: context for the labels after it
                        continue;
                    }
                    // A character or two of a vertical group label that a page break kept from being spelled (DropVerticalLabel)
                    // opens its line but is no row's label: figures beside it wait for their row like any line of figures without one.
                    if (!resolution.IsMatched && inData && !isStart && text == line.Texts[0] && (line.Figures.Count == 0 || text.Column < line.Figures[0].Column)
                        && table.IsGroupLabelPiece(text.Text, MaxFragmentLength))
                        continue;
                    if (!resolution.IsMatched && !inData && !isStart)
                    {
                        if (classifier.IsHeader(text.Text) || line.Figures.Count == 0) scan.HeaderLines.Add(line.Source.Number);
                        // Pieces of a header wrapped a character or two a line say nothing on their own.
                        if (!classifier.IsHeader(text.Text) && TextNormalizer.Fold(text.Text).Length > MaxFragmentLength) scan.UnrecognizedHeaders.Add(new RawCell(text.Text, line.Source.Number, text.Column, default, source: line.Source.At(text.Column)));
                        continue;
                    }
                    if (resolution.Node is not null) resolver.Commit(resolution.Node);
                    inData |= resolution.IsMatched || isStart;
                    var row = new LayoutRow(text, resolution, line) { IsPartial = isStart };
                    partials.RemoveAll(p => text.Aligned(p.Column, p.DisplayColumn)); // a new label in a column ends the one above
                    if (isStart) partials.Add(row);
                    rows.Add(row);
                    labelled = row;
                }
                if (line.Figures.Count == 0) continue;
                if (labelled is not null && labelled.Figures is null) labelled.Figures = line;
                else if (labelled is not null) labelled.FiguresSplit = true;
                else if (inData || line.Texts.Count == 0) orphanFigures.Add(line);
            }

            var lineOrder = new Dictionary<LayoutLine, int>();
            for (int i = 0; i < parsed.Count; i++) lineOrder[parsed[i]] = i;
            orphanFigures.Sort((a, b) => lineOrder[a].CompareTo(lineOrder[b]));
            PairFiguresWithRows(rows, orphanFigures, parsed);
            int[]? columnPositions = ColumnPositions(rows, orphanFigures, classifier.ColumnCount);
            foreach (LayoutRow row in rows)
                scan.Rows.Add(row.ToDraft(classifier.ColumnCount, columnPositions));
            foreach (LayoutLine unclaimed in orphanFigures.Where(f => !f.Claimed))
                scan.Rows.Add(LayoutRow.Unlabeled(unclaimed).ToDraft(classifier.ColumnCount, columnPositions));
            return scan;
        }

        /// <summary>The label cut in the same column that this text goes on with, if any (so the group and the leaf column each keep their own).</summary>
        private static LayoutRow? ContinuedBy(List<LayoutRow> partials, LayoutToken text, TableIndex table)
        {
            LayoutRow? best = null;
            foreach (LayoutRow partial in partials)
            {
                if (!text.Aligned(partial.Column, partial.DisplayColumn)) continue;
                string joined = partial.Label + text.Text;
                if (!table.IsRowLabelStart(joined) && !table.IsExactRowLabel(joined)) continue;
                if (best is null || System.Math.Abs(partial.DisplayColumn - text.DisplayColumn) < System.Math.Abs(best.DisplayColumn - text.DisplayColumn)) best = partial;
            }
            return best;
        }

        /// <summary>
        /// A line of header texts or their pieces only, no figure, at least one of them no row label: a line of the header
        /// (其他 is a column and a row: beside 法律服务机构 it is the column).
        /// </summary>
        private static bool IsHeaderLine(LayoutLine line, TableIndex table)
            => line.Figures.Count == 0 && line.Texts.Count > 0 && line.Texts.All(t => table.IsHeaderPiece(t.Text))
               && line.Texts.Any(t => !table.IsRowLabelStart(t.Text) && !table.IsExactRowLabel(t.Text));

        /// <summary>
        /// Short texts that are no label of the table but, read in order, spell one of its group labels (with its item
        /// number) are the pieces of that label printed one or two characters a line: they are removed.
        /// </summary>
        private static void DropVerticalLabel(List<LayoutLine> lines, RowLabelResolver resolver)
        {
            // A vertical label's pieces each open their line, one under the other (give or take a column or two of drift).
            var fragments = new List<(LayoutLine Line, LayoutToken Token)>();
            foreach (LayoutLine line in lines)
            {
                LayoutToken? first = line.Texts.Count > 0 && (line.Figures.Count == 0 || line.Texts[0].Column < line.Figures[0].Column) ? line.Texts[0] : null;
                if (first is null || TextNormalizer.Fold(first.Text).Length > MaxFragmentLength || resolver.Peek(first.Text).IsMatched) continue;
                if (fragments.Count > 0 && !first.Aligned(fragments[fragments.Count - 1].Token.Column, fragments[fragments.Count - 1].Token.DisplayColumn)) fragments.Clear();
                fragments.Add((line, first));
                if (TrySpell(fragments, resolver)) fragments.Clear();
            }
        }

        /// <summary>Removes the pieces when the last ones, read in order, spell a group label; returns whether they did.</summary>
        private static bool TrySpell(List<(LayoutLine Line, LayoutToken Token)> fragments, RowLabelResolver resolver)
        {
            for (int start = 0; start < fragments.Count; start++)
            {
                string spelled = string.Concat(fragments.Skip(start).Select(f => f.Token.Text));
                if (TextNormalizer.Fold(spelled).Length < 4 || resolver.Peek(spelled) is not { IsResolved: true, Node: { } node } || node.Children.Count == 0) continue;
                for (int k = start; k < fragments.Count; k++) fragments[k].Line.Texts.Remove(fragments[k].Token);
                return true;
            }
            return false;
        }

        /// <summary>
        /// Rows that have no figures of their own, and lines of figures that have no label, between two rows that do: as
        /// many of each, paired in order; otherwise the rows are left without figures (and reported when placed).
        /// </summary>
        private static void PairFiguresWithRows(List<LayoutRow> rows, List<LayoutLine> orphans, List<LayoutLine> lines)
        {
            var order = new Dictionary<LayoutLine, int>();
            for (int i = 0; i < lines.Count; i++) order[lines[i]] = i;
            int segmentStart = 0;
            for (int k = 0; k <= rows.Count; k++)
            {
                bool anchor = k == rows.Count || (rows[k].Figures is not null && rows[k].Figures == rows[k].FirstLine);
                if (!anchor) continue;
                int from = segmentStart == 0 ? -1 : order[rows[segmentStart - 1].FirstLine];
                int to = k == rows.Count ? int.MaxValue : order[rows[k].FirstLine];
                var waiting = rows.Skip(segmentStart).Take(k - segmentStart).Where(r => r.Figures is null).ToList();
                var figures = orphans.Where(o => order[o] > from && order[o] < to && !o.Claimed).ToList();
                if (waiting.Count > 0 && waiting.Count == figures.Count)
                    for (int i = 0; i < waiting.Count; i++)
                    {
                        waiting[i].Figures = figures[i];
                        figures[i].Claimed = true;
                    }
                else
                    foreach (LayoutRow row in waiting) row.UnmatchedFigures = figures.Count;
                segmentStart = k + 1;
            }
        }

        /// <summary>Where each column's figures stand, from the rows that have one figure per column; null when no row does.</summary>
        private static int[]? ColumnPositions(List<LayoutRow> rows, List<LayoutLine> orphans, int columns)
        {
            var full = rows.Select(r => r.Figures).Concat(orphans).Where(f => f is not null && f.Figures.Count == columns).ToList();
            if (full.Count == 0) return null;
            var positions = new int[columns];
            var centers = new double[full.Count]; // one buffer, sorted afresh for each column
            for (int c = 0; c < columns; c++)
            {
                for (int i = 0; i < centers.Length; i++) centers[i] = full[i]!.Figures[c].Center;
                System.Array.Sort(centers);
                // Text extraction that does not keep the columns straight (wide characters counted as narrow) gives no positions to go by.
                if (centers[centers.Length - 1] - centers[0] > MaxColumnDrift) return null;
                positions[c] = (int)centers[centers.Length / 2];
            }
            return positions;
        }

        /// <summary>
        /// A word of a line, where it starts and whether it is a figure. Where a word starts is counted two ways, since text
        /// extractors align columns either by characters or by display width (a Chinese character two columns wide).
        /// </summary>
        private sealed class LayoutToken
        {
            public LayoutToken(string text, int column, int displayColumn)
            {
                Text = text;
                Column = column;
                DisplayColumn = displayColumn;
                Parsed = CellValueParser.Parse(text);
            }

            public string Text { get; }
            /// <summary>1-based character column.</summary>
            public int Column { get; }
            /// <summary>1-based column counting wide characters as two.</summary>
            public int DisplayColumn { get; }

            /// <summary>Whether two words stand in the same column, by characters or by display width.</summary>
            public bool Aligned(int column, int displayColumn)
                => System.Math.Abs(Column - column) <= MaxColumnDrift || System.Math.Abs(DisplayColumn - displayColumn) <= MaxColumnDrift;
            public ParsedCell Parsed { get; }
            /// <summary>A figure, a not-stated mark (— / 无), or a garbled figure with a digit in it: what stands in a figure column.</summary>
            public bool IsFigure => Parsed.IsNumber || Parsed.IsNotStated || (HasDigit(Text) && TableTextClassifier.IsValueLike(Text, out _) && !TextNormalizer.ContainsIdeograph(Text));

            private static bool HasDigit(string text)
            {
                foreach (char c in text)
                    if (c >= '0' && c <= '9') return true;
                return false;
            }
            public double Center => Column + Text.Length / 2.0;
        }

        private sealed class LayoutLine
        {
            private LayoutLine(TextLine source, List<LayoutToken> texts, List<LayoutToken> figures)
            {
                Source = source;
                Texts = texts;
                Figures = figures;
            }

            public TextLine Source { get; }
            public List<LayoutToken> Texts { get; }
            public List<LayoutToken> Figures { get; }
            public bool Claimed { get; set; }

            /// <summary>The line's words: text runs (labels, kept whole across single spaces between ideographs) and figures.</summary>
            public static LayoutLine Of(TextLine line)
            {
                var texts = new List<LayoutToken>();
                var figures = new List<LayoutToken>();
                string s = line.Text;
                int i = 0, display = 0;
                while (i < s.Length)
                {
                    while (i < s.Length && TextNormalizer.IsSpaceOrInvisible(s[i])) display += Width(s[i++]);
                    if (i >= s.Length) break;
                    int start = i, displayStart = display;
                    while (i < s.Length && !TextNormalizer.IsSpaceOrInvisible(s[i])) display += Width(s[i++]);
                    var token = new LayoutToken(s.Substring(start, i - start), start + 1, displayStart + 1);
                    if (token.IsFigure) figures.Add(token);
                    else texts.Add(token); // text after figures too: kept as text, reported if it names nothing
                }
                return new LayoutLine(line, texts, figures);
            }

            /// <summary>Display width: East Asian wide and full-width characters take two columns.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Width(char c)
                => c < '\u1100' ? 1 // the spaces and figures that make up most of a layout line
                   : (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
                   || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')
                   || char.IsSurrogate(c) ? 2 : 1;
        }

        private sealed class LayoutRow
        {
            private LayoutRow(string? label, RowResolution resolution, LayoutLine first, int column, int displayColumn)
            {
                Label = label;
                Resolution = resolution;
                FirstLine = first;
                Column = column;
                DisplayColumn = displayColumn;
            }

            public LayoutRow(LayoutToken label, RowResolution resolution, LayoutLine line) : this(label.Text, resolution, line, label.Column, label.DisplayColumn) { }

            public static LayoutRow Unlabeled(LayoutLine figures) => new LayoutRow(null, RowResolution.NoMatch, figures, figures.Figures[0].Column, figures.Figures[0].DisplayColumn) { Figures = figures };

            /// <summary>Where the label starts, counting wide characters as two.</summary>
            public int DisplayColumn { get; }

            public string? Label { get; private set; }
            public RowResolution Resolution { get; private set; }

            /// <summary>The label so far is the start of a longer one that may continue on the next line.</summary>
            public bool IsPartial { get; set; }

            /// <summary>The row's figures stand on more than one line: which column each belongs to cannot be known.</summary>
            public bool FiguresSplit { get; set; }
            public LayoutLine FirstLine { get; }
            public int Column { get; }
            public LayoutLine? Figures { get; set; }

            /// <summary>Lines of figures without a label near this row that could not be paired with certainty.</summary>
            public int UnmatchedFigures { get; set; } = -1;

            public void Join(LayoutToken continuation, RowResolution resolution, bool stillPartial)
            {
                Label += continuation.Text;
                Resolution = resolution;
                IsPartial = stillPartial;
            }

            public TableRowDraft ToDraft(int columns, int[]? positions)
            {
                TextLine line = FirstLine.Source;
                var draft = new TableRowDraft(Label, Resolution, line.Number, Column, trailingBlanksArePadding: false, line.At(Column),
                    Figures is null ? null : new List<RawCell>(System.Math.Max(columns, Figures.Figures.Count)));
                if (Figures is null)
                {
                    if (UnmatchedFigures > 0) draft.SetLayoutProblem($"its figures stand on lines of their own that cannot be paired with its label with certainty ({UnmatchedFigures} such lines for the rows around it)");
                    return draft;
                }
                if (FiguresSplit)
                {
                    draft.SetLayoutProblem("its figures stand on more than one line, so which column each belongs to cannot be known");
                    foreach (LayoutToken f in Figures.Figures) draft.Cells.Add(Cell(f));
                    return draft;
                }
                List<LayoutToken> figures = Figures.Figures;
                if (figures.Count == columns || positions is null)
                {
                    foreach (LayoutToken f in figures) draft.Cells.Add(Cell(f));
                    return draft;
                }
                foreach (LayoutToken f in figures)
                    draft.Cells.Add(Cell(f, NearestColumn(f.Center, positions)));
                draft.ArrangeBySlots(columns);
                return draft;

                RawCell Cell(LayoutToken f, int slot = 0) => new RawCell(f.Text, Figures!.Source.Number, f.Column, f.Parsed, source: Figures.Source.At(f.Column), slot: slot);
            }

            /// <summary>The 1-based column whose position is nearest, when it is nearer than half the way to the next one; else 0.</summary>
            private static int NearestColumn(double center, int[] positions)
            {
                int best = -1;
                double bestDistance = double.MaxValue;
                for (int c = 0; c < positions.Length; c++)
                {
                    double d = System.Math.Abs(center - positions[c]);
                    if (d < bestDistance) { bestDistance = d; best = c; }
                }
                double gap = positions.Length < 2 ? double.MaxValue
                    : Enumerable.Range(1, positions.Length - 1).Min(c => positions[c] - positions[c - 1]);
                return bestDistance * 2 < gap ? best + 1 : 0;
            }
        }
    }
}
