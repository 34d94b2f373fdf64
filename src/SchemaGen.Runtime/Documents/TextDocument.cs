using System;
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
            string value = text ?? "";
            // The lines are gathered in this thread's lists, grown as lines come (counting them first searched the whole
            // text for breaks a second time), and the document gets one array of its size: a new list per text grew by
            // doubling, which allocated about three times the array it ended as.
            ParseLists lists = _spareLists ?? new ParseLists();
            _spareLists = null; // taken while this text is parsed
            try
            {
                return ParseInto(value, sourceName, lists);
            }
            finally
            {
                if (lists.Release()) _spareLists = lists;
            }
        }

        [ThreadStatic] private static ParseLists? _spareLists;

        /// <summary>The lists a parse fills, kept by the thread for its next text once emptied (a huge text's are let go).</summary>
        private sealed class ParseLists
        {
            private const int MaxKeptLines = 1 << 16;

            public List<Block> Blocks { get; } = new List<Block>();

            public List<(int Number, string Text)> PipeRun { get; } = new List<(int Number, string Text)>();

            public RaggedRows.Builder PipeTable { get; } = new RaggedRows.Builder();

            /// <summary>Empties the lists (they hold no line of the text after it); false when they grew too large to keep.</summary>
            public bool Release()
            {
                Blocks.Clear();
                PipeRun.Clear();
                bool tableKept = PipeTable.Clear();
                return Blocks.Capacity <= MaxKeptLines && PipeRun.Capacity <= MaxKeptLines && tableKept;
            }
        }

        private static Document ParseInto(string value, string? sourceName, ParseLists lists)
        {
            int lineStart = 0, number = 1;
            List<DocumentNote>? notes = null;
            List<Block> blocks = lists.Blocks;
            List<(int Number, string Text)> pipeRun = lists.PipeRun;

            void FlushPipes()
            {
                if (pipeRun.Count == 0) return;
                AddPipeTables(pipeRun, lists.PipeTable, blocks, ref notes);
                pipeRun.Clear();
            }

            void AddLine(string line)
            {
                if (PipeCells.HasPipe(line)) pipeRun.Add((number, line));
                else
                {
                    FlushPipes();
                    blocks.Add(new TextBlock(line, SourceLocation.AtLine(number, 1), isHeading: false, isOneLine: true));
                }
                number++;
            }

            for (int i = NextBreak(value, 0); i >= 0; i = NextBreak(value, lineStart))
            {
                AddLine(value.Substring(lineStart, i - lineStart));
                lineStart = LastOfBreak(value, i) + 1;
            }
            AddLine(value.Substring(lineStart));
            FlushPipes();
            return new Document(DocumentKind.Text, sourceName, blocks.ToArray(), notes);
        }

        /// <summary>
        /// The line and column (both 1-based, the column in UTF-16 units) of a place in <paramref name="text"/>, numbered
        /// as <see cref="Parse"/> numbers its lines: for what points into text before it is parsed (a decoder's or a
        /// markup guard's note).
        /// </summary>
        /// <param name="index">A UTF-16 index into the text; its length means "just after the end".</param>
        public static SourceLocation LocationAt(string? text, int index)
        {
            string value = text ?? "";
            int end = index < 0 ? 0 : index > value.Length ? value.Length : index;
            int line = 1, lineStart = 0;
            for (int i = NextBreak(value, 0); i >= 0 && i < end; i = NextBreak(value, lineStart))
            {
                i = LastOfBreak(value, i);
                if (i >= end) break; // the place is inside a CR LF: still on this line
                line++;
                lineStart = i + 1;
            }
            return SourceLocation.AtLine(line, end - lineStart + 1);
        }

        // The line breaks: LF, CR (CR LF is one break), and Unicode's line and paragraph separators.
        private static readonly char[] LineBreaks = { '\n', '\r', '\u2028', '\u2029' };

        /// <summary>The index of the next line break from <paramref name="from"/> on, or -1 (searched many characters at a time).</summary>
        private static int NextBreak(string value, int from) => from >= value.Length ? -1 : value.IndexOfAny(LineBreaks, from);

        /// <summary>Where the line break starting at <paramref name="i"/> ends: CR LF is one break.</summary>
        private static int LastOfBreak(string value, int i) => value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n' ? i + 1 : i;

        /// <summary>
        /// A run of pipe lines as table blocks. A table's grid is its rows times its widest row (short rows are padded with
        /// fillers), so one wide line among many short ones would make a grid far larger than the text (a line of 1,000
        /// cells over 30,000 short ones took 4 GB): the run is cut into tables whose grids stay within
        /// <see cref="TableGridBuilder.MaxSlots"/>. A report's table is a few hundred slots; only a broken or hostile text
        /// is cut, and every line still reaches the reader as a row. Cells past the bound in one line are left out, and said.
        /// The tables keep their rows as the lines wrote them (<see cref="RaggedRows"/>), with no source cell per slot.
        /// </summary>
        private static void AddPipeTables(List<(int Number, string Text)> lines, RaggedRows.Builder table, List<Block> blocks, ref List<DocumentNote>? notes)
        {
            foreach (var (lineNumber, line) in lines)
            {
                if (table.RowCount > 0 && GridWouldPass(table, line)) blocks.Add(Built(table));
                table.BeginRow(lineNumber, line);
                foreach (PipeCells.Cell cell in PipeCells.Cells(line))
                {
                    if (!table.AddCell(cell.Text, cell.Column))
                    {
                        (notes ??= new List<DocumentNote>()).Add(new DocumentNote(Reading.ReadDiagnosticIds.ContentSkipped, Validation.FindingSeverity.Warning,
                            string.Format(System.Globalization.CultureInfo.InvariantCulture,
                                "the line has more than {0:N0} cells: those after the first {0:N0} are left out", TableGridBuilder.MaxSlots),
                            SourceLocation.AtLine(lineNumber, cell.Column)));
                        break;
                    }
                }
            }
            if (table.RowCount > 0) blocks.Add(Built(table));
        }

        private static TableBlock Built(RaggedRows.Builder table)
        {
            RaggedRows rows = table.Build();
            return new TableBlock(rows, SourceLocation.AtLine(rows.LineNumber(0), 1));
        }

        /// <summary>
        /// Whether a row of this line would pass the table's grid bound. A line has at most its length plus one cells, so
        /// a report's lines are never counted.
        /// </summary>
        private static bool GridWouldPass(RaggedRows.Builder table, string line)
            => table.RowWouldPassGrid(line.Length + 1) && table.RowWouldPassGrid(PipeCells.CountSplit(line));
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

        // Asked of every line of a text file: a search for two characters at once goes many characters at a time.
        public static bool HasPipe(string text) => text.IndexOfAny(Pipes) >= 0;

        private static readonly char[] Pipes = { '|', '\uFF5C' };

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
            foreach (Cell cell in Cells(text)) cells.Add(cell);
            return cells;
        }

        /// <summary>The cells <see cref="Split"/> makes, one at a time, without a list (a text report has a pipe row per line of its tables).</summary>
        internal static CellEnumerator Cells(string text) => new CellEnumerator(text);

        internal struct CellEnumerator
        {
            private readonly string _text;
            private int _start; // where the next cell starts; past the end when every cell was given

            public CellEnumerator(string text)
            {
                _text = text;
                int firstVisible = FirstVisible(text);
                _start = firstVisible < text.Length && IsPipe(text[firstVisible]) ? firstVisible + 1 : 0;
                Current = default;
            }

            public CellEnumerator GetEnumerator() => this;

            public Cell Current { get; private set; }

            public bool MoveNext()
            {
                if (_start > _text.Length) return false;
                int i = _start;
                while (i < _text.Length && !IsPipe(_text[i])) i++;
                int offset = _start;
                while (offset < i && IsSpace(_text[offset])) offset++;
                Current = new Cell(Trimmed(_text, _start, i), offset + 1);
                _start = i + 1;
                return true;
            }
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
