using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Reads a block laid out one cell per line (seed 003): every cell on its own line, a blank line after a
    /// non-blank one only separating cells, and each further blank line an empty cell. So "46", "", "", "46"
    /// is two cells, 46 and 46, with one empty cell between. Whitespace-only lines are blank.
    /// Before the first row label, texts that are the table's headers are skipped; after it, row labels win.
    /// </summary>
    internal static class LineCellTokenizer
    {
        public static TableScan Scan(TextLine[] lines, TableLines block, TableTextClassifier classifier, RowLabelResolver resolver)
        {
            var scan = new TableScan();
            var pendingBlanks = new List<RawCell>();
            TableRowDraft? current = null;
            bool previousBlank = false; // the block opens after a heading or at its caption: both non-blank lines
            bool inData = false, sawHeader = false;

            void Close(bool trimTrailingBlankLines)
            {
                if (current is null) return;
                if (trimTrailingBlankLines)
                    while (current.Cells.Count > 0 && current.Cells[current.Cells.Count - 1].IsBlankLine)
                        current.Cells.RemoveAt(current.Cells.Count - 1);
                scan.Rows.Add(current);
                current = null;
            }

            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                TextLine line = lines[i];
                if (line.IsBlank)
                {
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
                    current.Cells.Add(new RawCell(text.Trim(), line.Number, column, parsed, source: line.At(column)));
                    continue;
                }

                pendingBlanks.Clear();
                RowResolution resolution = resolver.Peek(text);
                if (resolution.IsMatched)
                {
                    Close(false);
                    if (resolution.Node is not null) resolver.Commit(resolution.Node);
                    current = new TableRowDraft(text.Trim(), resolution, line.Number, column, trailingBlanksArePadding: false, line.At(column));
                    inData = true;
                    continue;
                }

                if (classifier.IsHeader(text))
                {
                    Close(false); // a header repeated inside the table (a page break)
                    scan.HeaderLines.Add(line.Number);
                    continue;
                }

                Close(false);
                if (TableTextClassifier.IsProse(text)) continue;
                current = new TableRowDraft(text.Trim(), RowResolution.NoMatch, line.Number, column, trailingBlanksArePadding: false, line.At(column))
                {
                    InHeader = sawHeader && !inData,
                };
            }
            // Blank lines at the very end are spacing before the next heading, not cells.
            Close(true);
            return scan;
        }
    }
}
