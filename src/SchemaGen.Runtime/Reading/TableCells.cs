using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>How a table came out of the web page into text.</summary>
    internal enum CellLayout
    {
        /// <summary>One row per line, cells separated by '|' (seeds 000 and 001).</summary>
        Pipe,
        /// <summary>One cell per line, blank lines for empty cells (seed 003).</summary>
        OnePerLine,
        /// <summary>One row per line in fixed-width columns, label and figures apart by runs of spaces (pdftotext -layout).</summary>
        FixedWidth,
    }

    /// <summary>One cell's text and where it starts (1-based column; the cell's first visible character), and where it stands in the input.</summary>
    internal readonly struct TextCell
    {
        public TextCell(string text, int column, SourceLocation source = default, bool isRun = false)
        {
            Text = text;
            Column = column;
            Source = source;
            IsRun = isRun;
            // Asked of each cell by several passes (the row's first figure, header lines, blank rows): worked out once.
            IsBlank = TextNormalizer.IsBlank(text);
        }

        /// <summary>The figures of several cells run together (<see cref="RunTogetherText"/>): how they split into columns is decided when the row is placed.</summary>
        public bool IsRun { get; }

        public string Text { get; }
        public int Column { get; }

        /// <summary>The cell's place in the input (a table block's source cell); none for a cell split out of a line of text.</summary>
        public SourceLocation Source { get; }

        public bool IsBlank { get; }
    }

    internal static class TableCells
    {
        public static bool HasPipe(string text) => PipeCells.HasPipe(text);

        /// <summary>
        /// A block is in pipe layout when a good share of its lines hold a '|' (in pipe tables nearly all do);
        /// a stray pipe in a footnote does not turn a one-cell-per-line table into rows.
        /// </summary>
        public static CellLayout Detect(TextLine[] lines, int start, int end)
        {
            int pipeLines = 0, otherLines = 0, fixedWidth = 0, figureLines = 0;
            for (int i = start; i < end && i < lines.Length; i++)
            {
                if (lines[i].IsTableRow || HasPipe(lines[i].Text)) pipeLines++;
                else if (!lines[i].IsBlank)
                {
                    otherLines++;
                    if (IsFixedWidthRow(lines[i].Text)) fixedWidth++;
                    if (HasFigure(lines[i].Text)) figureLines++;
                }
            }
            if (pipeLines > 0 && pipeLines * 3 >= otherLines) return CellLayout.Pipe;
            return fixedWidth > 0 && fixedWidth * 4 >= figureLines ? CellLayout.FixedWidth : CellLayout.OnePerLine;
        }

        /// <summary>A label, a run of two or more spaces, then figures: a row of a fixed-width layout ("规章      0    0    0").</summary>
        private static bool IsFixedWidthRow(string text)
        {
            // Asked of every line of a block: the line is read in place (trimmed by bounds, words by bounds), and only
            // the words asked about are copied.
            int start = 0, end = text.Length;
            TextNormalizer.TrimWhiteSpace(text, ref start, ref end);
            if (start == end) return false;
            // Both shapes end in a figure: a line that does not (most lines) is refused first.
            int lastWord = end;
            while (lastWord > start && !IsWordSeparator(text[lastWord - 1])) lastWord--;
            if (!CellValueParser.Parse(text.Substring(lastWord, end - lastWord)).IsNumber) return false;
            if (IsFiguresOnly(text, start, end)) return true; // a row of figures only (table 四's)
            // A label, then a gap (its last word, a figure, was checked above).
            int gap = text.IndexOf("  ", start, end - start, System.StringComparison.Ordinal);
            return gap > start && TextNormalizer.ContainsIdeograph(text.Substring(start, gap - start));
        }

        /// <summary>Whether text[start..end) is three words or more, each a figure (words apart at <see cref="IsWordSeparator"/>).</summary>
        private static bool IsFiguresOnly(string text, int start, int end)
        {
            // Counted before any is parsed: most lines asked (a one-cell-per-line table's figures) are one word.
            int words = 0;
            for (int i = start; NextWord(text, ref i, end, out _);) words++;
            if (words < 3) return false;
            for (int i = start; NextWord(text, ref i, end, out int word);)
                if (!CellValueParser.Parse(text.Substring(word, i - word)).IsNumber) return false;
            return true;
        }

        /// <summary>The next word of text[i..end) (it starts at <paramref name="word"/>, <paramref name="i"/> left at its end); false when none is left.</summary>
        private static bool NextWord(string text, ref int i, int end, out int word)
        {
            while (i < end && IsWordSeparator(text[i])) i++;
            word = i;
            while (i < end && !IsWordSeparator(text[i])) i++;
            return i > word;
        }

        private static bool IsWordSeparator(char c) => c == ' ' || c == '\t' || c == '\u3000';

        private static bool HasFigure(string text)
        {
            foreach (char c in text)
                if (c >= '0' && c <= '9') return true;
            return false;
        }

        /// <summary>The cells of a line: a table row's own cells, else the line split at its pipes.</summary>
        public static TextCell[] CellsOf(TextLine line)
        {
            if (line.Cells is not null) return line.Cells;
            // Sized by CountSplit, which counts the cells the enumerator gives (a test holds the two together); a miscount
            // would still give every cell and no empty slot.
            var cells = new TextCell[PipeCells.CountSplit(line.Text)];
            int count = 0;
            foreach (PipeCells.Cell cell in PipeCells.Cells(line.Text))
            {
                if (count == cells.Length) Array.Resize(ref cells, count + 1);
                cells[count++] = new TextCell(cell.Text, cell.Column);
            }
            if (count < cells.Length) Array.Resize(ref cells, count);
            return cells;
        }

        /// <summary>The only non-blank cell of a pipe line ("第二十条第(一)项 | |||"), or the line itself.</summary>
        public static string SoleCell(TextLine line)
        {
            if (!line.IsTableRow && !HasPipe(line.Text)) return line.Text;
            string? sole = null;
            foreach (TextCell cell in CellsOf(line))
            {
                if (cell.IsBlank) continue;
                if (sole is not null) return line.Text;
                sole = cell.Text;
            }
            return sole ?? line.Text;
        }
    }
}
