using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Places a row whose figures came run together (<see cref="TextCell.IsRun"/>). A run splits into the row's columns
    /// with certainty when the table has one column (the run is its figure), or when the run holds exactly as many digits
    /// as the table has columns and nothing else (each digit a figure: no other split gives that many). Any other run is
    /// left out with a diagnostic rather than split by guess.
    /// </summary>
    internal static class RunPlacer
    {
        /// <summary>Null when the row holds no run; else its placement, or the reason it has none.</summary>
        public static (Placement Placement, string? Problem)? Place(TableRowDraft draft, int columns)
        {
            var figures = draft.Cells.Where(c => !c.IsBlank).ToList();
            if (figures.Count != 1 || !figures[0].IsRun) return null;
            RawCell run = figures[0];
            string text = run.Raw.Trim();
            if (columns == 1)
                return (Placement.Placed(new RawCell?[] { Part(run, text, 0) }), null);
            if (text.Length == columns && text.All(c => c >= '0' && c <= '9'))
                return (Placement.Placed(text.Select((c, i) => (RawCell?)Part(run, c.ToString(), i)).ToArray()), null);
            return (Placement.Failed(PlacementProblem.Uncertain),
                $"its figures run together (\"{text}\") and split into its {columns} columns in more than one way");
        }

        /// <summary>One figure cut from the run, located at its own character.</summary>
        private static RawCell Part(RawCell run, string text, int offset)
        {
            SourceLocation at = run.Source.Path is null && run.Source.Page == 0 && run.Source.Line > 0
                ? SourceLocation.AtLine(run.Source.Line, run.Source.Column + offset)
                : run.Source;
            return new RawCell(text, run.Line, run.Column + offset, CellValueParser.Parse(text), source: at);
        }
    }
}
