using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using YamlDotNet.RepresentationModel;

namespace SchemaGen.Schema.Loading
{
    /// <summary>
    /// Reads the <c>migration:</c> block of a newer schema and checks what can be checked from its text alone:
    /// reference syntax, the number and kind of references each action takes, and carry-into. Whether the
    /// references name real elements is <see cref="MigrationLint"/>'s job, once the schemas are loaded.
    /// </summary>
    internal static class MigrationLoader
    {
        private static readonly Dictionary<string, MigrationAction> Actions = new()
        {
            ["rename"] = MigrationAction.Rename,
            ["split"] = MigrationAction.Split,
            ["merge"] = MigrationAction.Merge,
            ["drop"] = MigrationAction.Drop,
        };

        public static MigrationSpec Read(YamlMapping map, LoadContext context)
        {
            string from = map.String("from", required: true) ?? "";
            string? description = map.String("description");
            var rules = map.Mappings("rules").Select(m => ReadRule(m, context)).Where(r => r is not null).Select(r => r!).ToEquatableArray();
            map.ReportUnknownKeys("migration");
            ReportRepeatedSources(rules, context);
            return new MigrationSpec(from, description, rules, map.Span);
        }

        private static MigrationRule? ReadRule(YamlMapping map, LoadContext context)
        {
            MigrationAction? action = ReadAction(map, context);
            var from = ReadReferences(map, "from", context, out bool fromOk);
            var to = ReadReferences(map, "to", context, out bool toOk);
            ElementReference? carryInto = ReadCarryInto(map, context, out bool carryOk);
            string? note = map.String("note");
            map.ReportUnknownKeys("a migration rule");
            if (action is null) return null;

            var rule = new MigrationRule(action.Value, from, to, carryInto, note, map.Span);
            // Shape checks only make sense once every reference parsed: one bad reference is one diagnostic.
            if (fromOk && toOk && carryOk) CheckShape(rule, map, context);
            return rule;
        }

        private static MigrationAction? ReadAction(YamlMapping map, LoadContext context)
        {
            string? word = map.String("action", required: true);
            if (word is null) return null;
            if (Actions.TryGetValue(word, out MigrationAction action)) return action;
            context.Report(SchemaDiagnosticIds.InvalidValue, $"'action' must be one of {string.Join(", ", Actions.Keys)}; '{word}' is not", map.SpanOf("action"));
            return null;
        }

        /// <summary>A list of references, or a single one written as a plain value; each checked for syntax where it stands.</summary>
        private static EquatableArray<ElementReference> ReadReferences(YamlMapping map, string key, LoadContext context, out bool allParsed)
        {
            allParsed = true;
            YamlNode? node = map.Get(key);
            if (node is null) return EquatableArray<ElementReference>.Empty;
            IEnumerable<YamlNode> items = node is YamlSequenceNode seq ? seq.Children : new[] { node };
            var references = new List<ElementReference>();
            foreach (YamlNode item in items)
            {
                ElementReference? reference = ParseReference(item, key, context);
                if (reference is null) allParsed = false;
                else references.Add(reference);
            }
            return references.ToEquatableArray();
        }

        private static ElementReference? ReadCarryInto(YamlMapping map, LoadContext context, out bool parsed)
        {
            YamlNode? node = map.Get("carry-into");
            parsed = true;
            if (node is null) return null;
            ElementReference? reference = ParseReference(node, "carry-into", context);
            parsed = reference is not null;
            return reference;
        }

        private static ElementReference? ParseReference(YamlNode node, string key, LoadContext context)
        {
            SourceSpan span = context.SpanOf(node);
            if (node is not YamlScalarNode scalar || scalar.Value is null)
            {
                context.Report(SchemaDiagnosticIds.InvalidValue, $"every item of '{key}' must be an element reference ({ElementReference.SyntaxHelp})", span);
                return null;
            }
            ElementReference? reference = ElementReference.Parse(scalar.Value, span);
            if (reference is null)
                context.Report(SchemaDiagnosticIds.InvalidValue, $"'{scalar.Value}' is not an element reference; write {ElementReference.SyntaxHelp}", span);
            return reference;
        }

        /// <summary>What each action takes: rename 1 → 1, split 1 → 2 or more, merge 2 or more → 1, drop 1 or more → none.</summary>
        private static void CheckShape(MigrationRule rule, YamlMapping map, LoadContext context)
        {
            void Bad(string message, string key) => context.Report(SchemaDiagnosticIds.InvalidValue, message, map.SpanOf(key));
            string action = rule.Action.ToString().ToLowerInvariant();
            int from = rule.From.Count, to = rule.To.Count;

            if (from == 0) { context.Report(SchemaDiagnosticIds.MissingKey, $"a {action} rule needs 'from': the older elements it maps", map.Span); return; }
            switch (rule.Action)
            {
                case MigrationAction.Rename when from != 1 || to != 1:
                    Bad($"a rename maps one element to one element (here {from} → {to}); use split or merge for more", "to");
                    return;
                case MigrationAction.Split when from != 1 || to < 2:
                    Bad($"a split maps one element to two or more (here {from} → {to})", to < 2 ? "to" : "from");
                    return;
                case MigrationAction.Merge when from < 2 || to != 1:
                    Bad($"a merge maps two or more elements to one (here {from} → {to})", from < 2 ? "from" : "to");
                    return;
                case MigrationAction.Drop when to != 0:
                    Bad("a drop maps to nothing: remove 'to', or use rename", "to");
                    return;
            }

            ElementKind kind = rule.From[0].Kind;
            foreach (ElementReference reference in rule.From.Concat(rule.To).Where(r => r.Kind != kind))
                context.Report(SchemaDiagnosticIds.InvalidValue, $"'{reference}' names a {Describe(reference.Kind)}, but this rule maps {Describe(kind)}s: both sides name the same kind of element", reference.Span);

            if (rule.CarryInto is not null && rule.Action != MigrationAction.Split)
                Bad("carry-into belongs to a split only", "carry-into");
            else if (rule.CarryInto is not null && !rule.To.Any(t => t.Value == rule.CarryInto.Value))
                Bad($"carry-into must be one of the split's targets ({string.Join(", ", rule.To)})", "carry-into");

            // The note is what the converter reports as the reason a figure was not carried over (or carried with a caveat).
            if ((rule.Action == MigrationAction.Drop || rule.Action == MigrationAction.Split) && string.IsNullOrWhiteSpace(rule.Note))
                context.Report(SchemaDiagnosticIds.Advice, $"a {action} should say why in 'note': converters report it for every figure it affects", map.Span);
        }

