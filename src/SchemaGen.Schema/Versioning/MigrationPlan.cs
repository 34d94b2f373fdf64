using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>A migration rule applied to one axis of one table, with references resolved to node paths.</summary>
    internal sealed record AxisMigration(MigrationAction Action, IReadOnlyList<string> From, string? NewTable, IReadOnlyList<string> To, string? Note, string Written)
    {
        /// <summary>On a split: the target path that receives the whole older figure, if the rule names one.</summary>
        public string? CarryInto { get; init; }
    }

    /// <summary>
    /// The newer schema's <c>migration:</c> block, read as declared renames, splits, merges and drops of tables,
    /// rows and columns. Declarations win over inference: a declared rename is a rename even when the wording
    /// changed, and a dropped element is never taken for a renamed one. Rules that cannot be applied become notes.
    /// </summary>
    internal sealed class MigrationPlan
    {
        private readonly List<string> _notes = new();
        private readonly Dictionary<string, string> _tableRenames = new();
        private readonly Dictionary<string, string?> _tableDrops = new();
        private readonly List<(string OldTable, RuleAxis Axis, AxisMigration Rule)> _axisRules = new();

        public static MigrationPlan None { get; } = new MigrationPlan();

        public IReadOnlyList<string> Notes => _notes;

        /// <summary>Older table id → newer table id, as declared.</summary>
        public IReadOnlyDictionary<string, string> TableRenames => _tableRenames;

        /// <summary>Older table ids declared dropped, with the rule's note.</summary>
        public IReadOnlyDictionary<string, string?> TableDrops => _tableDrops;

        /// <summary>
        /// The rules on one axis of a paired table. A rule whose targets lie in another table (rows moving between
        /// tables) is not something the structure comparison can show; it becomes a note.
        /// </summary>
        public IReadOnlyList<AxisMigration> RulesFor(string oldTable, string newTable, RuleAxis axis)
        {
            var rules = _axisRules.Where(r => r.OldTable == oldTable && r.Axis == axis).Select(r => r.Rule).ToList();
            foreach (AxisMigration rule in rules.Where(r => r.NewTable is not null && r.NewTable != newTable))
                _notes.Add($"migration rule {rule.Written}: maps {oldTable} onto table {rule.NewTable}, but {oldTable} pairs with {newTable}; rule not used");
            return rules.Where(r => r.NewTable is null || r.NewTable == newTable).ToList();
        }

        public static MigrationPlan For(SchemaDocument older, SchemaDocument newer)
        {
            MigrationSpec? migration = newer.Migration;
            if (migration is null) return None;
            var plan = new MigrationPlan();
            if (migration.FromVersion.Length > 0 && migration.FromVersion != older.Format.Version)
            {
                plan._notes.Add($"the migration block of {newer.Key} maps from version {migration.FromVersion}, not {older.Format.Version}: it was not used, every rename was inferred");
                return plan;
            }
            foreach (MigrationRule rule in migration.Rules)
                plan.Add(rule, older, newer);
            return plan;
        }

        private void Add(MigrationRule rule, SchemaDocument older, SchemaDocument newer)
        {
            // References were parsed by the loader (ElementReference); the plan reads their parts, never their text.
            var from = rule.From.ToList();
            var to = rule.To.ToList();
            string written = Describe(rule);
            if (from.Count == 0) return;
            var all = from.Concat(to).ToList();
            // A cell-level rule says where figures go; it does not change the structure the report compares.
            if (all.Any(r => r.Kind == ElementKind.Cell)) return;
            if (all.Select(r => r.Kind).Distinct().Count() > 1)
            {
                _notes.Add($"migration rule {written}: its references name different kinds of element; rule not used");
                return;
            }
            ElementKind kind = from[0].Kind;
            if (kind == ElementKind.Table) AddTableRule(rule, from, to, older, newer, written);
            else AddAxisRule(rule, from, to, older, newer, written, kind == ElementKind.Row ? RuleAxis.Row : RuleAxis.Column);
        }

        private void AddTableRule(MigrationRule rule, List<ElementReference> from, List<ElementReference> to, SchemaDocument older, SchemaDocument newer, string written)
        {
            if (from.Any(r => older.FindTable(r.Table) is null) || to.Any(r => newer.FindTable(r.Table) is null))
            {
                _notes.Add($"migration rule {written}: names a table that is not declared; rule not used");
                return;
            }
            if (rule.Action == MigrationAction.Rename && from.Count == 1 && to.Count == 1)
                _tableRenames[from[0].Table] = to[0].Table;
            else if (rule.Action == MigrationAction.Drop)
                foreach (ElementReference r in from) _tableDrops[r.Table] = rule.Note;
            else
                _notes.Add($"migration rule {written}: {rule.Action.ToString().ToLowerInvariant()} of whole tables is not reported structurally; their tables are compared as added and removed");
        }

        private void AddAxisRule(MigrationRule rule, List<ElementReference> from, List<ElementReference> to, SchemaDocument older, SchemaDocument newer, string written, RuleAxis axis)
        {
            string oldTable = from[0].Table;
            TableSpec? olderTable = older.FindTable(oldTable);
            if (from.Any(r => r.Table != oldTable) || olderTable is null)
            {
                _notes.Add($"migration rule {written}: its sources must name one table of {older.Key}; rule not used");
                return;
            }
            TableSpec? newerTable = to.Count == 0 ? null : newer.FindTable(to[0].Table);
            if (to.Count > 0 && (newerTable is null || to.Any(r => r.Table != newerTable.Id)))
            {
                _notes.Add($"migration rule {written}: its targets must name one table of {newer.Key}; rule not used");
                return;
            }
            var fromPaths = from.Select(r => PathOf(olderTable, axis, (r.Row ?? r.Column)!)).ToList();
            var toPaths = to.Select(r => PathOf(newerTable!, axis, (r.Row ?? r.Column)!)).ToList();
            if (fromPaths.Concat(toPaths).Any(p => p is null))
            {
                _notes.Add($"migration rule {written}: names a {ElementPaths.ElementName(axis)} that is not declared; rule not used");
                return;
            }
            string? carryInto = rule.CarryInto is null || newerTable is null ? null : (rule.CarryInto.Row ?? rule.CarryInto.Column) is string carried ? PathOf(newerTable, axis, carried) : null;
            _axisRules.Add((oldTable, axis, new AxisMigration(rule.Action, fromPaths.Select(p => p!).ToList(), newerTable?.Id, toPaths.Select(p => p!).ToList(), rule.Note, written) { CarryInto = carryInto }));
        }

        /// <summary>Rows are named by path; a column by path or by id (ids are unique within a table).</summary>
        private static string? PathOf(TableSpec table, RuleAxis axis, string reference)
            => axis == RuleAxis.Row ? table.FindRow(reference)?.Path : table.FindColumn(reference)?.Path;

        private static string Describe(MigrationRule rule)
            => $"'{rule.Action.ToString().ToLowerInvariant()} [{string.Join(", ", rule.From.Select(r => r.ToString()))}] → [{string.Join(", ", rule.To.Select(r => r.ToString()))}]'";
    }
}
