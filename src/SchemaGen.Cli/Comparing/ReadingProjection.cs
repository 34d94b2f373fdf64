using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>
    /// Re-keys a reading made with one format version onto another version's descriptor, keeping only the cells
    /// both versions define (same table, row path and column id). That lets the other version's generated parser
    /// build its typed report from last year's figures, so its generated cross-year rules can run on them.
    /// </summary>
    public static class ReadingProjection
    {
        public static ReportReading Project(ReportReading source, SchemaDescriptor target)
        {
            var sections = target.Sections.Select(s =>
            {
                SectionReading? read = source.Sections.FirstOrDefault(r => r.SectionId == s.Id);
                return read ?? new SectionReading(s.Id, false, 0, "");
            }).ToArray();
            var tables = target.Tables.Select(t =>
            {
                TableReading? read = source.Tables.FirstOrDefault(r => r.TableId == t.Id);
                if (read is null) return new TableReading(t.Id, TablePresence.Missing, 0, new Dictionary<(string, string), CellReading>());
                var cells = read.Cells.Where(c => AcrossYearsRules.HasCell(t, c.Key.Row, c.Key.Column)).ToDictionary(c => c.Key, c => c.Value);
                return new TableReading(t.Id, read.Presence, read.FirstLine, cells);
            }).ToArray();
            return new ReportReading(target, sections, tables, System.Array.Empty<ReadDiagnostic>());
        }
    }
}
