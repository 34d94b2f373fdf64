using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// A set of a table's rows kept as a flag per leaf row (by its place among the table's leaf rows, worked out once per
    /// table of a schema), for the sets the grid reader keeps for every table it reads: hash sets grown from empty were
    /// rebuilt several times per table. A row that is not a leaf row goes into a hash set, made when one is first added.
    /// </summary>
    internal sealed class LeafRowSet
    {
        private readonly TableCellSlots _slots;
        private readonly bool[] _leaves;
        private HashSet<AxisNodeDescriptor>? _others;

        public LeafRowSet(TableCellSlots slots)
        {
            _slots = slots;
            _leaves = new bool[slots.RowCount];
        }

        /// <summary>Adds the row; false when it was in the set already.</summary>
        public bool Add(AxisNodeDescriptor row)
        {
            if (!_slots.TryRowOf(row, out int ordinal)) return (_others ??= new HashSet<AxisNodeDescriptor>()).Add(row);
            if (_leaves[ordinal]) return false;
            _leaves[ordinal] = true;
            return true;
        }

        public bool Contains(AxisNodeDescriptor row)
            => _slots.TryRowOf(row, out int ordinal) ? _leaves[ordinal] : _others is not null && _others.Contains(row);
    }
}
