using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>Runs the comparers in document order: format, sections, tables (with their columns and rows), invariants.</summary>
    internal static class SchemaComparer
    {
        public static ChangeReport Compare(SchemaDocument older, SchemaDocument newer)
        {
            var log = new ChangeLog();
            MigrationPlan plan = MigrationPlan.For(older, newer);
            FormatComparer.Compare(older.Format, newer.Format, log);
            var sections = SectionComparer.Compare(older, newer, log);
            TableMatches tables = TableComparer.Compare(older, newer, sections, plan, log);
            InvariantComparer.Compare(older, newer, tables, log);
            return new ChangeReport(older, newer, log.Changes, plan.Notes);
        }
    }
}
