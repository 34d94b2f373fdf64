using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Documents
{
    /// <summary>
    /// Builds a <see cref="TableBlock"/> the way the HTML standard's "forming a table" algorithm places cells: row by
    /// row, each cell in the first slot of its row that no earlier cell (spanning down from above) covers, spans clamped
    /// (column span 1–1000, row span 0–65534, 0 meaning "to the last row"), and a span past the last row cut there.
    /// Word's vertical merges are expressed with <see cref="ExtendCellAbove"/>, its <c>gridBefore</c> with
    /// <see cref="SkipColumns"/>. Slots nothing covers become filler cells, so the result is always rectangular.
    /// </summary>
    public sealed class TableGridBuilder
    {
        public const int MaxColumnSpan = 1000;
        public const int MaxRowSpan = 65534;

        /// <summary>Past this many columns or rows a table is not a report table; the builder stops taking cells (and says so in <see cref="WasTruncated"/>).</summary>
        public const int MaxSlots = 200_000;

        private readonly TableStructure _structure;
        private readonly SourceLocation _location;
        // The widest row so far: one past the rightmost slot any cell covers (the finished grid's column count).
        private int _widest;
        // The slots of the rows begun so far, what occupies each (null: nothing yet), row after row; scratch that Build
        // copies into the grid, so the thread keeps it for its next table (see RowSlots).
        private RowSlots? _occupied = RowSlots.Take();
        // Cells that reach down past the current row, with the last row they reach (int.MaxValue: to the last row).
        private readonly Dictionary<SourceCell, int> _reachesTo = new Dictionary<SourceCell, int>();
        // The cells reaching into the row being begun, each with the order it was met in (so that sorting is stable).
        private readonly List<(KeyValuePair<SourceCell, int> Reach, int Met)> _reaching = new List<(KeyValuePair<SourceCell, int> Reach, int Met)>();

        private static readonly Comparison<(KeyValuePair<SourceCell, int> Reach, int Met)> ByColumnThenOrderMet = (a, b) =>
        {
            int byColumn = a.Reach.Key.Column.CompareTo(b.Reach.Key.Column);
            return byColumn != 0 ? byColumn : a.Met.CompareTo(b.Met);
        };
        private int _row = -1;
        private int _cursor;
        private long _slots;

        public TableGridBuilder(TableStructure structure, SourceLocation location)
        {
            _structure = structure;
            _location = location;
        }

        /// <summary>Leading rows the input marks as header rows; see <see cref="TableBlock.HeaderRowCount"/>.</summary>
        public int HeaderRowCount { get; set; }

        /// <summary>Rows begun so far.</summary>
        public int RowCount => _row + 1;

        /// <summary>True when cells were dropped because the table grew past <see cref="MaxSlots"/>.</summary>
        public bool WasTruncated { get; private set; }

        /// <summary>
        /// Whether one more row, <paramref name="width"/> slots wide, would make the finished grid (rows × widest row: short
        /// rows are padded with fillers) larger than <see cref="MaxSlots"/>. The builder bounds the slots its cells cover,
        /// not the grid they make, which one wide row over many short ones makes far larger: each reader asks this before
        /// a row, and stops (text: starts another table) when it is so.
        /// </summary>
        public bool RowWouldPassGrid(long width) => GridWouldPass(RowCount + 1, Math.Max(_widest, width));

        /// <summary>Whether a grid of <paramref name="rows"/> rows, <paramref name="width"/> slots wide, is larger than <see cref="MaxSlots"/>: the bound every table's grid keeps.</summary>
        internal static bool GridWouldPass(long rows, long width) => rows * Math.Max(1, width) > MaxSlots;

        public void BeginRow() => BeginRow(null);

        /// <summary>Begins a row that was one line of a text input, keeping that line as it was written.</summary>
        internal void BeginRow(string? sourceText)
        {
            RowSlots occupied = Open();
            _row++;
            occupied.BeginRow(sourceText);
            _cursor = 0;
            if (_reachesTo.Count == 0) return; // most rows: no cell spans down into them
            // In column order, ties in the dictionary's order (a stable sort, as a LINQ OrderBy gave before), into a list kept
            // for every row: a rowspan column reaches into most rows of a table, and a filter, a sort and a copy per row
            // added up. The cells are nearly always met in column order already; sorted only when they are not.
            _reaching.Clear();
            bool inOrder = true;
            foreach (var pair in _reachesTo)
            {
                if (pair.Value < _row) continue;
                if (_reaching.Count > 0 && _reaching[_reaching.Count - 1].Reach.Key.Column > pair.Key.Column) inOrder = false;
                _reaching.Add((pair, _reaching.Count));
            }
            if (!inOrder) _reaching.Sort(ByColumnThenOrderMet);
            foreach (var (pair, _) in _reaching)
            {
                SourceCell cell = pair.Key;
                cell.RowSpan = _row - cell.Row + 1;
                for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++) Occupy(c, cell);
                _slots += cell.ColumnSpan;
                if (pair.Value == _row) _reachesTo.Remove(cell);
            }
        }

        /// <summary>Places the next cell of the current row (a row is begun if none is).</summary>
        /// <param name="rowSpan">1 for an ordinary cell; 0 spans to the last row of the table.</param>
        public SourceCell? AddCell(string? text, int rowSpan = 1, int columnSpan = 1, bool isHeader = false, SourceLocation location = default)
        {
            if (_row < 0) BeginRow();
            Open();
            columnSpan = Math.Max(1, Math.Min(columnSpan, MaxColumnSpan));
            rowSpan = Math.Max(0, Math.Min(rowSpan, MaxRowSpan));
            if (_slots + columnSpan > MaxSlots)
            {
                WasTruncated = true;
                return null;
            }
            while (IsOccupied(_cursor)) _cursor++;
            var cell = new SourceCell(text ?? "", _row, _cursor, 1, columnSpan, isHeader, isFiller: false, location);
            for (int c = _cursor; c < _cursor + columnSpan; c++) Occupy(c, cell);
            if (rowSpan != 1) _reachesTo[cell] = rowSpan == 0 ? int.MaxValue : _row + rowSpan - 1;
            _slots += columnSpan;
            _cursor += columnSpan;
            return cell;
        }

        /// <summary>Leaves the next <paramref name="count"/> free slots of the row empty (Word's <c>gridBefore</c>).</summary>
        public void SkipColumns(int count)
        {
            if (_row < 0) BeginRow();
            Open();
            for (int i = 0; i < count && _cursor < MaxColumnSpan; i++)
            {
                while (IsOccupied(_cursor)) _cursor++;
                _cursor++;
            }
        }

        /// <summary>
        /// Word's vertical merge: the next free slot of this row continues the cell above it, which then spans one more
        /// row. Returns false (and places an empty cell instead) when no cell ends just above.
        /// </summary>
        public bool ExtendCellAbove(int columnSpan = 1, SourceLocation location = default)
        {
            if (_row < 0) BeginRow();
            RowSlots occupied = Open();
            while (IsOccupied(_cursor)) _cursor++;
            SourceCell? above = _row > 0 && _cursor < occupied.RowLength(_row - 1) ? occupied.Slot(occupied.RowStart(_row - 1) + _cursor) : null;
            if (above is null || above.Row + above.RowSpan != _row || _reachesTo.ContainsKey(above))
            {
                AddCell("", 1, columnSpan, false, location);
                return false;
            }
            above.RowSpan++;
            for (int c = above.Column; c < above.Column + above.ColumnSpan; c++) Occupy(c, above);
            _slots += above.ColumnSpan;
            _cursor = Math.Max(_cursor, above.Column + above.ColumnSpan);
            return true;
        }

        /// <summary>The table as placed so far. Once built, the builder takes no more cells (its rows' scratch is handed on).</summary>
        public TableBlock Build()
        {
            if (_built is not null) return _built;
            RowSlots occupied = Open();
            int rows = _row + 1;
            int columns = _widest;
            var slots = new SourceCell[rows, columns];
            // Every cell, the fillers too, in reading order: each is listed at its own first slot, which no other cell has.
            var ordered = new List<SourceCell>(rows * columns); // at most one per slot, as the grid array itself
            for (int r = 0; r < rows; r++)
            {
                int start = occupied.RowStart(r), length = occupied.RowLength(r);
                for (int c = 0; c < columns; c++)
                {
                    SourceCell? cell = c < length ? occupied.Slot(start + c) : null;
                    cell ??= new SourceCell("", r, c, 1, 1, false, isFiller: true, SourceLocation.None);
                    slots[r, c] = cell;
                    if (cell.Row == r && cell.Column == c) ordered.Add(cell);
                }
            }
            _built = new TableBlock(slots, ordered, _structure, Math.Max(0, Math.Min(HeaderRowCount, rows)), _location)
            {
                RowSourceTexts = occupied.RowTexts(),
            };
            _occupied = null;
            occupied.Release();
            return _built;
        }

        private TableBlock? _built;

        /// <summary>The rows' slots while the table is being built.</summary>
        private RowSlots Open() => _occupied ?? throw new InvalidOperationException("the table was built: a builder takes no cells after Build");

        private bool IsOccupied(int column) => _occupied!.InLastRow(column) is not null;

        private void Occupy(int column, SourceCell cell)
        {
            _occupied!.Occupy(column, cell);
            if (column >= _widest) _widest = column + 1;
        }

        /// <summary>
        /// What occupies each slot of each row begun, row after row in one list (row r from its start to the next row's),
        /// and each row's source text. Only the last row grows. Scratch, copied into the grid by Build: the thread keeps
        /// one, emptied, for its next table (a new list per row of every table was a fifth of what a text report with pipe
        /// tables allocated to be read); a table built inside another's building (an HTML table in a cell) makes its own.
        /// </summary>
        private sealed class RowSlots
        {
            private const int MaxKeptSlots = 1 << 16;

            [ThreadStatic] private static RowSlots? _spare;

            private readonly List<SourceCell?> _slots = new List<SourceCell?>();
            private readonly List<int> _rowStarts = new List<int>();
            private readonly List<string?> _rowTexts = new List<string?>();
            private int _lastStart; // where the last row begun starts: the row cells are placed in, asked most

            public static RowSlots Take()
            {
                RowSlots? spare = _spare;
                _spare = null;
                return spare ?? new RowSlots();
            }

            /// <summary>Empties the lists and hands them to the thread's next table, unless a huge table grew them.</summary>
            public void Release()
            {
                bool keep = _slots.Capacity <= MaxKeptSlots && _rowStarts.Capacity <= MaxKeptSlots;
                _slots.Clear();
                _rowStarts.Clear();
                _rowTexts.Clear();
                _lastStart = 0;
                if (keep) _spare = this;
            }

            public void BeginRow(string? sourceText)
            {
                _lastStart = _slots.Count;
                _rowStarts.Add(_lastStart);
                _rowTexts.Add(sourceText);
            }

            /// <summary>Where a row begun starts among the slots.</summary>
            public int RowStart(int row) => _rowStarts[row];

            /// <summary>How many slots a row begun reaches (a slot past them is unoccupied).</summary>
            public int RowLength(int row) => (row + 1 < _rowStarts.Count ? _rowStarts[row + 1] : _slots.Count) - _rowStarts[row];

            /// <summary>What occupies the slot at an index (a row's start plus a column within its length); null when nothing does.</summary>
            public SourceCell? Slot(int index) => _slots[index];

            /// <summary>What occupies a slot of the last row begun; null when nothing does, or the row does not reach it.</summary>
            public SourceCell? InLastRow(int column) => column < _slots.Count - _lastStart ? _slots[_lastStart + column] : null;

            /// <summary>Lets the cell occupy a slot of the last row begun (the only one that grows), unless another already does.</summary>
            public void Occupy(int column, SourceCell cell)
            {
                while (_slots.Count - _lastStart <= column) _slots.Add(null);
                if (_slots[_lastStart + column] is null) _slots[_lastStart + column] = cell;
            }

            /// <summary>Each row's source text, or null when no row has one.</summary>
            public string?[]? RowTexts() => _rowTexts.Exists(t => t is not null) ? _rowTexts.ToArray() : null;
        }
    }
}
