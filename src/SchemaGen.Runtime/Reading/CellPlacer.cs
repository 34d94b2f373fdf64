using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Reading
{
    internal enum PlacementProblem
    {
        None,
        /// <summary>The cells do not line up with the columns in a way that can be known.</summary>
        Uncertain,
        /// <summary>More figures than the table has columns.</summary>
        TooManyFigures,
    }

    /// <summary>A row's cells by leaf column (null where the column gets no cell: not stated), or why they could not be placed.</summary>
    internal sealed class Placement
    {
        private readonly RawCell?[]? _cells;
        // A row whose cells go to the columns left to right, as it is: most rows, read straight after placing, so not copied.
        private readonly IReadOnlyList<RawCell>? _inOrder;
        // A run split into the columns: each column's cell is cut from the run when read (a cell array per run-together row
        // was a twentieth of what reading a flattened text allocated), as the same cell each time.
        private readonly RunParts? _parts;

        private Placement(RawCell?[]? cells, IReadOnlyList<RawCell>? inOrder, RunParts? parts, PlacementProblem problem)
        {
            _cells = cells;
            _inOrder = inOrder;
            _parts = parts;
            Problem = problem;
        }

        public PlacementProblem Problem { get; }
        public bool IsPlaced => Problem == PlacementProblem.None;

        /// <summary>The cell of leaf column <paramref name="column"/>; null where the column gets none (not stated).</summary>
        public RawCell? CellAt(int column)
            => _inOrder is not null ? _inOrder[column] : _parts is not null ? RunPlacer.Part(_parts.Run, _parts.Split.Cells[column]) : _cells![column];

        public static Placement Placed(RawCell?[] cells) => new Placement(cells, null, null, PlacementProblem.None);

        /// <summary>The row's first cells, one per column, left to right; the row must not change while the placement is read.</summary>
        public static Placement InOrder(IReadOnlyList<RawCell> cells) => new Placement(null, cells, null, PlacementProblem.None);

        /// <summary>The cells of a run split into the columns, <paramref name="split"/> having a cell for each column.</summary>
        public static Placement OfRun(RawCell run, DigitRuns.RunSplit split) => new Placement(null, null, new RunParts(run, split), PlacementProblem.None);

        public static Placement Failed(PlacementProblem problem) => new Placement(null, null, null, problem);

        private sealed class RunParts
        {
            public RunParts(RawCell run, DigitRuns.RunSplit split)
            {
                Run = run;
                Split = split;
            }

            public RawCell Run { get; }

            public DigitRuns.RunSplit Split { get; }
        }
    }

    /// <summary>
    /// Puts a row's cells into the table's leaf columns, or refuses to. Never guesses:
    /// <list type="bullet">
    /// <item>as many cells as columns: left to right;</item>
    /// <item>more cells, the extra ones all empty at the end: those are padding, then left to right;</item>
    /// <item>fewer cells, with figures only in the first and the last and blanks between (seed 003's
    /// "3, _, _, _, 3" for seven columns): first column and last column, the rest not stated — whichever blank
    /// was lost, no figure moves;</item>
    /// <item>fewer cells and nothing stated: every column not stated;</item>
    /// <item>anything else: not placed.</item>
    /// </list>
    /// In pipe rows, empty cells at the end are padding before the fewer-cells rule too; in the
    /// one-cell-per-line layout they are real cells.
    /// </summary>
    internal static class CellPlacer
    {
        public static Placement Place(IReadOnlyList<RawCell> cells, int columns, bool trailingBlanksArePadding)
        {
            if (columns <= 0) return Placement.Failed(PlacementProblem.Uncertain);
            // The cells kept are the first `count`: trimming padding shortens the count, never copies the row.
            int count = cells.Count;

            if (count > columns)
            {
                while (count > columns && cells[count - 1].IsBlank) count--;
                if (count == columns) return Placement.InOrder(cells);
                return Placement.Failed(cells.Count(c => !c.IsBlank) > columns ? PlacementProblem.TooManyFigures : PlacementProblem.Uncertain);
            }
            if (count == columns) return Placement.InOrder(cells);

            if (trailingBlanksArePadding)
                while (count > 0 && cells[count - 1].IsBlank) count--;
            if (AllBlank(cells, 0, count)) return Placement.Placed(new RawCell?[columns]);

            int last = count - 1;
            bool firstAndLastOnly = count >= 3 && !cells[0].IsBlank && !cells[last].IsBlank && AllBlank(cells, 1, last);
            if (!firstAndLastOnly) return Placement.Failed(PlacementProblem.Uncertain);
            var placed = new RawCell?[columns];
            placed[0] = cells[0];
            placed[columns - 1] = cells[last];
            return Placement.Placed(placed);
        }

        private static bool AllBlank(IReadOnlyList<RawCell> cells, int from, int to)
        {
            for (int i = from; i < to; i++)
                if (!cells[i].IsBlank) return false;
            return true;
        }
    }
}
