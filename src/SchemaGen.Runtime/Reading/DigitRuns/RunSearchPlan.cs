using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// Which constraints are in force for one pass of the search, laid out along the cells. Before cell j the
    /// state carries one running sum per constraint that is "open" there (it has terms both before and from
    /// j on); a constraint is checked, and forgotten, at its last cell. So table 四's three group totals never
    /// widen the state beyond one running sum, and a row's total beyond one.
    /// </summary>
    internal sealed class RunSearchPlan
    {
        public RunSearchPlan(CompiledRunShape shape, IReadOnlyList<int> active)
        {
            int m = shape.CellCount;
            Active = new int[active.Count];
            for (int c = 0; c < Active.Length; c++)
            {
                Active[c] = active[c];
                int k = active[c];
                if (shape.Last[k] < 0 && !CompiledRunShape.Holds(shape.Relations[k], shape.Constants[k])) Impossible = true;
            }

            Open = new int[m + 1][];
            for (int j = 0; j <= m; j++)
            {
                var open = new List<int>();
                for (int c = 0; c < Active.Length; c++)
                {
                    int k = Active[c];
                    if (shape.Last[k] >= 0 && shape.First[k] < j && j <= shape.Last[k]) open.Add(c);
                }
                Open[j] = open.ToArray();
            }

            CarriedFrom = new int[m][];
            ClosingFrom = new int[m][];
            OpenTerms = new CellTerm[m][];
            ClosingTerms = new CellTerm[m][];
            for (int j = 0; j < m; j++)
            {
                int[] next = Open[j + 1];
                CarriedFrom[j] = new int[next.Length];
                for (int s = 0; s < next.Length; s++) CarriedFrom[j][s] = Array.IndexOf(Open[j], next[s]);
                var closingList = new List<int>();
                for (int c = 0; c < Active.Length; c++)
                    if (shape.Last[Active[c]] == j) closingList.Add(c);
                int[] closing = closingList.ToArray(); // the constraints whose last cell is j, checked when j is filled
                ClosingFrom[j] = new int[closing.Length];
                for (int t = 0; t < closing.Length; t++) ClosingFrom[j][t] = Array.IndexOf(Open[j], closing[t]);
                OpenTerms[j] = Array.ConvertAll(next, c => CellTerm.Of(shape, Active[c], j));
                ClosingTerms[j] = Array.ConvertAll(closing, c => CellTerm.Of(shape, Active[c], j));
            }

            // Per constraint and cell j: the most (least) that cells j… can still add to it, from their limits, and the largest
            // coefficient by which they can push its sum up (down); laid out per open constraint below, as the search reads them.
            var remainingHigh = new long[Active.Length][];
            var remainingLow = new long[Active.Length][];
            var upCoefficient = new long[Active.Length][];
            var downCoefficient = new long[Active.Length][];
            for (int c = 0; c < Active.Length; c++)
            {
                int[] coefficients = shape.Coefficients[Active[c]];
                remainingHigh[c] = new long[m + 1];
                remainingLow[c] = new long[m + 1];
                upCoefficient[c] = new long[m + 1];
                downCoefficient[c] = new long[m + 1];
                for (int j = m - 1; j >= 0; j--)
                {
                    long a = coefficients[j];
                    long high = shape.MaxScaled[j];
                    long low = shape.Kinds[j] == RunCellKind.SignedCount ? -high : 0;
                    remainingHigh[c][j] = remainingHigh[c][j + 1] + Math.Max(a * high, a * low);
                    remainingLow[c][j] = remainingLow[c][j + 1] + Math.Min(a * high, a * low);
                    bool signed = shape.Kinds[j] == RunCellKind.SignedCount;
                    long up = a > 0 || (a < 0 && signed) ? Math.Abs(a) : 0;
                    long down = a < 0 || (a > 0 && signed) ? Math.Abs(a) : 0;
                    upCoefficient[c][j] = Math.Max(upCoefficient[c][j + 1], up);
                    downCoefficient[c][j] = Math.Max(downCoefficient[c][j + 1], down);
                }
            }
            OpenBounds = new SumBounds[m + 1][];
            for (int j = 0; j <= m; j++)
                OpenBounds[j] = Array.ConvertAll(Open[j], c => new SumBounds(remainingHigh[c][j], remainingLow[c][j], upCoefficient[c][j], downCoefficient[c][j],
                    shape.Relations[Active[c]], shape.TotalCells[Active[c]] >= j));
        }

        /// <summary>A constraint without cells whose constant breaks it: no split can satisfy the plan.</summary>
        public bool Impossible { get; }

        /// <summary>The shape's constraint index of each constraint in force.</summary>
        public int[] Active { get; }
        /// <summary>Open[j]: the constraints (plan indices) whose running sum the state carries before cell j.</summary>
        public int[][] Open { get; }
        /// <summary>CarriedFrom[j][s]: where in Open[j] the running sum of Open[j+1][s] was, or -1 when it starts at j.</summary>
        public int[][] CarriedFrom { get; }
        /// <summary>ClosingFrom[j][t]: where in Open[j] the running sum of the t-th constraint whose last cell is j was, or -1.</summary>
        public int[][] ClosingFrom { get; }

        /// <summary>OpenBounds[j][s]: how far cells j… can still move the running sum of Open[j][s] (laid out once, read at every state).</summary>
        public SumBounds[][] OpenBounds { get; }

        /// <summary>OpenTerms[j][s]: what filling cell j does to the running sum of Open[j + 1][s] (laid out once, read at every step).</summary>
        public CellTerm[][] OpenTerms { get; }

        /// <summary>ClosingTerms[j][t]: the same for the t-th constraint whose last cell is j, checked when j is filled.</summary>
        public CellTerm[][] ClosingTerms { get; }
    }

    /// <summary>One constraint as one cell sees it: the cell's coefficient, the sum it starts from (the constraint's constant), whether the cell is its total, its relation.</summary>
    internal readonly record struct CellTerm(long Coefficient, long Start, bool IsTotal, RunRelation Relation)
    {
        public static CellTerm Of(CompiledRunShape shape, int constraint, int cell)
            => new(shape.Coefficients[constraint][cell], shape.Constants[constraint], shape.TotalCells[constraint] == cell, shape.Relations[constraint]);
    }

    /// <summary>
    /// What cells j… can still add to one open constraint (at most, at least, and by the largest coefficients up and down),
    /// how it must end, and whether its total is among them (it may then turn out not stated).
    /// </summary>
    internal readonly record struct SumBounds(long RemainingHigh, long RemainingLow, long UpCoefficient, long DownCoefficient, RunRelation Relation, bool TotalStillToFill);
}
