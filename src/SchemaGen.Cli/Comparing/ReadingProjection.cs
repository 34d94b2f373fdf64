using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>
    /// Re-keys last year's reading onto this year's descriptor through a <see cref="CellMapping"/>, so that this
    /// year's generated parser can build its typed report from last year's figures and its generated cross-year
    /// rules can run on them. A table takes the presence of the table its figures come from.
    /// </summary>
    public static class ReadingProjection
    {
        public static ReportReading Project(ReportReading source, SchemaDescriptor target, CellMapping mapping)
        {
            var sections = target.Sections.Select(s =>
                source.Sections.FirstOrDefault(r => r.SectionId == s.Id) ?? new SectionReading(s.Id, false, 0, "")).ToArray();
            var tables = target.Tables.Select(t => ProjectTable(source, t, mapping)).ToArray();
            return new ReportReading(target, sections, tables, System.Array.Empty<ReadDiagnostic>());
        }

        private static TableReading ProjectTable(ReportReading source, TableDescriptor table, CellMapping mapping)
        {
            var cells = new Dictionary<(string, string), CellReading>();
            TableReading? from = null;
            foreach (AxisNodeDescriptor row in table.LeafRows)
                foreach (AxisNodeDescriptor column in table.LeafColumns)
                {
                    if (mapping.SourceOf(new CellKey(table.Id, row.Path, column.Id)) is not CellKey origin) continue;
                    TableReading? read = source.Tables.FirstOrDefault(r => r.TableId == origin.Table);
                    from ??= read;
                    if (read is not null && read.Cells.TryGetValue((origin.Row, origin.Column), out CellReading cell)) cells[(row.Path, column.Id)] = cell;
                }
            return from is null
                ? new TableReading(table.Id, TablePresence.Missing, 0, cells)
                : new TableReading(table.Id, from.Presence, from.FirstLine, cells);
        }

        /// <summary>The presence of last year's table that feeds this year's <paramref name="tableId"/> (missing when none does).</summary>
        public static TablePresence SourcePresence(ReportReading source, TableDescriptor table, CellMapping mapping)
        {
            foreach (AxisNodeDescriptor row in table.LeafRows)
                foreach (AxisNodeDescriptor column in table.LeafColumns)
                    if (mapping.SourceOf(new CellKey(table.Id, row.Path, column.Id)) is CellKey origin)
                        return source.Tables.FirstOrDefault(r => r.TableId == origin.Table)?.Presence ?? TablePresence.Missing;
            return TablePresence.Missing;
        }
    }
}
