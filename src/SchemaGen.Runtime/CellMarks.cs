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
        private readonly List<ImputedCell> _imputed = new List<ImputedCell>();
        private readonly HashSet<(string Row, string Column)> _imputedKeys = new HashSet<(string Row, string Column)>();
        private readonly List<(string Row, string Column)> _unread = new List<(string Row, string Column)>();
        private readonly HashSet<(string Row, string Column)> _unreadKeys = new HashSet<(string Row, string Column)>();

        /// <summary>The imputed cells with the values computed for them, in the order they were computed.</summary>
        public IReadOnlyList<ImputedCell> Imputed => _imputed;

        /// <summary>The cells the reader could not read, in the order they were marked.</summary>
        public IReadOnlyList<(string Row, string Column)> Unread => _unread;

        public bool IsImputed(string row, string column) => _imputedKeys.Contains((row, column));

        public bool IsUnread(string row, string column) => _unreadKeys.Contains((row, column));

        /// <summary>Whether none of the cells is unread: a total is imputed only from parts that were all read.</summary>
        public bool AllRead(params (string Row, string Column)[] cells)
        {
            if (_unreadKeys.Count == 0) return true;
            foreach (var cell in cells)
                if (_unreadKeys.Contains(cell)) return false;
            return true;
        }

        public void MarkImputed(string row, string column, decimal value)
        {
            if (_imputedKeys.Add((row, column))) _imputed.Add(new ImputedCell(row, column, value));
        }

        public void MarkUnread(string row, string column)
        {
            if (_unreadKeys.Add((row, column))) _unread.Add((row, column));
        }

        public void MarkUnread(IEnumerable<(string Row, string Column)> cells)
        {
            foreach (var (row, column) in cells) MarkUnread(row, column);
        }

        public bool Equals(CellMarks? other)
            => other is not null && _imputedKeys.SetEquals(other._imputedKeys) && _unreadKeys.SetEquals(other._unreadKeys)
                && _imputed.All(c => other._imputed.Contains(c));

        public override bool Equals(object? obj) => obj is CellMarks other && Equals(other);

        public override int GetHashCode() => (_imputed.Count * 397) ^ _unread.Count;

        public override string ToString() => $"{_imputed.Count} imputed, {_unread.Count} unread";
    }

    /// <summary>A generated report model: the marks of each of its tables, by table id, for tools that do not know the model's type.</summary>
    public interface IMarkedReport
    {
        /// <summary>The marks of a table, or null when the report has no such table.</summary>
        CellMarks? MarksOf(string tableId);
    }
}
