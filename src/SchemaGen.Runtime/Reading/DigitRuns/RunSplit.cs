using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    public enum RunCellState
    {
        /// <summary>A figure was read into the cell.</summary>
        Figure,
        /// <summary>The cell holds a "—" or "/" mark: not stated.</summary>
        NotStatedMark,
        /// <summary>The cell is not in the run at all (a dropped blank; see <see cref="MissingCells"/>).</summary>
        Absent,
    }

    /// <summary>What one split puts into one cell, and where in the run's text it came from.</summary>
    public readonly struct RunCellReading : System.IEquatable<RunCellReading>
    {
        public RunCellReading(RunCellState state, decimal value, int start, int length)
        {
            State = state;
            Value = value;
            Start = start;
            Length = length;
        }

        public RunCellState State { get; }
        /// <summary>The figure; 0 when the cell holds none.</summary>
        public decimal Value { get; }
        /// <summary>Index in the run's text (for an absent cell: where it would have stood).</summary>
        public int Start { get; }
        public int Length { get; }

        public bool IsFigure => State == RunCellState.Figure;
        /// <summary>The figure, or null when the cell is a mark or absent.</summary>
        public decimal? Figure => IsFigure ? Value : (decimal?)null;

        public bool Equals(RunCellReading other) => State == other.State && Value == other.Value && Start == other.Start && Length == other.Length;
        public override bool Equals(object? obj) => obj is RunCellReading other && Equals(other);
        public override int GetHashCode() => unchecked(((int)State * 397) ^ Value.GetHashCode() ^ (Start * 31 + Length));

        /// <summary>The figure; "—" for a mark, "_" for an absent cell.</summary>
        public override string ToString()
            => State == RunCellState.Figure ? Value.ToString(CultureInfo.InvariantCulture) : State == RunCellState.NotStatedMark ? "—" : "_";
    }

    /// <summary>One way the run splits into the row's cells.</summary>
    public sealed class RunSplit
    {
        // The cells as an array: the searches across runs read figures by the million, not through the list's interface.
        private readonly RunCellReading[] _cells;

        internal RunSplit(RunCellReading[] cells, RunConstraint[] broken)
        {
            _cells = cells;
            BrokenConstraints = broken;
        }

        public IReadOnlyList<RunCellReading> Cells => _cells;
        /// <summary>The shape's constraints this split breaks (a not-assessable one is not broken).</summary>
        public IReadOnlyList<RunConstraint> BrokenConstraints { get; }

        /// <summary>The figure of cell <paramref name="cell"/>, or null when it holds none or the split has no such cell.</summary>
        internal decimal? FigureAt(int cell) => (uint)cell < (uint)_cells.Length ? _cells[cell].Figure : null;

        /// <summary>The figures, or null for a cell that holds none: the form <see cref="RunConstraint.Holds(System.Collections.Generic.IReadOnlyList{decimal?})"/> takes.</summary>
        public decimal?[] Figures()
        {
            var figures = new decimal?[Cells.Count];
            for (int i = 0; i < figures.Length; i++) figures[i] = Cells[i].Figure;
            return figures;
        }

        /// <summary>"8 | 1 | 0 | 1 | 0 | 0 | 10"; "_" marks an absent cell, "—" a mark.</summary>
        public override string ToString()
        {
            var builder = new StringBuilder();
            for (int i = 0; i < Cells.Count; i++)
            {
                if (i > 0) builder.Append(" | ");
                builder.Append(Cells[i].ToString());
            }
            return builder.ToString();
        }
    }
}
