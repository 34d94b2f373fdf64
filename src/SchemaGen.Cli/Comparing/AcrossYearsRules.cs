using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>What a cross-year rule reads from last year's report: the leaves the generator resolved (InvariantDescriptor.PreviousYearLeaves).</summary>
    public static class AcrossYearsRules
    {
        /// <summary>The row paths (rule checked per column) or column ids (rule checked per row) the rule reads from last year.</summary>
        public static IReadOnlyList<string> PreviousYearReferences(InvariantDescriptor invariant) => invariant.PreviousYearLeaves;

        /// <summary>Every cell (leaf row path, leaf column id) of last year's table that the rule reads.</summary>
        public static IReadOnlyList<(string Row, string Column)> PreviousYearCells(InvariantDescriptor invariant, TableDescriptor table)
        {
            var cells = new List<(string, string)>();
            foreach (string leaf in invariant.PreviousYearLeaves)
            {
                if (invariant.ForEach == RuleAxis.Column)
                {
                    foreach (AxisNodeDescriptor column in table.LeafColumns) cells.Add((leaf, column.Id));
                }
                else
                {
                    foreach (AxisNodeDescriptor row in table.LeafRows) cells.Add((row.Path, leaf));
                }
            }
            return cells;
        }
    }
}
