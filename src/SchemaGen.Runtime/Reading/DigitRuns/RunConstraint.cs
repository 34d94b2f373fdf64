using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>How the two sides of a <see cref="RunConstraint"/> compare.</summary>
    public enum RunRelation
    {
        Equal,
        /// <summary>left ≤ right.</summary>
        AtMost,
        /// <summary>left ≥ right.</summary>
        AtLeast,
    }

    /// <summary><c>Coefficient × cell</c>, one term of a linear constraint.</summary>
    public readonly struct RunTerm
    {
        public RunTerm(int cell, int coefficient = 1)
        {
            Cell = cell;
            Coefficient = coefficient;
        }

        public int Cell { get; }
        public int Coefficient { get; }
    }

    /// <summary>
    /// A linear relation between the cells of one run, such as a row's 总计 = 自然人 + the five 法人 columns,
    /// or between cells and a known figure (last year's 现行有效件数, a figure stated in the prose). Kept as
    /// <c>Σ coefficient × cell + <see cref="Constant"/> (relation) 0</c>: the left side minus the right side.
    /// A cell that is blank (dropped, or a "—" mark) adds as 0, as the validator reads blanks; when the cell a
    /// total derives (<see cref="TotalCell"/>) is not stated, the constraint is not assessable and lets any
    /// reading through, as the validator would not check it either.
    /// </summary>
    public sealed class RunConstraint
    {
        private readonly RunTerm[] _terms;

        private RunConstraint(string name, RunTerm[] terms, decimal constant, RunRelation relation, int? totalCell)
        {
            Name = name;
            _terms = terms;
            Constant = constant;
            Relation = relation;
            TotalCell = totalCell;
        }

        /// <summary>The rule instance this constraint stands for (what the reader reports as used for reading).</summary>
        public string Name { get; }
        /// <summary>Left side minus right side, merged by cell, without zero coefficients.</summary>
        public IReadOnlyList<RunTerm> Terms => _terms;
        /// <summary>The known figures of the left side minus those of the right side.</summary>
        public decimal Constant { get; }
        public RunRelation Relation { get; }
        /// <summary>The cell this constraint derives, when it is a total rule.</summary>
        public int? TotalCell { get; }

        /// <summary><c>cell[total] == Σ cell[parts]</c>.</summary>
        public static RunConstraint Total(string? name, int totalCell, params int[]? partCells)
        {
            var right = new List<RunTerm>();
            foreach (int part in partCells ?? Array.Empty<int>()) right.Add(new RunTerm(part));
            return Build(name, new[] { new RunTerm(totalCell) }, RunRelation.Equal, right, 0m, totalCell);
        }

        /// <summary><c>cell[total] == cell[first] + … + cell[last]</c>.</summary>
        public static RunConstraint TotalOfRange(string? name, int totalCell, int firstPart, int lastPart)
        {
            var parts = new List<int>();
            for (int i = firstPart; i <= lastPart; i++) parts.Add(i);
            return Total(name, totalCell, parts.ToArray());
        }

        /// <summary>
        /// <c>Σ left (relation) Σ right + rightConstant</c>, each side a list of <c>coefficient × cell</c>:
        /// <c>Linear("in-force", [InForce], Equal, [Issued, -1 × Repealed], 26)</c> for last year's 26 in force.
        /// </summary>
        public static RunConstraint Linear(string? name, IEnumerable<RunTerm>? left, RunRelation relation, IEnumerable<RunTerm>? right, decimal rightConstant = 0m)
            => Build(name, left, relation, right, -rightConstant, null);

        /// <summary><c>cell == value</c>: a figure known from elsewhere (the prose, another table).</summary>
        public static RunConstraint Known(string? name, int cell, decimal value)
            => Build(name, new[] { new RunTerm(cell) }, RunRelation.Equal, null, -value, null);

        private static RunConstraint Build(string? name, IEnumerable<RunTerm>? left, RunRelation relation, IEnumerable<RunTerm>? right, decimal constant, int? totalCell)
        {
            var merged = new SortedDictionary<int, long>();
            void Add(IEnumerable<RunTerm>? side, int sign)
            {
                if (side is null) return;
                foreach (RunTerm term in side)
                {
                    merged.TryGetValue(term.Cell, out long sum);
                    merged[term.Cell] = sum + sign * (long)term.Coefficient;
                }
            }
            Add(left, 1);
            Add(right, -1);
            var terms = new List<RunTerm>();
            foreach (var pair in merged)
            {
                if (pair.Value == 0) continue;
                // Coefficients beyond int are refused by RunShape; clamping keeps them visibly out of range.
                int coefficient = pair.Value > int.MaxValue ? int.MaxValue : pair.Value < -int.MaxValue ? -int.MaxValue : (int)pair.Value;
                terms.Add(new RunTerm(pair.Key, coefficient));
            }
            return new RunConstraint(name ?? "", terms.ToArray(), constant, relation, totalCell);
        }

        /// <summary>Whether the values (null for a cell that is not stated) satisfy the constraint, or leave it not assessable.</summary>
        public bool Holds(IReadOnlyList<decimal?> values)
            => Holds(values as decimal?[] ?? (values ?? Array.Empty<decimal?>()).ToArray());

        /// <summary>
        /// <see cref="Holds(IReadOnlyList{decimal?})"/> over an array: every candidate split of a run is checked against every
        /// constraint, and a list's indexer was an interface call per term.
        /// </summary>
        internal bool Holds(decimal?[] values)
        {
            if (TotalCell is int total && total >= 0 && total < values.Length && values[total] is null) return true;
            decimal sum = Constant;
            foreach (RunTerm term in _terms)
                if (term.Cell >= 0 && term.Cell < values.Length && values[term.Cell] is decimal value) sum = CellMath.AddTerm(sum, term.Coefficient, value); // a blank adds 0
            switch (Relation)
            {
                case RunRelation.AtMost: return sum <= 0m;
                case RunRelation.AtLeast: return sum >= 0m;
                default: return sum == 0m;
            }
        }

        /// <summary>"c6 = c0 + c1 + …" with the cells' names when given.</summary>
        public string Describe(IReadOnlyList<RunCell>? cells = null)
        {
            var left = new StringBuilder();
            var right = new StringBuilder();
            foreach (RunTerm term in _terms)
            {
                StringBuilder side = term.Coefficient > 0 ? left : right;
                int magnitude = Math.Abs(term.Coefficient);
                if (side.Length > 0) side.Append(" + ");
                if (magnitude != 1) side.Append(magnitude.ToString(CultureInfo.InvariantCulture)).Append('×');
                string? cellName = cells is not null && term.Cell >= 0 && term.Cell < cells.Count ? cells[term.Cell].Name : null;
                side.Append(string.IsNullOrEmpty(cellName) ? "c" + term.Cell.ToString(CultureInfo.InvariantCulture) : cellName);
            }
            if (Constant != 0m)
            {
                StringBuilder side = Constant > 0m ? left : right;
                if (side.Length > 0) side.Append(" + ");
                side.Append(Math.Abs(Constant).ToString(CultureInfo.InvariantCulture));
            }
            string op = Relation == RunRelation.AtMost ? " ≤ " : Relation == RunRelation.AtLeast ? " ≥ " : " = ";
            return (left.Length > 0 ? left.ToString() : "0") + op + (right.Length > 0 ? right.ToString() : "0");
        }

        public override string ToString() => Name.Length > 0 ? Name : Describe();
    }
}
