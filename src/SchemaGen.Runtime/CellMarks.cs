using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime
{
    /// <summary>A figure the report left blank and the reader computed from its stated parts (see <see cref="CellMarks"/>).</summary>
    public readonly record struct ImputedCell(string Row, string Column, decimal Value);

    /// <summary>
    /// What is known about a table's cells beyond their values: which were <em>imputed</em> (blank in the report, a total
    /// computed from its stated parts, so a tool can tell a stated figure from a computed one) and which the reader could
    /// not read (their row was left out with a reading diagnostic), so a rule on them is not assessable rather than broken.
    /// Cells are keyed by leaf row path and leaf column id. Equal when they mark the same cells, so tables stay value-equal.
    /// </summary>
    public sealed class CellMarks : IEquatable<CellMarks>
    {
        // Made at the first mark: a report's tables are marked rarely (a blank total computed, a row left out), and four
        // empty collections for every table of every report were a tenth of what a typed report allocated.
        private List<ImputedCell>? _imputed;
        private HashSet<(string Row, string Column)>? _imputedKeys;
        private List<(string Row, string Column)>? _unread;
        private HashSet<(string Row, string Column)>? _unreadKeys;

        /// <summary>The imputed cells with the values computed for them, in the order they were computed.</summary>
        public IReadOnlyList<ImputedCell> Imputed => (IReadOnlyList<ImputedCell>?)_imputed ?? Array.Empty<ImputedCell>();

        /// <summary>The cells the reader could not read, in the order they were marked.</summary>
        public IReadOnlyList<(string Row, string Column)> Unread => (IReadOnlyList<(string Row, string Column)>?)_unread ?? Array.Empty<(string Row, string Column)>();

        public bool IsImputed(string row, string column) => _imputedKeys is not null && _imputedKeys.Contains((row, column));

        public bool IsUnread(string row, string column) => _unreadKeys is not null && _unreadKeys.Contains((row, column));

        /// <summary>Whether none of the cells is unread: a total is imputed only from parts that were all read.</summary>
        public bool AllRead(params (string Row, string Column)[] cells)
        {
            if (_unreadKeys is null || _unreadKeys.Count == 0) return true;
            foreach (var cell in cells)
                if (_unreadKeys.Contains(cell)) return false;
            return true;
        }

        public void MarkImputed(string row, string column, decimal value)
        {
            if ((_imputedKeys ??= new HashSet<(string Row, string Column)>()).Add((row, column)))
                (_imputed ??= new List<ImputedCell>()).Add(new ImputedCell(row, column, value));
        }

        public void MarkUnread(string row, string column)
        {
            if ((_unreadKeys ??= new HashSet<(string Row, string Column)>()).Add((row, column)))
                (_unread ??= new List<(string Row, string Column)>()).Add((row, column));
        }

        public void MarkUnread(IEnumerable<(string Row, string Column)> cells)
        {
            // Most tables have no unread cell: an empty list is not walked (its enumerator is an allocation).
            if (cells is IReadOnlyCollection<(string Row, string Column)> { Count: 0 }) return;
            foreach (var (row, column) in cells) MarkUnread(row, column);
        }

        public bool Equals(CellMarks? other)
            => other is not null && SameKeys(_imputedKeys, other._imputedKeys) && SameKeys(_unreadKeys, other._unreadKeys)
                && Imputed.All(c => other.Imputed.Contains(c));

        private static bool SameKeys(HashSet<(string Row, string Column)>? keys, HashSet<(string Row, string Column)>? otherKeys)
            => keys is null || keys.Count == 0 ? otherKeys is null || otherKeys.Count == 0 : otherKeys is not null && keys.SetEquals(otherKeys);

        public override bool Equals(object? obj) => obj is CellMarks other && Equals(other);

        public override int GetHashCode() => (Imputed.Count * 397) ^ Unread.Count;

        public override string ToString() => $"{Imputed.Count} imputed, {Unread.Count} unread";
    }

    /// <summary>A generated report model: the marks of each of its tables, by table id, for tools that do not know the model's type.</summary>
    public interface IMarkedReport
    {
        /// <summary>The marks of a table, or null when the report has no such table.</summary>
        CellMarks? MarksOf(string tableId);
    }
}
