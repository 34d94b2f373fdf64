using System.Collections.Generic;

namespace SchemaGen.Runtime.Documents
{
    /// <summary>
    /// Plain text as a <see cref="Document"/>: one <see cref="TextBlock"/> per line, blank lines included (the one-cell-
    /// per-line layout says "empty cell" with them), and each run of lines that hold a '|' as one
    /// <see cref="TableStructure.Ragged"/> table, a row per line (pipe tables, as crawlers and Markdown converters write
    /// them: rows need not have as many cells as each other). Locations are line:column of the text.
    /// </summary>
    public static class TextDocument
    {
        public static Document Parse(string? text, string? sourceName = null)
        {
            var blocks = new List<Block>();
            string value = text ?? "";
            int lineStart = 0, number = 1;
            var pipeRun = new List<(int Number, string Text)>();

            void FlushPipes()
            {
                if (pipeRun.Count == 0) return;
                blocks.Add(PipeTable(pipeRun));
                pipeRun.Clear();
            }

            void AddLine(string line)
            {
                if (PipeCells.HasPipe(line)) pipeRun.Add((number, line));
                else
                {
                    FlushPipes();
                    blocks.Add(new TextBlock(line, SourceLocation.AtLine(number, 1)));
                }
                number++;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') continue;
                AddLine(value.Substring(lineStart, i - lineStart));
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') i++;
                lineStart = i + 1;
            }
            AddLine(value.Substring(lineStart));
            FlushPipes();
            return new Document(DocumentKind.Text, sourceName, blocks);
        }

        private static TableBlock PipeTable(List<(int Number, string Text)> lines)
        {
            var builder = new TableGridBuilder(TableStructure.Ragged, SourceLocation.AtLine(lines[0].Number, 1));
            foreach (var (lineNumber, line) in lines)
            {
                builder.BeginRow(line);
                foreach (PipeCells.Cell cell in PipeCells.Split(line))
                    builder.AddCell(cell.Text, location: SourceLocation.AtLine(lineNumber, cell.Column));
            }
            return builder.Build();
        }
    }

    /// <summary>How a line of a pipe table splits into cells ('|' or the full-width '｜' between them).</summary>
    public static class PipeCells
    {
        public readonly struct Cell
        {
            public Cell(string text, int column)
            {
                Text = text;
                Column = column;
            }

            /// <summary>The cell's text, trimmed.</summary>
            public string Text { get; }

            /// <summary>1-based column of the cell's first visible character in the line.</summary>
            public int Column { get; }
        }

        public static bool IsPipe(char c) => c == '|' || c == '\uFF5C';

        public static bool HasPipe(string text)
        {
            foreach (char c in text)
                if (IsPipe(c)) return true;
            return false;
        }

        /// <summary>Whether the line's first visible character is a pipe (a Markdown frame, or the end of an empty first cell).</summary>
        public static bool StartsWithPipe(string text)
        {
            int first = FirstVisible(text);
            return first < text.Length && IsPipe(text[first]);
        }

        private static int FirstVisible(string text)
        {
            int first = 0;
            while (first < text.Length && IsSpace(text[first])) first++;
            return first;
        }

        /// <summary>Whether the line's last visible character is a pipe (a closing pipe: no cell follows it).</summary>
        public static bool EndsWithPipe(string text)
        {
            int last = text.Length - 1;
            while (last >= 0 && IsSpace(text[last])) last--;
            return last >= 0 && IsPipe(text[last]);
        }

        /// <summary>How many cells <see cref="Split"/> makes of the line, without making them.</summary>
        public static int CountSplit(string text)
        {
            int pipes = 0;
            foreach (char c in text)
                if (IsPipe(c)) pipes++;
            return StartsWithPipe(text) ? pipes : pipes + 1;
        }

        /// <summary>
        /// A pipe at the very start of the line frames the row (as in Markdown) and opens no cell; pipes at the end leave
        /// empty cells, which readers treat as padding.
        /// </summary>
        public static List<Cell> Split(string text)
        {
            var cells = new List<Cell>(CountSplit(text));
            int start = 0;
            int firstVisible = FirstVisible(text);
            if (firstVisible < text.Length && IsPipe(text[firstVisible])) start = firstVisible + 1;
            for (int i = start; i <= text.Length; i++)
            {
                if (i < text.Length && !IsPipe(text[i])) continue;
                int offset = start;
                while (offset < i && IsSpace(text[offset])) offset++;
                cells.Add(new Cell(Trimmed(text, start, i), offset + 1));
                start = i + 1;
            }
            return cells;
        }

        /// <summary>What <c>text.Substring(start, end - start).Trim()</c> gives, with one string made, not two.</summary>
        private static string Trimmed(string text, int start, int end)
        {
            Reading.TextNormalizer.TrimWhiteSpace(text, ref start, ref end);
            return start == end ? "" : text.Substring(start, end - start);
        }

        private static bool IsSpace(char c) => Reading.TextNormalizer.IsSpaceOrInvisible(c);
    }
}
