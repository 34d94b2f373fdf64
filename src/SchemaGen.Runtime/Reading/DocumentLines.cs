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
            foreach (Block block in document.Blocks)
            {
                switch (block)
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
            foreach (Block block in document.Blocks)
            {
                if (block is TextBlock text)
                {
                    count++;
                    foreach (char c in text.Text)
                        if (c == '\n') count++;
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
            int start = 0, offset = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '\n') continue;
                string line = (start == 0 && i == text.Length ? text : text.Substring(start, i - start)).TrimEnd(CarriageReturn);
                SourceLocation location = block.Location.Line > 0 && block.Location.Path is null
                    ? SourceLocation.AtLine(block.Location.Line + offset, offset == 0 ? block.Location.Column : 1)
                    : block.Location;
                lines.Add(new TextLine(lines.Count + 1, line, location));
                start = i + 1;
                offset++;
            }
        }

        private static void AddTable(Lines lines, TableBlock table)
        {
            bool ragged = table.Structure == TableStructure.Ragged;
            for (int r = 0; r < table.RowCount; r++)
            {
                var cells = new List<TextCell>(table.ColumnCount);
                foreach (SourceCell cell in table.CellsStartingIn(r))
                {
                    if (ragged && cell.IsFiller) continue; // a short pipe row is short, not padded
                    cells.Add(new TextCell(cell.Text, cell.Location.Column > 0 ? cell.Location.Column : 1, cell.Location));
                }
                SourceLocation location = cells.Count > 0 && !cells[0].Source.IsNone ? cells[0].Source : table.Location;
                if (ragged && location.Line > 0) location = SourceLocation.AtLine(location.Line, 1);
                string text = table.RowSourceTexts?[r] ?? RowText(cells);
                lines.Add(new TextLine(lines.Count + 1, text, location, cells));
            }
        }

        /// <summary>The row as a pipe line, for what reads a row as one text (headings, captions, prose tests).</summary>
        private static string RowText(List<TextCell> cells)
        {
            var text = new StringBuilder("|");
            foreach (TextCell cell in cells) text.Append(' ').Append(cell.Text.Replace('\n', ' ')).Append(" |");
            return text.ToString();
        }
    }
}
