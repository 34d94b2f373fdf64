using System;
using System.Collections.Generic;
using System.Text;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Lays a <see cref="Document"/> out as the lines the reader walks: each line of a text block, and each row of a
    /// table block with its cells (a merged cell once, in the row where it starts), numbered in order; each keeps its
    /// place in the input.
    /// </summary>
    internal static class DocumentLines
    {
        public static TextLine[] Of(Document document)
        {
            // Counted first, so that the lines are laid straight into one array of the right size.
            var lines = new Lines(new TextLine[Math.Max(1, CountLines(document))]);
            Block[] blocks = document.BlockArray;
            for (int b = 0; b < blocks.Length; b++)
            {
                switch (blocks[b])
                {
                    case TextBlock text:
                        AddText(lines, text);
                        break;
                    case TableBlock table:
                        AddTable(lines, table);
                        break;
                }
            }
            if (lines.Count == 0) lines.Add(new TextLine(1, ""));
            return lines.Array;
        }

        private static int CountLines(Document document)
        {
            int count = 0;
            Block[] blocks = document.BlockArray;
            for (int b = 0; b < blocks.Length; b++)
            {
                Block block = blocks[b];
                if (block is TextBlock text)
                {
                    count++;
                    if (text.IsOneLine) continue;
                    for (int at = text.Text.IndexOf('\n'); at >= 0; at = text.Text.IndexOf('\n', at + 1)) count++;
                }
                else if (block is TableBlock table) count += table.RowCount;
            }
            return count;
        }

        /// <summary>An array filled from the start, the count so far numbering the next line.</summary>
        private sealed class Lines
        {
            public Lines(TextLine[] array) => Array = array;

            public TextLine[] Array { get; }

            public int Count { get; private set; }

            public void Add(TextLine line) => Array[Count++] = line;
        }

        // netstandard2.0 has only TrimEnd(params char[]): a literal there made an array for every line.
        private static readonly char[] CarriageReturn = { '\r' };

        private static void AddText(Lines lines, TextBlock block)
        {
            string text = block.Text;
            if (block.IsOneLine)
            {
                // A plain text's line: the block is the line, with nothing to search for.
                lines.Add(new TextLine(lines.Count + 1, text.TrimEnd(CarriageReturn), LineLocation(block, 0)));
                return;
            }
            int start = 0, offset = 0;
            // Each line break found by a search many characters at a time; the text's end closes the last line.
            for (int i = NextBreak(text, 0); start <= text.Length; i = NextBreak(text, start))
            {
                string line = (start == 0 && i == text.Length ? text : text.Substring(start, i - start)).TrimEnd(CarriageReturn);
                lines.Add(new TextLine(lines.Count + 1, line, LineLocation(block, offset)));
                start = i + 1;
                offset++;
            }
        }

        /// <summary>Where the block's line <paramref name="offset"/> (0 for its first) starts: line:column in a text, else the block's place.</summary>
        private static SourceLocation LineLocation(TextBlock block, int offset)
            => block.Location.Line > 0 && !block.Location.HasPath
                ? SourceLocation.AtLine(block.Location.Line + offset, offset == 0 ? block.Location.Column : 1)
                : block.Location;

        /// <summary>The index of the next '\n' from <paramref name="from"/> on, or the text's length when there is none.</summary>
        private static int NextBreak(string text, int from)
        {
            int at = from < text.Length ? text.IndexOf('\n', from) : -1;
            return at < 0 ? text.Length : at;
        }

        private static void AddTable(Lines lines, TableBlock table)
        {
            if (table.Ragged is { } rows)
            {
                AddRows(lines, rows, table.Location);
                return;
            }
            bool ragged = table.Structure == TableStructure.Ragged;
            for (int r = 0; r < table.RowCount; r++)
            {
                // Counted first, so that the row's cells are one array of their size.
                int count = 0;
                for (int c = 0; c < table.ColumnCount; c++)
                    if (Keeps(table, r, c, ragged)) count++;
                var cells = new TextCell[count];
                for (int c = 0, i = 0; c < table.ColumnCount; c++)
                {
                    if (!Keeps(table, r, c, ragged)) continue;
                    SourceCell cell = table[r, c];
                    cells[i++] = new TextCell(cell.Text, cell.Location.Column > 0 ? cell.Location.Column : 1, cell.Location);
                }
                SourceLocation location = cells.Length > 0 && !cells[0].Source.IsNone ? cells[0].Source : table.Location;
                if (ragged && location.Line > 0) location = SourceLocation.AtLine(location.Line, 1);
                string text = table.RowSourceTexts?[r] ?? RowText(cells);
                lines.Add(new TextLine(lines.Count + 1, text, location, cells));
            }
        }

        /// <summary>A text's pipe table, a line per row with the cells its line wrote (what the grid's slots would give, fillers left out).</summary>
        private static void AddRows(Lines lines, RaggedRows rows, SourceLocation tableLocation)
        {
            for (int r = 0; r < rows.RowCount; r++)
            {
                int line = rows.LineNumber(r);
                var cells = new TextCell[rows.CellCount(r)];
                for (int i = 0; i < cells.Length; i++)
                {
                    int column = rows.Column(r, i);
                    cells[i] = new TextCell(rows.Text(r, i), column > 0 ? column : 1, SourceLocation.AtLine(line, column));
                }
                SourceLocation location = cells.Length > 0 ? SourceLocation.AtLine(line, 1) : tableLocation;
                lines.Add(new TextLine(lines.Count + 1, rows.Lines[r] ?? RowText(cells), location, cells));
            }
        }

        /// <summary>Whether the row's line holds the cell at a slot: a cell starting there, not a filler of a short pipe row (which is short, not padded).</summary>
        private static bool Keeps(TableBlock table, int row, int column, bool ragged)
            => table.IsOrigin(row, column) && !(ragged && table[row, column].IsFiller);

        /// <summary>The row as a pipe line, for what reads a row as one text (headings, captions, prose tests).</summary>
        private static string RowText(TextCell[] cells)
        {
            var text = new StringBuilder("|");
            foreach (TextCell cell in cells) text.Append(' ').Append(cell.Text.Replace('\n', ' ')).Append(" |");
            return text.ToString();
        }
    }
}
