using System.Collections.Generic;
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
        }

        /// <summary>The figures of several cells run together (<see cref="RunTogetherText"/>): how they split into columns is decided when the row is placed.</summary>
        public bool IsRun { get; }

        public string Text { get; }
        public int Column { get; }

        /// <summary>The cell's place in the input (a table block's source cell); none for a cell split out of a line of text.</summary>
        public SourceLocation Source { get; }

        public bool IsBlank => TextNormalizer.IsBlank(Text);
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
            int pipeLines = 0, otherLines = 0;
            for (int i = start; i < end && i < lines.Length; i++)
            {
                if (lines[i].IsTableRow || HasPipe(lines[i].Text)) pipeLines++;
                else if (!lines[i].IsBlank) otherLines++;
            }
            return pipeLines > 0 && pipeLines * 3 >= otherLines ? CellLayout.Pipe : CellLayout.OnePerLine;
        }

        /// <summary>The cells of a line: a table row's own cells, else the line split at its pipes.</summary>
        public static IReadOnlyList<TextCell> CellsOf(TextLine line)
        {
            if (line.Cells is not null) return line.Cells;
            var cells = new List<TextCell>();
            foreach (PipeCells.Cell cell in PipeCells.Split(line.Text)) cells.Add(new TextCell(cell.Text, cell.Column));
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