        /// <summary>Each older element is mapped by one rule at most.</summary>
        private static void ReportRepeatedSources(EquatableArray<MigrationRule> rules, LoadContext context)
        {
            var seen = new Dictionary<string, ElementReference>();
            foreach (ElementReference source in rules.SelectMany(r => r.From))
            {
                if (seen.TryGetValue(source.Value, out ElementReference? first))
                    context.Report(SchemaDiagnosticIds.DuplicateId, $"'{source}' is already mapped by the rule at line {first.Span.StartLine}", source.Span);
                else
                    seen[source.Value] = source;
            }
        }

        internal static string Describe(ElementKind kind) => kind.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// Checks a migration's references against real schemas: <c>to</c> and <c>carry-into</c> against the schema that
    /// declares the migration, <c>from</c> against the older schema once it is known (the generator knows it when
    /// both files are in one compilation). Diagnostics point at each reference in the YAML.
    /// </summary>
    public static class MigrationLint
    {
        /// <summary>The targets of <paramref name="newer"/>'s migration must name its own tables, rows and columns.</summary>
        public static IReadOnlyList<SchemaDiagnostic> CheckTargets(SchemaDocument newer)
        {
            if (newer.Migration is null) return new SchemaDiagnostic[0];
            var targets = newer.Migration.Rules.SelectMany(r => r.CarryInto is null ? r.To : r.To.Concat(new[] { r.CarryInto }));
            var found = Check(targets.Distinct(), newer.Tables, newer.Key).ToList();
            foreach (MigrationRule rule in newer.Migration.Rules.Where(r => r.CarryInto is not null))
                if (!IsLeaf(rule.CarryInto!, newer.Tables))
                    found.Add(Error(SchemaDiagnosticIds.InvalidValue, $"carry-into '{rule.CarryInto}' must name a leaf row, leaf column or cell: a group carries no figures", rule.CarryInto!.Span));
            return found;
        }

        /// <summary>The sources of a migration must name tables, rows and columns of the older schema.</summary>
        public static IReadOnlyList<SchemaDiagnostic> CheckSources(MigrationSpec migration, IReadOnlyList<TableSpec> olderTables, string olderKey)
            => Check(migration.Rules.SelectMany(r => r.From), olderTables, olderKey).ToList();

        /// <summary>Null when the reference names an element of the tables; else why not, with the closest name.</summary>
        public static string? Resolve(ElementReference reference, IReadOnlyList<TableSpec> tables, string schemaKey)
        {
            TableSpec? table = tables.FirstOrDefault(t => t.Id == reference.Table);
            if (table is null)
                return $"{schemaKey} has no table '{reference.Table}'{RuleResolver.Suggest(reference.Table, tables.Select(t => t.Id))}";
            if (reference.Row is not null && table.FindRow(reference.Row) is null)
                return $"table '{table.Id}' of {schemaKey} has no row '{reference.Row}'{RuleResolver.Suggest(reference.Row, table.AllRows.Select(r => r.Path))}";
            if (reference.Column is not null && table.FindColumn(reference.Column) is null)
                return $"table '{table.Id}' of {schemaKey} has no column '{reference.Column}'{RuleResolver.Suggest(reference.Column, table.AllColumns.Select(c => c.Id))}";
            return null;
        }

        private static bool IsLeaf(ElementReference reference, IReadOnlyList<TableSpec> tables)
        {
            TableSpec? table = tables.FirstOrDefault(t => t.Id == reference.Table);
            if (table is null) return true; // reported as an unknown reference already
            if (reference.Kind == ElementKind.Table) return false;
            bool rowLeaf = reference.Row is null || table.FindRow(reference.Row)?.IsLeaf != false;
            bool columnLeaf = reference.Column is null || table.FindColumn(reference.Column)?.IsLeaf != false;
            return rowLeaf && columnLeaf;
        }

        private static IEnumerable<SchemaDiagnostic> Check(IEnumerable<ElementReference> references, IReadOnlyList<TableSpec> tables, string schemaKey)
        {
            foreach (ElementReference reference in references)
            {
                string? problem = Resolve(reference, tables, schemaKey);
                if (problem is not null)
                    yield return Error(SchemaDiagnosticIds.UnknownReference, $"'{reference}': {problem}", reference.Span);
            }
        }

        private static SchemaDiagnostic Error(DiagnosticRule rule, string message, SourceSpan span) => new(rule.Id, rule.Severity, message, span);
    }
}
