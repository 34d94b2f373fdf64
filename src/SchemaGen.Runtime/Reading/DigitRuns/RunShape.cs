using System;
using System.Collections.Generic;
using System.Globalization;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// The cells a run of digits is split into, in order, and the constraints that tie them. Built once per
    /// row shape (table 三 has one shape for all its rows) and reused for every run. A shape that breaks the
    /// limits below is not thrown at: it carries its <see cref="Problems"/> and every split of it says so.
    /// </summary>
    public sealed class RunShape
    {
        /// <summary>More cells than any statutory row has (table 四: 15), with room for added subtotal columns.</summary>
        public const int MaxCells = 40;
        /// <summary>The most decimals an amount may have; with it, amounts keep 9 whole digits.</summary>
        public const int MaxScale = 6;
        /// <summary>Bound on Σ|coefficient| of one constraint, so that no sum of cell values can overflow.</summary>
        public const int MaxCoefficientWeight = 4000;

        private readonly RunCell[] _cells;
        private readonly RunConstraint[] _constraints;
        private readonly string[] _problems;

        public RunShape(IEnumerable<RunCell>? cells, IEnumerable<RunConstraint>? constraints = null)
        {
            _cells = cells is null ? Array.Empty<RunCell>() : new List<RunCell>(cells).ToArray();
            _constraints = constraints is null ? Array.Empty<RunConstraint>() : new List<RunConstraint>(constraints).ToArray();
            _problems = FindProblems(_cells, _constraints).ToArray();
        }

        public IReadOnlyList<RunCell> Cells => _cells;
        public IReadOnlyList<RunConstraint> Constraints => _constraints;

        /// <summary><see cref="Constraints"/> as the array it is: every candidate split is checked against each, and a foreach over the read-only list boxed an enumerator.</summary>
        internal RunConstraint[] ConstraintArray => _constraints;

        /// <summary>Why the shape cannot be used; empty when it can.</summary>
        public IReadOnlyList<string> Problems => _problems;
        public bool IsValid => _problems.Length == 0;

        private static List<string> FindProblems(RunCell[] cells, RunConstraint[] constraints)
        {
            var problems = new List<string>();
            if (cells.Length > MaxCells) problems.Add($"{cells.Length.ToString(CultureInfo.InvariantCulture)} cells; at most {MaxCells.ToString(CultureInfo.InvariantCulture)} are split");
            for (int i = 0; i < cells.Length; i++)
            {
                RunCell? cell = cells[i];
                if (cell is null) { problems.Add($"cell {i.ToString(CultureInfo.InvariantCulture)} is null"); continue; }
                if (cell.Scale < 0 || cell.Scale > MaxScale) problems.Add($"cell {cell} has scale {cell.Scale.ToString(CultureInfo.InvariantCulture)}; 0 to {MaxScale.ToString(CultureInfo.InvariantCulture)} are supported");
                if (cell.MaxValue is decimal max && max < 0m) problems.Add($"cell {cell} has a negative maximum");
                if (cell.MaxDigits is int digits && digits < 1) problems.Add($"cell {cell} allows fewer than one digit");
            }
            for (int k = 0; k < constraints.Length; k++)
            {
                RunConstraint? constraint = constraints[k];
                if (constraint is null) { problems.Add($"constraint {k.ToString(CultureInfo.InvariantCulture)} is null"); continue; }
                long weight = 0;
                foreach (RunTerm term in constraint.Terms)
                {
                    if (term.Cell < 0 || term.Cell >= cells.Length) problems.Add($"constraint {constraint} names cell {term.Cell.ToString(CultureInfo.InvariantCulture)}, outside the {cells.Length.ToString(CultureInfo.InvariantCulture)} cells");
                    weight += Math.Abs((long)term.Coefficient);
                }
                int scale = 0;
                foreach (RunCell? cell in cells) if (cell is not null && cell.Scale > scale && cell.Scale <= MaxScale) scale = cell.Scale;
                if (!FitsScaled(constraint.Constant, scale))
                    problems.Add($"constraint {constraint} has the constant {constraint.Constant.ToString(CultureInfo.InvariantCulture)}, which is not a figure of at most {scale.ToString(CultureInfo.InvariantCulture)} decimals within the cells' range");
                if (weight > MaxCoefficientWeight) problems.Add($"constraint {constraint} weighs {weight.ToString(CultureInfo.InvariantCulture)}; coefficients may add up to {MaxCoefficientWeight.ToString(CultureInfo.InvariantCulture)}");
                if (constraint.TotalCell is int total && (total < 0 || total >= cells.Length)) problems.Add($"constraint {constraint} derives cell {total.ToString(CultureInfo.InvariantCulture)}, outside the cells");
            }
            return problems;
        }

        // A constant must be a whole number of the search's units (10^-scale) and no larger than a cell can be.
        private static bool FitsScaled(decimal constant, int scale)
        {
            decimal limit = 999_999_999_999_999m;
            for (int i = 0; i < scale; i++) limit /= 10m;
            if (Math.Abs(constant) > limit) return false;
            decimal scaled = constant;
            for (int i = 0; i < scale; i++) scaled *= 10m;
            return scaled == decimal.Truncate(scaled);
        }
    }
}
