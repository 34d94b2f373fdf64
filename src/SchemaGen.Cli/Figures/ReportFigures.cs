using System.Collections.Generic;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Formats;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Prose;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Figures
{
    /// <summary>
    /// Every cell of a checked report, in the format's order (tables, then leaf rows, then leaf columns), each with the
    /// one answer to "where did this figure come from", and per table the figures its prose gives where the table gives
    /// none. extract writes these rows and the HTML report draws them, so both say the same thing about every figure.
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

        /// <summary>
        /// Per table: the cells of the table as read, blanks included, then the unplaced figures with no cell of their own,
        /// then the figures taken from its prose (a missing table has only these).
        /// </summary>
        public static IReadOnlyList<ReportFigure> Of(FileCheckResult result)
        {
            if (result.Report is not { } report)
                return new[] { new ReportFigure(null, null, null, null, null, null, null, null, null, null, FigureOrigin.Unread, result.Problem ?? "not checked", default) };
            ReportReading reading = report.Reading;
            var figures = new List<ReportFigure>();
            foreach (TableDescriptor table in reading.Schema.Tables)
            {
                TableReading? read = reading.Tables.FirstOrDefault(t => t.TableId == table.Id);
                if (read is not null) figures.AddRange(TableFigures(report, table, read));
                figures.AddRange(ProseSourced(report, table));
            }
            return figures;
        }

        /// <summary>
        /// The figures of a table taken from the prose, in text order: those the validator found the table gives none of
        /// (the prose-sourced figures its SG3041 note lists, whose cells are all blank or not there).
        /// </summary>
        public static IEnumerable<ReportFigure> ProseSourced(CheckedReport report, TableDescriptor table)
            => report.Validation.Findings
                .Where(f => f.Kind == FindingKind.ProseSourced && f.Table == table.Id)
                .SelectMany(f => f.Prose)
                .Select(p => FromProse(report.Reading.Schema, p))
                .OfType<ReportFigure>();

        /// <summary>
        /// A figure of the prose as a report figure: its row and column when it stands for one cell; none when it states a
        /// sum of cells (then only <see cref="ReportFigure.StandsFor"/> says which), so that a sum is never taken for a cell.
        /// Null when the schema declares no such figure.
        /// </summary>
        public static ReportFigure? FromProse(SchemaDescriptor schema, ProseFigure figure)
        {
            ProseDescriptor? declared = schema.Prose.FirstOrDefault(p => p.Id == figure.Id);
            TableDescriptor? table = schema.Tables.FirstOrDefault(t => t.Id == figure.Table);
            if (declared is null || table is null) return null;
            SectionDescriptor section = schema.Section(table.SectionId);
            ProseCell[] cells = declared.Cells
                .Select(c => (Row: table.FindRow(c.Row), Column: table.FindColumn(c.Column)))
                .Where(c => c.Row is not null && c.Column is not null)
                .Select(c => new ProseCell(c.Row!.Path, c.Row.NumberedLabel, c.Column!.Id, table.LabelPathOf(c.Column)))
                .ToArray();
            ProseCell? single = cells.Length == 1 ? cells[0] : null;
            SourceLocation source = !figure.Source.IsNone ? figure.Source : figure.Line > 0 ? SourceLocation.AtLine(figure.Line, 0) : SourceLocation.None;
            return new ReportFigure(section.Id, section.Number, table.Id, TableLabel(table), single?.Row, single?.RowLabel, single?.Column, single?.ColumnLabel,
                figure.Value, figure.Phrase, FigureOrigin.Prose, null, source) { Prose = figure, StandsFor = cells };
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
        /// The one place that says where a read cell's figure came from. Stated and blank come from the reading, unplaced
        /// from the reader's diagnostic on the cell, imputed from the table's marks (a blank total the parser computed from
        /// its stated parts, <see cref="FigureOrigin.Imputed"/> with the computed value). Figures the table does not give
        /// but its prose does are not cells of the reading: <see cref="ProseSourced"/> gives them.
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
