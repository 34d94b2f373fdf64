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
            var list = cells.ToList();

            if (list.Count > columns)
            {
                while (list.Count > columns && list[list.Count - 1].IsBlank) list.RemoveAt(list.Count - 1);
                if (list.Count == columns) return LeftToRight(list, columns);
                return Placement.Failed(cells.Count(c => !c.IsBlank) > columns ? PlacementProblem.TooManyFigures : PlacementProblem.Uncertain);
            }
            if (list.Count == columns) return LeftToRight(list, columns);

            if (trailingBlanksArePadding)
                while (list.Count > 0 && list[list.Count - 1].IsBlank) list.RemoveAt(list.Count - 1);
            if (list.All(c => c.IsBlank)) return Placement.Placed(new RawCell?[columns]);

            int last = list.Count - 1;
            bool firstAndLastOnly = list.Count >= 3 && !list[0].IsBlank && !list[last].IsBlank
                                    && list.Skip(1).Take(list.Count - 2).All(c => c.IsBlank);
            if (!firstAndLastOnly) return Placement.Failed(PlacementProblem.Uncertain);
            var placed = new RawCell?[columns];
            placed[0] = list[0];
            placed[columns - 1] = list[last];
            return Placement.Placed(placed);
        }

        private static Placement LeftToRight(List<RawCell> list, int columns)
        {
            var placed = new RawCell?[columns];
            for (int i = 0; i < columns; i++) placed[i] = list[i];
            return Placement.Placed(placed);
        }
    }
}
