using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Figures
{
    /// <summary>
    /// The figures of one report: a value or blank (null, "not stated") for every cell of every table of its format,
    /// and the tables the report leaves out altogether. Immutable: every change returns a new instance.
    /// </summary>
    public sealed class ReportFigures
    {
        private readonly Dictionary<CellRef, decimal?> _values;
        private readonly HashSet<string> _absentTables;

        private ReportFigures(ReportFormat format, Dictionary<CellRef, decimal?> values, HashSet<string> absentTables)
        {
            Format = format;
            _values = values;
            _absentTables = absentTables;
        }

        public ReportFormat Format { get; }

        /// <summary>Every cell blank, every table present.</summary>
        public static ReportFigures Blank(ReportFormat format)
            => new ReportFigures(format, format.Cells.ToDictionary(c => c, c => (decimal?)null), new HashSet<string>(StringComparer.Ordinal));

        /// <summary>The cell's value; null when blank. Cells of an absent table read as blank.</summary>
        public decimal? this[CellRef cell]
            => _values.TryGetValue(cell, out decimal? value) ? (_absentTables.Contains(cell.Table) ? null : value)
                : throw new ArgumentException($"format {Format.Version} has no cell {cell}", nameof(cell));

        public bool IsPresent(string tableId) => !_absentTables.Contains(tableId);

        /// <summary>The tables the report prints, in format order.</summary>
        public IEnumerable<FormatTable> PresentTables => Format.Tables.Where(t => IsPresent(t.Id));

        /// <summary>Every cell of the present tables with its value (null = blank).</summary>
        public IEnumerable<KeyValuePair<CellRef, decimal?>> PresentCells
            => Format.Cells.Where(c => IsPresent(c.Table)).Select(c => new KeyValuePair<CellRef, decimal?>(c, _values[c]));

        public ReportFigures With(CellRef cell, decimal? value)
        {
            if (!_values.ContainsKey(cell)) throw new ArgumentException($"format {Format.Version} has no cell {cell}", nameof(cell));
            var values = new Dictionary<CellRef, decimal?>(_values) { [cell] = value };
            return new ReportFigures(Format, values, _absentTables);
        }

        /// <summary>Sets many cells at once.</summary>
        public ReportFigures With(IEnumerable<KeyValuePair<CellRef, decimal?>> changes)
        {
            var values = new Dictionary<CellRef, decimal?>(_values);
            foreach (var change in changes)
            {
                if (!values.ContainsKey(change.Key)) throw new ArgumentException($"format {Format.Version} has no cell {change.Key}", nameof(changes));
                values[change.Key] = change.Value;
            }
            return new ReportFigures(Format, values, _absentTables);
        }

        /// <summary>The same figures with the table left out of the report.</summary>
        public ReportFigures WithoutTable(string tableId)
        {
            Format.Table(tableId);
            return new ReportFigures(Format, _values, new HashSet<string>(_absentTables, StringComparer.Ordinal) { tableId });
        }

        /// <summary>Every stated 0 in the given tables written as a blank (pages that leave zero cells empty).</summary>
        public ReportFigures WithZerosBlank(IEnumerable<string> tableIds)
        {
            var tables = new HashSet<string>(tableIds, StringComparer.Ordinal);
            return With(_values.Where(p => tables.Contains(p.Key.Table) && p.Value == 0m).Select(p => new KeyValuePair<CellRef, decimal?>(p.Key, null)).ToList());
        }

        /// <summary>Every stated 0 that no total rule derives written as a blank, totals kept (seed 003 leaves its zero parts empty).</summary>
        public ReportFigures WithZeroPartsBlank()
            => With(_values.Where(p => p.Value == 0m && !Format.IsDerived(p.Key)).Select(p => new KeyValuePair<CellRef, decimal?>(p.Key, null)).ToList());

        /// <summary>Whether two reports state the same figures in the same tables.</summary>
        public bool SameAs(ReportFigures other)
            => ReferenceEquals(Format, other.Format) && _absentTables.SetEquals(other._absentTables) && _values.All(p => other._values[p.Key] == p.Value);
    }
}
