using System;
using System.Collections.Generic;
using System.Globalization;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>A cell of one run among several: run 3 (a table row), cell 0 (its first column).</summary>
    public readonly struct RunCellRef : IEquatable<RunCellRef>
    {
        public RunCellRef(int run, int cell)
        {
            Run = run;
            Cell = cell;
        }

        public int Run { get; }
        public int Cell { get; }

        public bool Equals(RunCellRef other) => Run == other.Run && Cell == other.Cell;
        public override bool Equals(object? obj) => obj is RunCellRef other && Equals(other);
        public override int GetHashCode() => unchecked(Run * 397 + Cell);
        public override string ToString() => "r" + Run.ToString(CultureInfo.InvariantCulture) + "c" + Cell.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A linear relation between cells of different runs, such as a column of table 三: （七）总计 = the outcome
    /// rows, or 一 + 二 = （七）总计 + 四. Blanks add as 0; a total that is not stated makes the constraint not
    /// assessable, as with <see cref="RunConstraint"/>.
    /// </summary>
    public sealed class CrossRunConstraint
    {
        private readonly KeyValuePair<RunCellRef, int>[] _terms;

        private CrossRunConstraint(string name, KeyValuePair<RunCellRef, int>[] terms, RunRelation relation, RunCellRef? total)
        {
            Name = name;
            _terms = terms;
            Relation = relation;
            TotalCell = total;
        }

        public string Name { get; }
        /// <summary>Cell and coefficient, left side minus right side.</summary>
        public IReadOnlyList<KeyValuePair<RunCellRef, int>> Terms => _terms;
        public RunRelation Relation { get; }
        public RunCellRef? TotalCell { get; }

        public static CrossRunConstraint Total(string? name, RunCellRef total, params RunCellRef[]? parts)
        {
            var terms = new List<KeyValuePair<RunCellRef, int>> { new KeyValuePair<RunCellRef, int>(total, 1) };
            foreach (RunCellRef part in parts ?? Array.Empty<RunCellRef>()) terms.Add(new KeyValuePair<RunCellRef, int>(part, -1));
            return new CrossRunConstraint(name ?? "", terms.ToArray(), RunRelation.Equal, total);
        }

        /// <summary><c>Σ left (relation) Σ right</c>, every term with coefficient 1.</summary>
        public static CrossRunConstraint Linear(string? name, IEnumerable<RunCellRef>? left, RunRelation relation, IEnumerable<RunCellRef>? right)
        {
            var terms = new List<KeyValuePair<RunCellRef, int>>();
            foreach (RunCellRef cell in left ?? Array.Empty<RunCellRef>()) terms.Add(new KeyValuePair<RunCellRef, int>(cell, 1));
            foreach (RunCellRef cell in right ?? Array.Empty<RunCellRef>()) terms.Add(new KeyValuePair<RunCellRef, int>(cell, -1));
            return new CrossRunConstraint(name ?? "", terms.ToArray(), relation, null);
        }

        /// <summary>Whether a cell of run <paramref name="run"/> is among the constraint's terms.</summary>
        internal bool Involves(int run)
        {
            foreach (var term in _terms)
                if (term.Key.Run == run) return true;
            return false;
        }

        /// <summary>Whether the chosen splits (indexed by run) satisfy the constraint or leave it not assessable.</summary>
        internal bool Holds(Func<int, RunSplit> splitOf) => Holds(new SplitsByFunction(splitOf));

        /// <summary>As <see cref="Holds(Func{int, RunSplit})"/>, with the splits read from a struct: its calls compiled in, not through a delegate.</summary>
        internal bool Holds<TSplits>(TSplits splits) where TSplits : struct, IChosenSplits
        {
            if (TotalCell is RunCellRef total && splits.Of(total.Run).FigureAt(total.Cell) is null) return true;
            decimal sum = 0m;
            foreach (var term in _terms)
                if (splits.Of(term.Key.Run).FigureAt(term.Key.Cell) is decimal figure) sum = CellMath.AddTerm(sum, term.Value, figure); // a blank adds 0
            return Relation == RunRelation.Equal ? sum == 0m : Relation == RunRelation.AtMost ? sum <= 0m : sum >= 0m;
        }

        /// <summary>The terms as stored (cell and coefficient), for the searches' loops.</summary>
        internal KeyValuePair<RunCellRef, int>[] TermArray => _terms;

        public override string ToString() => Name;

        private readonly struct SplitsByFunction : IChosenSplits
        {
            private readonly Func<int, RunSplit> _splitOf;

            public SplitsByFunction(Func<int, RunSplit> splitOf) => _splitOf = splitOf;

            public RunSplit Of(int run) => _splitOf(run);
        }
    }

    /// <summary>The split chosen for each run, by run index.</summary>
    internal interface IChosenSplits
    {
        RunSplit Of(int run);
    }
}
