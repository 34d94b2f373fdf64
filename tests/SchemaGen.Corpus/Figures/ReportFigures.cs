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
        // By cell position in Format.Cells, and by table position in Format.Tables.
        private readonly decimal?[] _values;
        private readonly bool[] _absentTables;

        private ReportFigures(ReportFormat format, decimal?[] values, bool[] absentTables)
        {
            Format = format;
            _values = values;
            _absentTables = absentTables;
        }

        public ReportFormat Format { get; }

        /// <summary>Every cell blank, every table present.</summary>
        public static ReportFigures Blank(ReportFormat format) => new ReportFigures(format, new decimal?[format.Cells.Count], new bool[format.Tables.Count]);

        /// <summary>The figures of <paramref name="values"/>, by cell position in <see cref="ReportFormat.Cells"/>.</summary>
        internal static ReportFigures FromPositions(ReportFormat format, decimal?[] values)
            => values.Length == format.Cells.Count ? new ReportFigures(format, values, new bool[format.Tables.Count]) : throw new ArgumentException("one value per cell", nameof(values));

        /// <summary>The cell's value; null when blank. Cells of an absent table read as blank.</summary>
        public decimal? this[CellRef cell] => ValueAt(Format.IndexOf(cell));

        /// <summary>The value of the cell at a position of <see cref="ReportFormat.Cells"/>.</summary>
        internal decimal? ValueAt(int index) => _absentTables[Format.TableOfCell[index]] ? null : _values[index];

        public bool IsPresent(string tableId) => !_absentTables[Format.TableIndexOf(tableId)];

        /// <summary>Every cell of the present tables with its value (null = blank).</summary>
        public IEnumerable<KeyValuePair<CellRef, decimal?>> PresentCells
        {
            get
            {
                for (int i = 0; i < _values.Length; i++)
                    if (!_absentTables[Format.TableOfCell[i]]) yield return new KeyValuePair<CellRef, decimal?>(Format.Cells[i], _values[i]);
            }
        }

        public ReportFigures With(CellRef cell, decimal? value) => With(new[] { new KeyValuePair<CellRef, decimal?>(cell, value) });

        /// <summary>Sets many cells at once.</summary>
        public ReportFigures With(IEnumerable<KeyValuePair<CellRef, decimal?>> changes)
        {
            var values = (decimal?[])_values.Clone();
            foreach (var change in changes) values[Format.IndexOf(change.Key)] = change.Value;
            return new ReportFigures(Format, values, _absentTables);
        }

        /// <summary>The same figures with the table left out of the report.</summary>
        public ReportFigures WithoutTable(string tableId)
        {
            var absent = (bool[])_absentTables.Clone();
            absent[Format.TableIndexOf(tableId)] = true;
            return new ReportFigures(Format, _values, absent);
        }

        /// <summary>Every stated 0 in the given tables written as a blank (pages that leave zero cells empty).</summary>
        public ReportFigures WithZerosBlank(IEnumerable<string> tableIds)
        {
            var tables = new HashSet<int>(tableIds.Select(Format.TableIndexOf));
            return Blanking((index, value) => value == 0m && tables.Contains(Format.TableOfCell[index]));
        }

        /// <summary>Every stated 0 that no total rule derives written as a blank, totals kept (seed 003 leaves its zero parts empty).</summary>
        public ReportFigures WithZeroPartsBlank() => Blanking((index, value) => value == 0m && !Format.DerivedAt[index]);

        /// <summary>Whether two reports state the same figures in the same tables.</summary>
        public bool SameAs(ReportFigures other)
            => ReferenceEquals(Format, other.Format) && _absentTables.SequenceEqual(other._absentTables) && _values.SequenceEqual(other._values);

        private ReportFigures Blanking(Func<int, decimal?, bool> blank)
        {
            var values = (decimal?[])_values.Clone();
            for (int i = 0; i < values.Length; i++)
                if (blank(i, values[i])) values[i] = null;
            return new ReportFigures(Format, values, _absentTables);
        }
    }
}
