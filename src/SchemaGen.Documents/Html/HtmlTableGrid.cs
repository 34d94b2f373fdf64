using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Builds a data table's grid with <see cref="TableGridBuilder"/>, which places cells as the HTML standard's
    /// "forming a table" algorithm does. Spans are parsed by the standard's rules (a bad value is 1; <c>rowspan="0"</c>
    /// reaches the end of its row group), and rows stop being taken before the grid would pass
    /// <see cref="TableGridBuilder.MaxSlots"/> slots, so that a table of empty rows under a wide cell stays bounded too.
    /// </summary>
    internal static class HtmlTableGrid
    {
        /// <param name="cellText">Reads a cell's text (the walker's rules for whitespace and line breaks).</param>
        /// <param name="notes">Where a cut-off table is reported.</param>
        public static TableBlock Build(HtmlTable table, Func<HtmlTableCell, string> cellText, List<DocumentNote> notes)
        {
            var builder = new TableGridBuilder(TableStructure.Exact, ElementPaths.Locate(table.Element, table.Path))
            {
                HeaderRowCount = HeaderRows(table),
            };
            bool cut = false;
            foreach (HtmlRowGroup group in table.Groups)
            {
                for (int r = 0; r < group.Rows.Count && !cut; r++)
                {
                    if (builder.RowWouldPassGrid(0))
                    {
                        cut = true;
                        break;
                    }
                    if (IsSpacerRow(group.Rows[r])) continue;
                    builder.BeginRow();
                    foreach (HtmlTableCell cell in group.Rows[r].Cells)
                    {
                        int columnSpan = ParseSpan(cell.Element.GetAttribute("colspan"), 1);
                        int rowSpan = ParseSpan(cell.Element.GetAttribute("rowspan"), 1);
                        if (rowSpan == 0) rowSpan = group.Rows.Count - r;
                        if (builder.AddCell(cellText(cell), rowSpan, columnSpan, cell.IsHeader, ElementPaths.Locate(cell.Element, cell.Path)) is null) break;
                    }
                    cut |= builder.WasTruncated;
                }
                if (cut) break;
            }
            if (cut)
            {
                notes.Add(new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning,
                    string.Format(CultureInfo.InvariantCulture, "the table is larger than {0:N0} cells: it was read up to row {1}, and the rest is left out",
                        TableGridBuilder.MaxSlots, builder.RowCount),
                    ElementPaths.Locate(table.Element, table.Path)));
            }
            return builder.Build();
        }

        /// <summary>
        /// Word's row of empty zero-height cells (<c>&lt;tr height=0&gt;</c> under <c>&lt;![if !supportMisalignedColumns]&gt;</c>)
        /// that only fixes column widths: not a row of the table as anyone sees it.
        /// </summary>
        private static bool IsSpacerRow(HtmlTableRow row)
            => ParseSpan(row.Element.GetAttribute("height"), -1) == 0
               && row.Cells.All(c => c.Element.TextContent.All(ch => char.IsWhiteSpace(ch)));

        /// <summary>The rows of a leading thead, or else the leading rows made only of th cells.</summary>
        private static int HeaderRows(HtmlTable table)
        {
            if (table.Groups.Count > 0 && table.Groups[0].IsHead) return table.Groups[0].Rows.Count;
            int count = 0;
            foreach (HtmlTableRow row in table.Rows)
            {
                if (row.Cells.Count == 0 || !row.Cells.All(c => c.IsHeader)) break;
                count++;
            }
            return count;
        }

        /// <summary>
        /// The standard's "rules for parsing non-negative integers": leading whitespace, an optional '+', digits, and
        /// anything after them ignored ("2px" is 2). No digits, or a minus sign, gives the default. Values too large for
        /// an int are clamped; the grid builder clamps spans further (column span 1–1000, row span 0–65534).
        /// </summary>
        internal static int ParseSpan(string? value, int fallback)
        {
            if (value is null) return fallback;
            int i = 0;
            while (i < value.Length && value[i] is ' ' or '\t' or '\n' or '\f' or '\r') i++;
            if (i < value.Length && value[i] == '+') i++;
            if (i >= value.Length || !char.IsAsciiDigit(value[i])) return fallback;
            long number = 0;
            while (i < value.Length && char.IsAsciiDigit(value[i]))
            {
                number = Math.Min(int.MaxValue, number * 10 + (value[i] - '0'));
                i++;
            }
            return (int)number;
        }
    }
}
