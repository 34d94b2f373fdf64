using System.Collections.Generic;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Formats;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Figures
{
    /// <summary>
    /// Every cell of a checked report, in the format's order (tables, then leaf rows, then leaf columns), each with the
    /// one answer to "where did this figure come from". extract writes these rows and the HTML report draws them, so
    /// both say the same thing about every cell.
    /// </summary>
    public static class ReportFigures
    {
        /// <summary>
        /// Reader diagnostics that mean figures were seen but left out of their cells: the figures are unplaced, the
        /// diagnostic is the reason. (A table-level SG3005 is not one: each of its rows has its own.)
        /// </summary>
        private static readonly HashSet<string> UnplacedIds = new()
        {
            ReadDiagnosticIds.RowNotPlaceable, ReadDiagnosticIds.RowTooManyFigures, ReadDiagnosticIds.UnknownRow,
            ReadDiagnosticIds.AmbiguousRowLabel, ReadDiagnosticIds.DuplicateRow, ReadDiagnosticIds.GroupRowFigures,
            ReadDiagnosticIds.AmbiguousRun, ReadDiagnosticIds.UnreadableCell, ReadDiagnosticIds.FractionalCount,
            ReadDiagnosticIds.NegativeValue,
        };

        /// <summary>The cells of every table the report was read with, blanks included, then per table the unplaced figures with no cell of their own.</summary>
        public static IReadOnlyList<ReportFigure> Of(FileCheckResult result)
        {
            if (result.Report is not { } report)
                return new[] { new ReportFigure(null, null, null, null, null, null, null, null, null, null, FigureOrigin.Unread, result.Problem ?? "not checked", default) };
            ReportReading reading = report.Reading;
            var figures = new List<ReportFigure>();
            foreach (TableDescriptor table in reading.Schema.Tables)
            {
                TableReading? read = reading.Tables.FirstOrDefault(t => t.TableId == table.Id);
                if (read is null) continue;
                figures.AddRange(TableFigures(report, table, read));
            }
            return figures;
        }

        /// <summary>One table's cells (only when it was read: a missing table has none), then its unplaced rows and runs.</summary>
        public static IEnumerable<ReportFigure> TableFigures(CheckedReport report, TableDescriptor table, TableReading read)
        {
            SectionDescriptor section = report.Reading.Schema.Section(table.SectionId);
            var unplaced = report.Reading.Diagnostics.Where(d => d.Table == table.Id && UnplacedIds.Contains(d.Id)).ToList();
            foreach (AxisNodeDescriptor row in table.LeafRows)
                foreach (AxisNodeDescriptor column in table.LeafColumns)
                {
                    if (!read.Cells.TryGetValue((row.Path, column.Id), out CellReading cell)) continue;
                    ReadDiagnostic? reason = unplaced.FirstOrDefault(d => d.Row == row.Path && d.Column == column.Id);
                    FigureOrigin origin = OriginOf(report, table, row, column, cell, reason);
                    decimal? value = origin == FigureOrigin.Imputed ? ImputedValue(report, table, row, column) : cell.Value;
                    yield return new ReportFigure(section.Id, section.Number, table.Id, TableLabel(table), row.Path, row.NumberedLabel, column.Id, table.LabelPathOf(column),
                        value, cell.Raw, origin, reason is null ? null : Reason(reason), cell.Source);
                }
            // Rows and runs the reader could not put in any cell: their figures are known only through the diagnostic.
            foreach (ReadDiagnostic d in unplaced.Where(d => d.Row is null || d.Column is null || !read.Cells.ContainsKey((d.Row, d.Column))))
            {
                AxisNodeDescriptor? row = d.Row is null ? null : table.FindRow(d.Row);
                AxisNodeDescriptor? column = d.Column is null ? null : table.FindColumn(d.Column);
                yield return new ReportFigure(section.Id, section.Number, table.Id, TableLabel(table), d.Row, row?.NumberedLabel, d.Column,
                    column is null ? null : table.LabelPathOf(column), null, null, FigureOrigin.Unplaced, Reason(d), d.Source);
            }
        }

        /// <summary>
        /// The one place that says where a cell's figure came from. Stated and blank come from the reading, unplaced from
        /// the reader's diagnostic on the cell. Blank-total imputation and prose-sourced figures plug in here: a cell the
        /// checked report marks as imputed (its imputed set, from the validator's pre-pass) is <see cref="FigureOrigin.Imputed"/>
        /// with the computed value, and a cell filled from the prose extractor is <see cref="FigureOrigin.Prose"/>.
        /// </summary>
        public static FigureOrigin OriginOf(CheckedReport report, TableDescriptor table, AxisNodeDescriptor row, AxisNodeDescriptor column, CellReading cell, ReadDiagnostic? unplaced)
        {
            if (unplaced is not null) return FigureOrigin.Unplaced;
            if (cell.Value.HasValue) return FigureOrigin.Stated;
            return MarksOf(report, table)?.IsImputed(row.Path, column.Id) == true ? FigureOrigin.Imputed : FigureOrigin.Blank;
        }

        /// <summary>The blank total the parser computed from its stated parts (see the generated ImputeBlankTotals).</summary>
        private static decimal? ImputedValue(CheckedReport report, TableDescriptor table, AxisNodeDescriptor row, AxisNodeDescriptor column)
            => MarksOf(report, table)?.Imputed.FirstOrDefault(c => c.Row == row.Path && c.Column == column.Id).Value;

        private static CellMarks? MarksOf(CheckedReport report, TableDescriptor table) => (report.Report as IMarkedReport)?.MarksOf(table.Id);

        /// <summary>"二 第二十条第（一）项 规章" for a block of table 二; the label alone for a one-table section.</summary>
        private static string TableLabel(TableDescriptor table) => table.Caption is null ? table.Label : table.Caption + " " + table.Label;

        private static string Reason(ReadDiagnostic d) => d.Id + ": " + d.Message;
    }
}
