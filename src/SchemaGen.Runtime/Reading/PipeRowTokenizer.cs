using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Reads a block laid out one row per line with '|' between cells (seeds 000, 001). Multi-level headers
    /// come out flattened as lines of header texts and are skipped. A row's label may span several leading
    /// cells, group then leaf ("三、本年度办理结果 | (一)予以公开 | 5 | …"); the cells after the label are
    /// its values, and empty cells at the end are padding. In a rectangular table — most rows with figures have the same
    /// number of cells, as Markdown tables always do — the columns line up by position: the last cells are the figure
    /// columns and the ones before them the label columns, empty where a label spans them in the page.
    /// </summary>
    internal static class PipeRowTokenizer
    {
        public static TableScan Scan(TextLine[] lines, TableLines block, TableTextClassifier classifier, RowLabelResolver resolver)
        {
            var scan = new TableScan();
            bool sawHeader = false, inData = false;
            RectangularColumns? rectangular = RectangularColumns.Find(lines, block, classifier.ColumnCount);
            bool framed = RowsAreFramed(lines, block);
            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                TextLine line = lines[i];
                if (line.IsBlank) continue;
                if (i == block.CaptionIndex)
                {
                    scan.HeaderLines.Add(line.Number);
                    sawHeader = true;
                    continue;
                }
                TextCell[] cells = line.IsTableRow || TableCells.HasPipe(line.Text)
                    ? TableCells.CellsOf(line)
                    : new[] { new TextCell(line.Text.Trim(), line.FirstColumn, line.Location) };
                if (FirstNonBlank(cells, cells.Length) < 0)
                {
                    scan.BlankRowLines.Add(line.Number);
                    continue;
                }
                if (IsHeaderLine(cells, classifier))
                {
                    scan.HeaderLines.Add(line.Number);
                    sawHeader = true;
                    continue;
                }
                int labelColumns = rectangular?.LabelColumnsOf(cells) ?? -1;
                TableRowDraft? row = ReadRow(line, cells, classifier, resolver, scan, sawHeader, inData, labelColumns,
                    leadingPipeIsCell: !framed && PipeCells.StartsWithPipe(line.Text));
                if (row is null) continue;
                inData |= row.Resolution.IsMatched;
                scan.Rows.Add(row);
            }
            return scan;
        }

        private static bool IsHeaderLine(TextCell[] cells, TableTextClassifier classifier)
        {
            // Asked of every row: a loop, where LINQ made an iterator and a closure each time.
            for (int i = 0; i < cells.Length; i++)
                if (!cells[i].IsBlank && !classifier.IsHeader(cells[i].Text) && !classifier.IsCaption(cells[i].Text)) return false;
            return true;
        }

        /// <param name="labelColumns">How many leading cells are label columns when the table is rectangular and the row fits it; -1 otherwise.</param>
        /// <param name="leadingPipeIsCell">The line starts with a pipe in a table whose rows are not framed by pipes.</param>
        private static TableRowDraft? ReadRow(TextLine line, TextCell[] cells, TableTextClassifier classifier, RowLabelResolver resolver,
            TableScan scan, bool sawHeader, bool inData, int labelColumns, bool leadingPipeIsCell)
        {
            // Past the label and figure columns, what is left is a padding column of empty cells: counted out, not copied.
            int count = labelColumns >= 0 ? Math.Min(cells.Length, labelColumns + classifier.ColumnCount) : cells.Length;
            int first = FirstNonBlank(cells, count);
            bool labelled = first >= 0 && IsLabelLike(cells[first].Text);
            int valuesFrom = labelled ? first : 0; // leading blanks before a label are framing, before figures they are cells

            string? label = null;
            int labelColumn = line.FirstColumn;
            SourceLocation labelSource = line.At(labelColumn);
            RowResolution resolution = RowResolution.NoMatch;
            // The first cell is known to be a label already (labelled): it is not tested again.
            for (int at = first; labelled && at < count && (labelColumns >= 0 ? at < labelColumns : at == first || !cells[at].IsBlank && IsLabelLike(cells[at].Text)); at++)
            {
                if (cells[at].IsBlank) continue; // a label column the row's group label spans
                RowResolution next = resolver.Peek(cells[at].Text);
                if (!next.IsMatched && resolution.IsMatched) break; // after the label, unknown text is a garbled cell
                if (next.IsMatched)
                {
                    if (next.Node is not null) resolver.Commit(next.Node);
                    resolution = next;
                    label = cells[at].Text;
                    labelColumn = cells[at].Column;
                    labelSource = cells[at].Source.IsNone ? line.At(labelColumn) : cells[at].Source;
                }
                else label ??= cells[at].Text;
                valuesFrom = at + 1;
            }
            if (labelled && labelColumns >= 0) valuesFrom = labelColumns;

            var values = new List<RawCell>(Math.Max(0, count - valuesFrom));
            for (int k = valuesFrom; k < count; k++)
                values.Add(new RawCell(cells[k].Text, line.Number, cells[k].Column, CellValueParser.Parse(cells[k].Text), source: cells[k].Source, isRun: cells[k].IsRun));

            // The nothing after a closing pipe is no cell: counted as one, it made a row one figure short ("| 2 | 0 | … |"
            // with its first figure blank) look complete, and its figures were read one column to the left. (Only where
            // the cells are the line's own pieces: a web page's row text is written from its cells, each with a pipe.)
            if (values.Count > 0 && values[values.Count - 1].IsBlank && PipeCells.EndsWithPipe(line.Text)
                && PipeCells.CountSplit(line.Text) == count && values[values.Count - 1].Raw.Trim().Length == 0)
                values.RemoveAt(values.Count - 1);

            // Converters that write each cell as "text |" frame no row, so a pipe that starts a line closes an empty first
            // cell (table 四's row with its first figure blank: "| 2 | 0 | … |"). Taken so only when the cells after it
            // fall exactly one short of the columns: with as many as the columns (a blank last one written out), the
            // pipe is a frame after all.
            if (!labelled && labelColumns < 0 && leadingPipeIsCell && values.Count == classifier.ColumnCount - 1 && !values[0].IsBlank)
                values.Insert(0, new RawCell("", line.Number, line.FirstColumn, CellValueParser.Parse(""), source: line.At(line.FirstColumn)));

            if (labelled && !resolution.IsMatched)
            {
                // A line of texts and blanks, some of them the table's headers: a header line with unknown words.
                bool anyHeader = false;
                for (int k = 0; k < count && !anyHeader; k++) anyHeader = !cells[k].IsBlank && classifier.IsHeader(cells[k].Text);
                if (anyHeader && values.All(v => v.IsBlank || !IsLikelyFigureCell(v.Raw)))
                {
                    for (int k = 0; k < count; k++)
                        if (!cells[k].IsBlank && !classifier.IsHeader(cells[k].Text))
                            scan.UnrecognizedHeaders.Add(new RawCell(cells[k].Text, line.Number, cells[k].Column, CellValueParser.Parse(cells[k].Text), source: cells[k].Source));
                    scan.HeaderLines.Add(line.Number);
                    return null;
                }
                if (TableTextClassifier.IsProse(label ?? "") && values.All(v => v.IsBlank)) return null;
            }

            var row = new TableRowDraft(labelled ? label : null, resolution, line.Number, labelled ? labelColumn : line.FirstColumn, trailingBlanksArePadding: true,
                labelled ? labelSource : values.Count > 0 ? values[0].Source : line.Location, values)
            {
                InHeader = sawHeader && !inData && labelled && !resolution.IsMatched,
            };
            return row;
        }

        /// <summary>Whether every pipe line of the block starts with a pipe, as Markdown frames its rows.</summary>
        private static bool RowsAreFramed(TextLine[] lines, TableLines block)
        {
            for (int i = block.Start; i < block.End && i < lines.Length; i++)
            {
                string text = lines[i].Text;
                if (!lines[i].IsBlank && TableCells.HasPipe(text) && !PipeCells.StartsWithPipe(text)) return false;
            }
            return true;
        }

        private static int FirstNonBlank(TextCell[] cells, int count)
        {
            for (int i = 0; i < count; i++)
                if (!cells[i].IsBlank) return i;
            return -1;
        }

        // The ideograph first: a figure, most cells asked about, has none and is refused without being parsed.
        private static bool IsLabelLike(string text) => TextNormalizer.ContainsIdeograph(text) && !TableTextClassifier.IsValueLike(text, out _);

        private static bool IsLikelyFigureCell(string text) => TableTextClassifier.IsValueLike(text, out _);
    }
}
