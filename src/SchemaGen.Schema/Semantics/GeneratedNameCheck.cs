using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Semantics
{
    /// <summary>
    /// The one check of ids against everything the generator emits. Each C# scope the generator writes (the namespace,
    /// the report record, each table record, each row-group record, each table's Row record and its constructor) is
    /// listed with the names the generator puts there itself; an id that lands in a scope where its name is already
    /// taken, equals its enclosing type, or differs from a sibling only by letter case where C# needs them distinct,
    /// is reported (SG1017) at the element that brings it. Ids are already plain identifiers (SG1006) and unique
    /// among their siblings (SG1005); this is what is left.
    /// </summary>
    public static class GeneratedNameCheck
    {
        /// <summary>Members every record has: from object, and those the compiler synthesizes for records.</summary>
        private static readonly string[] RecordMembers =
        {
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "EqualityContract", "PrintMembers", "Deconstruct",
        };

        /// <summary>The members the generator writes into each table record, besides its rows.</summary>
        public static readonly string[] TableMembers = { "GetCell", "SetCell", "RecomputeTotals", "ImputeBlankTotals", "Marks" };

        /// <summary>The members the generator writes into the report record, besides its sections and tables.</summary>
        public static readonly string[] ReportMembers = { "Prose", "ImputeBlankTotals", "MarksOf" };

        /// <summary>Whether every record already has a member of this name.</summary>
        public static bool IsRecordMember(string name) => RecordMembers.Contains(name);

        public static IReadOnlyList<SchemaDiagnostic> Check(SchemaDocument doc, GeneratedNames names)
        {
            var found = new List<SchemaDiagnostic>();
            void Clash(string message, SourceSpan span) => found.Add(new SchemaDiagnostic(SchemaDiagnosticIds.NameClash.Id, SchemaDiagnosticIds.NameClash.Severity, message, span));

            CheckTypes(doc, names, Clash);
            CheckReport(doc, names, Clash);
            foreach (TableSpec table in doc.Tables.Where(t => t.Id.Length > 0))
            {
                CheckTable(table, Clash);
                CheckRow(table, Clash);
            }
            return found;
        }

        /// <summary>The namespace: the fixed classes and one record per table.</summary>
        private static void CheckTypes(SchemaDocument doc, GeneratedNames names, Action<string, SourceSpan> clash)
        {
            if (names.Model.Length > 0 && names.Model.All(c => c < 128 && !char.IsUpper(c)))
                clash($"model name '{names.Model}' is all lower-case: C# warns that such type names may become keywords (CS8981); start it with a capital letter", doc.Format.Span);
            if (names.Namespace == GeneratedNames.FormatListNamespace && names.FixedTypes.Contains(GeneratedNames.FormatListClass))
                clash($"the model '{names.Model}' in namespace {names.Namespace} would declare a type {GeneratedNames.FormatListClass}, which the generator already emits there (the list of every format)", doc.Format.Span);
            var fixedTypes = new HashSet<string>(names.FixedTypes, StringComparer.Ordinal);
            foreach (TableSpec table in doc.Tables.Where(t => t.Id.Length > 0))
            {
                string type = GeneratedNames.TableClass(table.Id);
                if (fixedTypes.Contains(type))
                    clash($"table '{table.Id}' would generate class {type}, which the generator already emits for the model '{names.Model}'", table.Span);
            }
        }

        /// <summary>The report record: one property per text section and per table.</summary>
        private static void CheckReport(SchemaDocument doc, GeneratedNames names, Action<string, SourceSpan> clash)
        {
            var members = doc.Sections.Where(s => s.Kind == SectionKind.Text).Select(s => (Name: s.Id, s.Span, What: "text section"))
                .Concat(doc.Tables.Select(t => (Name: t.Id, t.Span, What: "table")))
                .Where(m => m.Name.Length > 0);
            foreach (var member in members)
            {
                if (member.Name == names.Model)
                    clash($"{member.What} '{member.Name}' would be a property of the report record {names.Model}, which cannot have a member of its own name", member.Span);
                else if (RecordMembers.Contains(member.Name))
                    clash($"{member.What} '{member.Name}' would be a property of the report record {names.Model}, where every record already has '{member.Name}'", member.Span);
                else if (ReportMembers.Contains(member.Name))
                    clash($"{member.What} '{member.Name}' would be a property of the report record {names.Model}, where the generator already writes '{member.Name}'", member.Span);
            }
        }

        /// <summary>A table record: its top-level rows, the generated methods, the nested Row record and one nested record per row group.</summary>
        private static void CheckTable(TableSpec table, Action<string, SourceSpan> clash)
        {
            string tableClass = GeneratedNames.TableClass(table.Id);
            var groups = table.AllRows.Where(r => !r.IsLeaf).ToList();
            var nestedTypes = new HashSet<string>(groups.Select(g => GeneratedNames.GroupClass(g.Id)).Append(GeneratedNames.RowClass), StringComparer.Ordinal);

            CheckMembers(table.Rows, tableClass, $"table '{table.Id}'", clash, extraTaken: TableMembers.Concat(nestedTypes));
            foreach (AxisNode group in groups)
                CheckMembers(group.Children, GeneratedNames.GroupClass(group.Id), $"row group '{group.Path}' of table '{table.Id}'", clash,
                    extraTaken: new[] { GeneratedNames.RowClass });
        }

        private static void CheckMembers(IEnumerable<AxisNode> rows, string enclosing, string where, Action<string, SourceSpan> clash, IEnumerable<string> extraTaken)
        {
            var taken = new HashSet<string>(extraTaken, StringComparer.Ordinal);
            foreach (AxisNode row in rows.Where(r => r.Id.Length > 0))
            {
                if (row.Id == enclosing)
                    clash($"row '{row.Path}' would be a property of {enclosing}, the record of {where}, which cannot have a member of its own name", row.Span);
                else if (taken.Contains(row.Id))
                    clash($"row '{row.Path}' would be a property of {enclosing} ({where}), where the generator already emits '{row.Id}'", row.Span);
                else if (RecordMembers.Contains(row.Id))
                    clash($"row '{row.Path}' would be a property of {enclosing} ({where}), where every record already has '{row.Id}'", row.Span);
            }
        }

        /// <summary>The Row record of a table: one property per leaf column, and a constructor taking one parameter per column.</summary>
        private static void CheckRow(TableSpec table, Action<string, SourceSpan> clash)
        {
            var parameters = new Dictionary<string, AxisNode>(StringComparer.Ordinal);
            foreach (AxisNode column in table.LeafColumns.Where(c => c.Id.Length > 0))
            {
                if (column.Id == GeneratedNames.RowClass)
                    clash($"column '{column.Path}' would be a property of the Row record of table '{table.Id}', which cannot have a member of its own name", column.Span);
                else if (RecordMembers.Contains(column.Id))
                    clash($"column '{column.Path}' would be a property of the Row record of table '{table.Id}', where every record already has '{column.Id}'", column.Span);
                string parameter = GeneratedNames.ParameterName(column.Id);
                // The same id twice is a duplicate (SG1005); ids that differ in case only are this check's.
                if (parameters.TryGetValue(parameter, out AxisNode? first) && first.Id != column.Id)
                    clash($"columns '{first.Id}' and '{column.Id}' of table '{table.Id}' differ only in letter case: the Row constructor would take two parameters named '{parameter}'", column.Span);
                else if (first is null)
                    parameters.Add(parameter, column);
            }
        }
    }
}
