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
        private Placement(RawCell?[]? cells, PlacementProblem problem)
        {
            Cells = cells ?? new RawCell?[0];
            Problem = problem;
        }

        public RawCell?[] Cells { get; }
        public PlacementProblem Problem { get; }
        public bool IsPlaced => Problem == PlacementProblem.None;

        public static Placement Placed(RawCell?[] cells) => new Placement(cells, PlacementProblem.None);

        public static Placement Failed(PlacementProblem problem) => new Placement(null, problem);
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
                if (count == columns) return LeftToRight(cells, columns);
                return Placement.Failed(cells.Count(c => !c.IsBlank) > columns ? PlacementProblem.TooManyFigures : PlacementProblem.Uncertain);
            }
            if (count == columns) return LeftToRight(cells, columns);

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

        private static Placement LeftToRight(IReadOnlyList<RawCell> cells, int columns)
        {
            var placed = new RawCell?[columns];
            for (int i = 0; i < columns; i++) placed[i] = cells[i];
            return Placement.Placed(placed);
        }
    }
}
