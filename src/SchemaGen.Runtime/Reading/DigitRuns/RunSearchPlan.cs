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
            Closing = new int[m][];
            ClosingFrom = new int[m][];
            for (int j = 0; j < m; j++)
            {
                int[] next = Open[j + 1];
                CarriedFrom[j] = new int[next.Length];
                for (int s = 0; s < next.Length; s++) CarriedFrom[j][s] = Array.IndexOf(Open[j], next[s]);
                var closing = new List<int>();
                for (int c = 0; c < Active.Length; c++)
                    if (shape.Last[Active[c]] == j) closing.Add(c);
                Closing[j] = closing.ToArray();
                ClosingFrom[j] = new int[Closing[j].Length];
                for (int t = 0; t < Closing[j].Length; t++) ClosingFrom[j][t] = Array.IndexOf(Open[j], Closing[j][t]);
            }
            OpenTerms = new CellTerm[m][];
            ClosingTerms = new CellTerm[m][];
            for (int j = 0; j < m; j++)
            {
                OpenTerms[j] = Array.ConvertAll(Open[j + 1], c => CellTerm.Of(shape, Active[c], j));
                ClosingTerms[j] = Array.ConvertAll(Closing[j], c => CellTerm.Of(shape, Active[c], j));
            }

            RemainingHigh = new long[Active.Length][];
            RemainingLow = new long[Active.Length][];
            UpCoefficient = new long[Active.Length][];
            DownCoefficient = new long[Active.Length][];
            for (int c = 0; c < Active.Length; c++)
            {
                int[] coefficients = shape.Coefficients[Active[c]];
                RemainingHigh[c] = new long[m + 1];
                RemainingLow[c] = new long[m + 1];
                UpCoefficient[c] = new long[m + 1];
                DownCoefficient[c] = new long[m + 1];
                for (int j = m - 1; j >= 0; j--)
                {
                    long a = coefficients[j];
                    long high = shape.MaxScaled[j];
                    long low = shape.Kinds[j] == RunCellKind.SignedCount ? -high : 0;
                    RemainingHigh[c][j] = RemainingHigh[c][j + 1] + Math.Max(a * high, a * low);
                    RemainingLow[c][j] = RemainingLow[c][j + 1] + Math.Min(a * high, a * low);
                    bool signed = shape.Kinds[j] == RunCellKind.SignedCount;
                    long up = a > 0 || (a < 0 && signed) ? Math.Abs(a) : 0;
                    long down = a < 0 || (a > 0 && signed) ? Math.Abs(a) : 0;
                    UpCoefficient[c][j] = Math.Max(UpCoefficient[c][j + 1], up);
                    DownCoefficient[c][j] = Math.Max(DownCoefficient[c][j + 1], down);
                }
            }
            OpenBounds = new SumBounds[m + 1][];
            for (int j = 0; j <= m; j++)
                OpenBounds[j] = Array.ConvertAll(Open[j], c => new SumBounds(RemainingHigh[c][j], RemainingLow[c][j], UpCoefficient[c][j], DownCoefficient[c][j],
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
        /// <summary>Closing[j]: the constraints whose last cell is j, checked when j is filled.</summary>
        public int[][] Closing { get; }
        public int[][] ClosingFrom { get; }

        /// <summary>OpenBounds[j][s]: how far cells j… can still move the running sum of Open[j][s] (laid out once, read at every state).</summary>
        public SumBounds[][] OpenBounds { get; }

        /// <summary>OpenTerms[j][s]: what filling cell j does to the running sum of Open[j + 1][s] (laid out once, read at every step).</summary>
        public CellTerm[][] OpenTerms { get; }

        /// <summary>ClosingTerms[j][t]: the same for the constraint Closing[j][t], checked when j is filled.</summary>
        public CellTerm[][] ClosingTerms { get; }
        /// <summary>The most (least) that cells j… can still add to a constraint, from their limits.</summary>
        public long[][] RemainingHigh { get; }
        public long[][] RemainingLow { get; }
        /// <summary>The largest coefficient by which cells j… can push a constraint's sum up (down).</summary>
        public long[][] UpCoefficient { get; }
        public long[][] DownCoefficient { get; }
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
