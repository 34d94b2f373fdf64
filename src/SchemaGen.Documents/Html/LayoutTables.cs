using System;
using System.Linq;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Tells layout tables from data tables. Agency pages wrap the whole report in tables that only place things on
    /// the page (a banner row, a menu column, a content cell); reading one as a table would bury the report's
    /// paragraphs and tables in one cell. A layout table's content is read as blocks in reading order instead, and the
    /// data tables are the innermost ones.
    /// </summary>
    internal static class LayoutTables
    {
        /// <summary>A cell with at least this many characters holds prose, not a label or a figure.</summary>
        public const int ProseCellCharacters = 200;

        public static bool IsLayout(HtmlTable table, PageStatistics statistics) => LayoutReason(table, statistics) is not null;

        /// <summary>Why the table is a layout table, or null when it is a data table.</summary>
        public static string? LayoutReason(HtmlTable table, PageStatistics statistics)
        {
            string role = (table.Element.GetAttribute("role") ?? "").Trim();
            if (role.Equals("presentation", StringComparison.OrdinalIgnoreCase) || role.Equals("none", StringComparison.OrdinalIgnoreCase))
                return "marked role=presentation";
            HtmlTableCell[] cells = table.Cells.ToArray();
            if (cells.Length == 0) return "no cells";
            if (cells.Any(c => statistics[c.Element].HasTable)) return "tables inside its cells";
            if (cells.Length == 1) return "a single cell";
            if (table.Rows.All(r => r.Cells.Count <= 1)) return "a single column";
            ElementStatistics whole = statistics[table.Element];
            // Prose cells holding most of the text: a content cell beside a menu. A data table with one long note row
            // under it stays a data table.
            int prose = cells.Select(c => statistics[c.Element]).Where(s => s.HasHeading || s.Characters >= ProseCellCharacters).Sum(s => s.Characters);
            if (prose > 0 && 2 * prose >= whole.Characters) return "cells of prose";
            if (whole.IsLinkDense) return "a grid of links";
            return null;
        }
    }
}
