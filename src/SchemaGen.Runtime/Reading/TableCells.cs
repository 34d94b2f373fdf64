using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>How a table came out of the web page into text.</summary>
    internal enum CellLayout
    {
        /// <summary>One row per line, cells separated by '|' (seeds 000 and 001).</summary>
        Pipe,
        /// <summary>One cell per line, blank lines for empty cells (seed 003).</summary>
        OnePerLine,
    }

    /// <summary>One cell's text and where it starts (1-based column; the cell's first visible character).</summary>
    internal readonly struct TextCell
    {
        public TextCell(string text, int column)
        {
            Text = text;
            Column = column;
        }

        public string Text { get; }
        public int Column { get; }
        public bool IsBlank => TextNormalizer.IsBlank(Text);
    }

    internal static class TableCells
    {
        public static bool IsPipe(char c) => c == '|' || c == '\uFF5C';

        public static bool HasPipe(string text)
        {
            foreach (char c in text)
                if (IsPipe(c)) return true;
            return false;
        }

        /// <summary>
        /// A block is in pipe layout when a good share of its lines hold a '|' (in pipe tables nearly all do);
        /// a stray pipe in a footnote does not turn a one-cell-per-line table into rows.
        /// </summary>
        public static CellLayout Detect(TextLine[] lines, int start, int end)
        {
            int pipeLines = 0, otherLines = 0;
            for (int i = start; i < end && i < lines.Length; i++)
            {
                if (HasPipe(lines[i].Text)) pipeLines++;
                else if (!lines[i].IsBlank) otherLines++;
            }
            return pipeLines > 0 && pipeLines * 3 >= otherLines ? CellLayout.Pipe : CellLayout.OnePerLine;
        }

        /// <summary>
        /// Splits a pipe row into cells. A pipe at the very start of the line frames the row (as in Markdown)
        /// and opens no cell; pipes at the end leave empty cells, which the placer treats as padding.
        /// </summary>
        public static List<TextCell> SplitPipes(string text)
        {
            var cells = new List<TextCell>();
            int start = 0;
            int firstVisible = 0;
            while (firstVisible < text.Length && TextNormalizer.IsSpaceOrInvisible(text[firstVisible])) firstVisible++;
            if (firstVisible < text.Length && IsPipe(text[firstVisible])) start = firstVisible + 1;
            for (int i = start; i <= text.Length; i++)
            {
                if (i < text.Length && !IsPipe(text[i])) continue;
                string cell = text.Substring(start, i - start);
                int offset = 0;
                while (offset < cell.Length && TextNormalizer.IsSpaceOrInvisible(cell[offset])) offset++;
                cells.Add(new TextCell(cell.Trim(), start + offset + 1));
                start = i + 1;
            }
            return cells;
        }

        /// <summary>The only non-blank cell of a pipe line ("第二十条第(一)项 | |||"), or the line itself.</summary>
        public static string SoleCell(string text)
        {
            if (!HasPipe(text)) return text;
            string? sole = null;
            foreach (TextCell cell in SplitPipes(text))
            {
                if (cell.IsBlank) continue;
                if (sole is not null) return text;
                sole = cell.Text;
            }
            return sole ?? text;
        }
    }
}
