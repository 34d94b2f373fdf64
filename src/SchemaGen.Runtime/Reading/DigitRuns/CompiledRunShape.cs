using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// A <see cref="RunShape"/> in the form the search uses: per-cell limits as scaled integers and per-cell
    /// coefficients. All values are integers in units of 10^-<see cref="Scale"/> (the largest scale of any
    /// amount cell), so that amounts and counts add exactly.
    /// </summary>
    internal sealed class CompiledRunShape
    {
        /// <summary>No cell holds 10^15 units or more: with Σ|coefficient| ≤ 4000 no sum can overflow a long.</summary>
        public const long CellCap = 999_999_999_999_999L;

        public static readonly long[] Pow10 = BuildPowers();

        /// <summary>Buffers of finished searches of this shape, for the next ones (<see cref="RunSearchBuffers"/>); locked while used.</summary>
        internal Stack<RunSearchBuffers> FreeBuffers { get; } = new Stack<RunSearchBuffers>();

        public CompiledRunShape(RunShape shape)
        {
            Shape = shape;
            CellCount = shape.Cells.Count;
            Kinds = new RunCellKind[CellCount];
            Scales = new int[CellCount];
            MaxScaled = new long[CellCount];
            MaxWhole = new long[CellCount];
            MaxWholeDigits = new int[CellCount];
            MaxSymbols = new int[CellCount];
            MostChoices = new int[CellCount];
            MaxSymbolsFrom = new int[CellCount + 1];
            // An invalid shape is never searched (the splitter refuses it first): its per-cell arrays stay 0.
            if (!shape.IsValid) return;

            for (int j = 0; j < CellCount; j++)
                Scale = Math.Max(Scale, shape.Cells[j].Scale);
            for (int j = 0; j < CellCount; j++)
            {
                RunCell cell = shape.Cells[j];
                Kinds[j] = cell.Kind;
                Scales[j] = cell.Scale;
                long cap = CellCap;
                // Compared before multiplying: a huge MaxValue times 10^scale would overflow decimal.
                if (cell.MaxValue is decimal max && max < (decimal)CellCap / Pow10[Scale])
                    cap = (long)decimal.Floor(max * Pow10[Scale]);
                MaxScaled[j] = cap;
                MaxWhole[j] = cap / Pow10[Scale];
                int digits = DigitCount(MaxWhole[j]);
                if (cell.MaxDigits is int maxDigits && maxDigits < digits) digits = maxDigits;
                MaxWholeDigits[j] = digits;
                MaxSymbols[j] = Math.Max(1, (cell.Kind == RunCellKind.SignedCount ? 1 : 0) + digits + (cell.Scale > 0 ? 1 + cell.Scale : 0));
            }
            FillSearchBounds();

            int constraintCount = shape.Constraints.Count;
            Coefficients = new int[constraintCount][];
            First = new int[constraintCount];
            Last = new int[constraintCount];
            Relations = new RunRelation[constraintCount];
            TotalCells = new int[constraintCount];
            Constants = new long[constraintCount];
            for (int k = 0; k < constraintCount; k++)
            {
                RunConstraint constraint = shape.Constraints[k];
                var coefficients = new int[CellCount];
                int first = int.MaxValue, last = -1;
                foreach (RunTerm term in constraint.Terms)
                {
                    coefficients[term.Cell] += term.Coefficient;
                    first = Math.Min(first, term.Cell);
                    last = Math.Max(last, term.Cell);
                }
                Coefficients[k] = coefficients;
                First[k] = last < 0 ? 0 : first;
                Last[k] = last; // -1: a constraint with no terms, which the constant alone decides
                Relations[k] = constraint.Relation;
                TotalCells[k] = constraint.TotalCell ?? -1;
                Constants[k] = (long)(constraint.Constant * Pow10[Scale]); // RunShape checked that it is whole and in range
            }
        }

        public RunShape Shape { get; }
        public int CellCount { get; }
        public int Scale { get; }
        public RunCellKind[] Kinds { get; }
        public int[] Scales { get; }
        /// <summary>The largest magnitude of each cell, in scaled units.</summary>
        public long[] MaxScaled { get; }
        /// <summary>The largest whole part of each cell.</summary>
        public long[] MaxWhole { get; }
        public int[] MaxWholeDigits { get; }
        /// <summary>The most symbols one figure of the cell can take (sign, digits, point, decimals).</summary>
        public int[] MaxSymbols { get; }
        /// <summary>The most ways there are to fill each cell at one position: absent, a mark, and each length of figure with each number of decimals.</summary>
        public int[] MostChoices { get; }
        /// <summary>Per cell, the most symbols the cells from it to the end can hold (one more entry, 0, past the last).</summary>
        public int[] MaxSymbolsFrom { get; }
        public int[][] Coefficients { get; } = Array.Empty<int[]>();
        public int[] First { get; } = Array.Empty<int>();
        public int[] Last { get; } = Array.Empty<int>();
        public RunRelation[] Relations { get; } = Array.Empty<RunRelation>();
        /// <summary>The cell a total constraint derives, or -1.</summary>
        public int[] TotalCells { get; } = Array.Empty<int>();
        /// <summary>Each constraint's constant, in scaled units: where its running sum starts.</summary>
        public long[] Constants { get; } = Array.Empty<long>();

        public int ConstraintCount => Coefficients.Length;

        /// <summary>Works out <see cref="MostChoices"/> and <see cref="MaxSymbolsFrom"/> from each cell's symbols and scale.</summary>
        private void FillSearchBounds()
        {
            for (int j = CellCount - 1; j >= 0; j--)
            {
                MostChoices[j] = 2 + MaxSymbols[j] * (1 + Scales[j]);
                MaxSymbolsFrom[j] = MaxSymbolsFrom[j + 1] + MaxSymbols[j];
            }
        }

        public static bool Holds(RunRelation relation, long sum)
            => relation == RunRelation.Equal ? sum == 0 : relation == RunRelation.AtMost ? sum <= 0 : sum >= 0;

        public IReadOnlyList<int> AllConstraints()
        {
            var all = new int[ConstraintCount];
            for (int k = 0; k < all.Length; k++) all[k] = k;
            return all;
        }

        private static int DigitCount(long value)
        {
            int digits = 1;
            while (value >= 10)
            {
                value /= 10;
                digits++;
            }
            return digits;
        }

        private static long[] BuildPowers()
        {
            var powers = new long[19];
            powers[0] = 1;
            for (int i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
            return powers;
        }
    }
}
