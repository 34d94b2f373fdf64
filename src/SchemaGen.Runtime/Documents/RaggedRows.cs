using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Documents
{
    /// <summary>
    /// A text's pipe table as its lines wrote it: each row's cells (their text and column in the line), no grid. The
    /// reader takes such a table row by row and never by slot, so the grid of <see cref="SourceCell"/>s (an object per
    /// cell and per filler padding a short row, close to half of what a text with pipe tables allocated as a document) is
    /// made only when a consumer asks the table for it (<see cref="ToGrid"/>), and it is the grid a
    /// <see cref="TableGridBuilder"/> makes of the same rows.
    /// </summary>
    internal sealed class RaggedRows
    {
        private readonly string[] _texts;
        private readonly int[] _columns;
        private readonly int[] _rowStarts; // where each row's cells start in _texts, and one more for the end
        private readonly int[] _lineNumbers;
        private readonly string[] _lines;

        private RaggedRows(string[] texts, int[] columns, int[] rowStarts, int[] lineNumbers, string[] lines, int columnCount)
        {
            _texts = texts;
            _columns = columns;
            _rowStarts = rowStarts;
            _lineNumbers = lineNumbers;
            _lines = lines;
            ColumnCount = columnCount;
        }

        public int RowCount => _lines.Length;

        /// <summary>The widest row's cell count: the grid's width.</summary>
        public int ColumnCount { get; }

        /// <summary>Every cell's text, row after row.</summary>
        public IReadOnlyList<string> Texts => _texts;

        /// <summary>Each row's line as the text wrote it.</summary>
        public IReadOnlyList<string?> Lines => _lines;

        public int LineNumber(int row) => _lineNumbers[row];

        public int CellCount(int row) => _rowStarts[row + 1] - _rowStarts[row];

        public string Text(int row, int cell) => _texts[_rowStarts[row] + cell];

        /// <summary>The 1-based column of the cell's first visible character in its line.</summary>
        public int Column(int row, int cell) => _columns[_rowStarts[row] + cell];

        /// <summary>The rows as a grid of source cells, short rows padded with fillers, and every cell once in reading order.</summary>
        public (SourceCell[,] Slots, SourceCell[] Cells) ToGrid()
        {
            var slots = new SourceCell[RowCount, ColumnCount];
            var cells = new SourceCell[RowCount * ColumnCount]; // every cell starts its own slot: none spans
            for (int r = 0, i = 0; r < RowCount; r++)
            {
                int count = CellCount(r);
                for (int c = 0; c < ColumnCount; c++, i++)
                {
                    slots[r, c] = cells[i] = c < count
                        ? new SourceCell(Text(r, c), r, c, 1, 1, isHeader: false, isFiller: false, SourceLocation.AtLine(LineNumber(r), Column(r, c)))
                        : new SourceCell("", r, c, 1, 1, isHeader: false, isFiller: true, SourceLocation.None);
                }
            }
            return (slots, cells);
        }

        /// <summary>
        /// Gathers a run of pipe lines row by row, bounded as <see cref="TableGridBuilder"/> bounds a grid (cells past
        /// <see cref="TableGridBuilder.MaxSlots"/> refused; <see cref="RowWouldPassGrid"/> asked before each row). Its
        /// lists are scratch, copied out by <see cref="Build"/>, so one builder serves every table of a text.
        /// </summary>
        internal sealed class Builder
        {
            private const int MaxKeptCells = 1 << 16;

            private readonly List<string> _texts = new List<string>();
            private readonly List<int> _columns = new List<int>();
            private readonly List<int> _rowStarts = new List<int>();
            private readonly List<int> _lineNumbers = new List<int>();
            private readonly List<string> _lines = new List<string>();
            private int _widest;
            private int _inRow;

            public int RowCount => _lines.Count;

            /// <summary>Whether one more row, <paramref name="width"/> cells wide, would make the grid larger than <see cref="TableGridBuilder.MaxSlots"/>.</summary>
            public bool RowWouldPassGrid(long width) => TableGridBuilder.GridWouldPass(RowCount + 1, Math.Max(_widest, width));

            public void BeginRow(int lineNumber, string line)
            {
                _rowStarts.Add(_texts.Count);
                _lineNumbers.Add(lineNumber);
                _lines.Add(line);
                _inRow = 0;
            }

            /// <summary>Adds a cell to the row begun; false (the cell left out) when the table holds <see cref="TableGridBuilder.MaxSlots"/> cells already.</summary>
            public bool AddCell(string text, int column)
            {
                if (_texts.Count + 1 > TableGridBuilder.MaxSlots) return false;
                _texts.Add(text);
                _columns.Add(column);
                if (++_inRow > _widest) _widest = _inRow;
                return true;
            }

            /// <summary>The rows gathered since the last build, as a table; the builder is empty after it.</summary>
            public RaggedRows Build()
            {
                _rowStarts.Add(_texts.Count);
                var rows = new RaggedRows(_texts.ToArray(), _columns.ToArray(), _rowStarts.ToArray(), _lineNumbers.ToArray(), _lines.ToArray(), _widest);
                Clear();
                return rows;
            }

            /// <summary>Empties the builder; false when it grew too large to keep for the thread's next text.</summary>
            public bool Clear()
            {
                _texts.Clear();
                _columns.Clear();
                _rowStarts.Clear();
                _lineNumbers.Clear();
                _lines.Clear();
                _widest = 0;
                _inRow = 0;
                return _texts.Capacity <= MaxKeptCells && _rowStarts.Capacity <= MaxKeptCells;
            }
        }
    }
}
