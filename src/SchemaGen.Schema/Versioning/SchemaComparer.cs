using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>Runs the comparers in document order: format, sections, tables (with their columns and rows), invariants.</summary>
    internal static class SchemaComparer
    {
        public static ChangeReport Compare(SchemaModel olderModel, SchemaModel newerModel)
        {
            SchemaDocument older = olderModel.Declaration, newer = newerModel.Declaration;
            var log = new ChangeLog();
            MigrationPlan plan = MigrationPlan.For(older, newer);
            FormatComparer.Compare(older.Format, newer.Format, log);
            var sections = SectionComparer.Compare(older, newer, log);
            TableMatches tables = TableComparer.Compare(older, newer, sections, plan, log);
            InvariantComparer.Compare(olderModel, newerModel, tables, log);
            return new ChangeReport(older, newer, log.Changes, plan.Notes);
        }
    }
}
