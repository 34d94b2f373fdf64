using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>What a cross-year rule reads from last year's report, found from the rule's text (previous.X references).</summary>
    public static class AcrossYearsRules
    {
        private static readonly Regex PreviousReference = new(@"previous\.([A-Za-z_][A-Za-z0-9_.]*)", RegexOptions.CultureInvariant);

        /// <summary>The row paths (rule checked per column) or column ids (rule checked per row) the rule reads from last year.</summary>
        public static IReadOnlyList<string> PreviousYearReferences(InvariantDescriptor invariant)
            => PreviousReference.Matches(invariant.Rule).Select(m => m.Groups[1].Value).Distinct().ToArray();

        /// <summary>Every cell (leaf row path, leaf column id) of last year's table that the rule reads.</summary>
        public static IReadOnlyList<(string Row, string Column)> PreviousYearCells(InvariantDescriptor invariant, TableDescriptor table)
        {
            var cells = new List<(string, string)>();
            foreach (string name in PreviousYearReferences(invariant))
            {
                if (invariant.ForEach == RuleAxis.Column)
                {
                    AxisNodeDescriptor? row = table.FindRow(name);
                    if (row is null) continue;
                    foreach (AxisNodeDescriptor leafRow in row.Leaves())
                        foreach (AxisNodeDescriptor column in table.LeafColumns) cells.Add((leafRow.Path, column.Id));
                }
                else
                {
                    AxisNodeDescriptor? column = table.FindColumn(name);
                    if (column is null) continue;
                    foreach (AxisNodeDescriptor leafColumn in column.Leaves())
                        foreach (AxisNodeDescriptor row in table.LeafRows) cells.Add((row.Path, leafColumn.Id));
                }
            }
            return cells;
        }
    }
}
