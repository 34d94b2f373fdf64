using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Reads a block laid out one cell per line (seed 003): every cell on its own line, a blank line after a
    /// non-blank one only separating cells, and each further blank line an empty cell. So "46", "", "", "46"
    /// is two cells, 46 and 46, with one empty cell between. Whitespace-only lines are blank.
    /// Before the first row label, texts that are the table's headers are skipped; after it, row labels win.
    /// Where the text gives every cell the same number of lines (<see cref="LinePitch"/>), blank lines are not counted:
    /// each cell goes to the column its distance from the row label says, and a label wrapped onto the next line is joined.
    /// </summary>
    internal static class LineCellTokenizer
    {
        public static TableScan Scan(TextLine[] lines, TableLines block, TableTextClassifier classifier, RowLabelResolver resolver, LinePitch pitch)
        {
            var scan = new TableScan();
            // A label wrapped onto the next line, joined (the lines keep their indexes; EndsBlock reads none that changed).
            Dictionary<int, TextLine>? joined = pitch.IsOn ? JoinWrappedLabels(lines, block) : null;
            int anchor = -1; // the line the current row's cells are counted from: its label, or the header or row before it
            bool anchorIsLabel = false;
            var pendingBlanks = new List<RawCell>();
            TableRowDraft? current = null;
            bool previousBlank = false; // the block opens after a heading or at its caption: both non-blank lines
            bool inData = false, sawHeader = false;

            void Close(bool trimTrailingBlankLines)
            {
                if (current is null) return;
                if (pitch.IsOn) current.ArrangeBySlots(classifier.ColumnCount);
                else if (trimTrailingBlankLines)
                    while (current.Cells.Count > 0 && current.Cells[current.Cells.Count - 1].IsBlankLine)
                        current.Cells.RemoveAt(current.Cells.Count - 1);
                scan.Rows.Add(current);
                current = null;
            }

            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                TextLine line = Joined(lines, joined, i);
                if (line.IsBlank)
                {
                    if (pitch.IsOn) continue; // cells are placed by their distance from the label
                    if (!previousBlank)
                    {
                        previousBlank = true; // a separator
                        continue;
                    }
                    if (current is not null) current.Cells.Add(RawCell.BlankLine(line));
                    else pendingBlanks.Add(RawCell.BlankLine(line));
                    continue;
                }
                previousBlank = false;
                string text = line.Text;
                int column = line.FirstColumn;
                if (TableTextClassifier.IsLongProse(text))
                {
                    Close(false); // a paragraph: no cell, no label, and not worth folding
                    pendingBlanks.Clear();
                    continue;
                }

                if (i == block.CaptionIndex || classifier.IsCaption(text) || (!inData && classifier.IsHeader(text)))
                {
                    Close(false);
                    pendingBlanks.Clear();
                    scan.HeaderLines.Add(line.Number);
                    sawHeader = true;
                    (anchor, anchorIsLabel) = (i, false);
                    continue;
                }

                if (TableTextClassifier.IsValueLike(text, out ParsedCell parsed))
                {
                    if (current is null)
                    {
                        // A lone "无" or "—" in prose before any table line is not a table.
                        if (!sawHeader && !inData && !parsed.IsNumber)
                        {
                            pendingBlanks.Clear();
                            continue;
                        }
                        current = new TableRowDraft(null, RowResolution.NoMatch, line.Number, column, trailingBlanksArePadding: false, line.At(column));
                        current.Cells.AddRange(pendingBlanks);
                    }
                    pendingBlanks.Clear();
                    int slot = pitch.IsOn && anchor >= 0 ? pitch.ColumnAt(i - anchor, anchorIsLabel) : 0;
                    current.Cells.Add(new RawCell(text.Trim(), line.Number, column, parsed, source: line.At(column), slot: slot));
                    continue;
                }

                pendingBlanks.Clear();
                RowResolution resolution = resolver.Peek(text);
                if (resolution.IsMatched && current is { Cells.Count: 0, Resolution.Node: { } previousRow } && current.Line == line.Number - 1
                    && previousRow.Children.Count == 0 && !resolver.StandsIn(resolution, previousRow))
                    scan.LeafRowsWithoutCells++;
                if (resolution.IsMatched)
                {
                    Close(false);
                    if (resolution.Node is not null) resolver.Commit(resolution.Node);
                    // A leaf row takes a cell per column: its list made that size, not grown to it.
                    current = new TableRowDraft(text.Trim(), resolution, line.Number, column, trailingBlanksArePadding: false, line.At(column),
                        resolution.Node is { Children.Count: 0 } ? new List<RawCell>(classifier.ColumnCount) : null);
                    inData = true;
                    (anchor, anchorIsLabel) = (i, true);
                    continue;
                }

                if (classifier.IsHeader(text))
                {
                    Close(false); // a header repeated inside the table (a page break)
                    scan.HeaderLines.Add(line.Number);
                    (anchor, anchorIsLabel) = (i, false);
                    continue;
                }

                Close(false);
                if (TableTextClassifier.IsProse(text)) continue;
                current = new TableRowDraft(text.Trim(), RowResolution.NoMatch, line.Number, column, trailingBlanksArePadding: false, line.At(column))
                {
                    InHeader = sawHeader && !inData,
                };
                (anchor, anchorIsLabel) = (i, !current.InHeader);
            }
            // A row label that ends the block with nothing after it, the next block or heading on the very next line: in text
            // that lists a table's labels apart from its figures, as after a row label with no cell that another label follows.
            if (current is { Cells.Count: 0, Resolution.Node.Children.Count: 0 } && EndsBlock(lines, block, current.Line))
                scan.LeafRowsWithoutCells++;
            // Blank lines at the very end are spacing before the next heading, not cells.
            Close(true);
            return scan;
        }

        /// <summary>Whether the line numbered <paramref name="lineNumber"/> is the block's last and a non-blank line follows it directly.</summary>
        private static bool EndsBlock(TextLine[] lines, TableLines block, int lineNumber)
            => block.End > 0 && block.End < lines.Length && lines[block.End - 1].Number == lineNumber && !lines[block.End].IsBlank;

        /// <summary>
        /// With a fixed pitch, two texts on consecutive lines are one cell whose text wrapped ("商业" / "企业"): the lines
        /// returned by index hold the joined text on the first line and a blank line in place of the second; null when none is joined.
        /// </summary>
        private static Dictionary<int, TextLine>? JoinWrappedLabels(TextLine[] lines, TableLines block)
        {
            // Most blocks join nothing, and a block is a small part of the document: the lines changed are kept aside by
            // their index (read through Joined), not in a copy of every line.
            Dictionary<int, TextLine>? changed = null;
            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                if (!IsText(Joined(lines, changed, i))) continue;
                for (int k = i + 1; k < block.End && k < lines.Length && IsText(Joined(lines, changed, k)) && !TableTextClassifier.IsLongProse(Joined(lines, changed, k).Text); k++)
                {
                    changed ??= new Dictionary<int, TextLine>();
                    TextLine first = Joined(lines, changed, i), next = Joined(lines, changed, k);
                    changed[i] = new TextLine(first.Number, first.Text.TrimEnd() + next.Text.Trim(), first.Location, first.Cells);
                    changed[k] = new TextLine(next.Number, "", next.Location);
                }
            }
            return changed;

            static bool IsText(TextLine line) => !line.IsBlank && !TableTextClassifier.IsValueLike(line.Text, out _);
        }

        /// <summary>Line <paramref name="i"/> as <see cref="JoinWrappedLabels"/> left it.</summary>
        private static TextLine Joined(TextLine[] lines, Dictionary<int, TextLine>? changed, int i)
            => changed is not null && changed.TryGetValue(i, out TextLine line) ? line : lines[i];
    }
}
