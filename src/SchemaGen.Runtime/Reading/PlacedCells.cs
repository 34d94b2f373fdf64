using System;
using System.Collections;
using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Where each cell of a table goes among its placed cells: one slot per (leaf row, leaf column) key, worked out once
    /// per table of a schema. Two leaf cells with the same key share a slot, as they shared a dictionary entry.
    /// </summary>
    internal sealed class TableCellSlots
    {
        private readonly (string Row, string Column)[] _keys;
        private readonly int[] _slotOfCell; // row ordinal × columns + column ordinal → slot
        private readonly Dictionary<(string Row, string Column), int> _slotOfKey;
        private readonly Dictionary<AxisNodeDescriptor, int> _rowOrdinals;
        private readonly int _rows;
        private readonly int _columns;

        public TableCellSlots(AxisNodeDescriptor[] leafRows, AxisNodeDescriptor[] leafColumns)
        {
            _rows = leafRows.Length;
            _columns = leafColumns.Length;
            _slotOfCell = new int[leafRows.Length * _columns];
            _slotOfKey = new Dictionary<(string Row, string Column), int>(_slotOfCell.Length, CellKeyComparer.Instance);
            _rowOrdinals = new Dictionary<AxisNodeDescriptor, int>(leafRows.Length);
            var keys = new List<(string Row, string Column)>(_slotOfCell.Length);
            for (int r = 0; r < leafRows.Length; r++)
            {
                if (!_rowOrdinals.ContainsKey(leafRows[r])) _rowOrdinals.Add(leafRows[r], r);
                for (int c = 0; c < _columns; c++)
                {
                    var key = (leafRows[r].Path, leafColumns[c].Id);
                    if (!_slotOfKey.TryGetValue(key, out int slot))
                    {
                        slot = keys.Count;
                        keys.Add(key);
                        _slotOfKey.Add(key, slot);
                    }
                    _slotOfCell[r * _columns + c] = slot;
                }
            }
            _keys = keys.ToArray();
        }

        public int Count => _keys.Length;

        public (string Row, string Column) KeyOf(int slot) => _keys[slot];

        public bool TryFind((string Row, string Column) key, out int slot) => _slotOfKey.TryGetValue(key, out slot);

        /// <summary>A leaf row's place among the table's leaf rows: looked up once for a row whose cells are placed one after another.</summary>
        public int RowOf(AxisNodeDescriptor row)
            => _rowOrdinals.TryGetValue(row, out int r) ? r : throw new InvalidOperationException($"{row.Path} is not a leaf row of the table");

        /// <summary>How many leaf rows the table has (the places <see cref="RowOf"/> gives run from 0 to one less).</summary>
        public int RowCount => _rows;

        /// <summary><see cref="RowOf"/>, or false for a row that is not a leaf row of the table.</summary>
        public bool TryRowOf(AxisNodeDescriptor row, out int ordinal) => _rowOrdinals.TryGetValue(row, out ordinal);

        /// <summary>The slot of the cell of leaf row <paramref name="row"/> (its <see cref="RowOf"/>) in leaf column <paramref name="column"/>.</summary>
        public int SlotOf(int row, int column)
            => row >= 0 && row < _rows && column >= 0 && column < _columns
                ? _slotOfCell[row * _columns + column]
                : throw new InvalidOperationException($"row {row} × column {column} is not a leaf cell of the table");
    }

    /// <summary>
    /// A table's placed cells: a value per slot (<see cref="TableCellSlots"/>) instead of a dictionary entry per cell, read
    /// and written without hashing keys. Enumerated as the dictionary it replaces was, which the blank-cells message and
    /// every consumer of <see cref="TableReading.Cells"/> see: cells in the order they were placed, and a cell placed
    /// after others were removed taking the place of the last one removed (a dictionary's free list).
    /// </summary>
    internal sealed class PlacedCells : IReadOnlyDictionary<(string Row, string Column), CellReading>
    {
        private readonly TableCellSlots _slots;
        private CellReading[]? _values;
        private int[]? _entryOfSlot;  // the slot's place in the order, plus one; 0 while the slot holds no cell
        private int[]? _slotOfEntry;  // the slot at each place in the order; -1 where a cell was removed
        private int _entries;         // places used in the order, removed ones included
        private int[]? _freed;        // places of removed cells, the last removed on top
        private int _freedCount;

        public PlacedCells(TableCellSlots slots) => _slots = slots;

        public int Count { get; private set; }

        public CellReading this[(string Row, string Column) key]
            => TryGetValue(key, out CellReading value) ? value : throw new KeyNotFoundException($"no cell ({key.Row}, {key.Column}) was placed");

        public IEnumerable<(string Row, string Column)> Keys
        {
            get
            {
                foreach (KeyValuePair<(string Row, string Column), CellReading> cell in this) yield return cell.Key;
            }
        }

        public IEnumerable<CellReading> Values
        {
            get
            {
                foreach (KeyValuePair<(string Row, string Column), CellReading> cell in this) yield return cell.Value;
            }
        }

        public bool ContainsKey((string Row, string Column) key) => TryGetValue(key, out _);

        public bool TryGetValue((string Row, string Column) key, out CellReading value)
        {
            if (_entryOfSlot is not null && _slots.TryFind(key, out int slot) && _entryOfSlot[slot] > 0)
            {
                value = _values![slot];
                return true;
            }
            value = default;
            return false;
        }

        /// <summary>Places (or replaces) the cell of leaf row <paramref name="row"/> (<see cref="TableCellSlots.RowOf"/>) in leaf column <paramref name="column"/>.</summary>
        public void Set(int row, int column, CellReading value)
        {
            int slot = _slots.SlotOf(row, column);
            if (_values is null)
            {
                _values = new CellReading[_slots.Count];
                _entryOfSlot = new int[_slots.Count];
                _slotOfEntry = new int[_slots.Count];
            }
            _values[slot] = value;
            if (_entryOfSlot![slot] > 0) return; // replaced where it stands
            int entry = _freedCount > 0 ? _freed![--_freedCount] : _entries++;
            _slotOfEntry![entry] = slot;
            _entryOfSlot[slot] = entry + 1;
            Count++;
        }

        /// <summary>Takes a placed cell back, if there is one.</summary>
        public void Remove(int row, int column)
        {
            int slot = _slots.SlotOf(row, column);
            if (_entryOfSlot is null || _entryOfSlot[slot] == 0) return;
            int entry = _entryOfSlot[slot] - 1;
            _slotOfEntry![entry] = -1;
            _entryOfSlot[slot] = 0;
            _values![slot] = default;
            if (_freed is null || _freedCount == _freed.Length) Array.Resize(ref _freed, Math.Max(4, _freedCount * 2));
            _freed![_freedCount++] = entry;
            Count--;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<KeyValuePair<(string Row, string Column), CellReading>> IEnumerable<KeyValuePair<(string Row, string Column), CellReading>>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The cells in their order, with no allocation when walked directly.</summary>
        public struct Enumerator : IEnumerator<KeyValuePair<(string Row, string Column), CellReading>>
        {
            private readonly PlacedCells _cells;
            private int _entry;

            internal Enumerator(PlacedCells cells)
            {
                _cells = cells;
                _entry = -1;
                Current = default;
            }

            public KeyValuePair<(string Row, string Column), CellReading> Current { get; private set; }

            object IEnumerator.Current => Current;

            public bool MoveNext()
            {
                while (++_entry < _cells._entries)
                {
                    int slot = _cells._slotOfEntry![_entry];
                    if (slot < 0) continue;
                    Current = new KeyValuePair<(string Row, string Column), CellReading>(_cells._slots.KeyOf(slot), _cells._values![slot]);
                    return true;
                }
                return false;
            }

            public void Reset() => _entry = -1;

            public void Dispose()
            {
            }
        }
    }
}
