using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>The tables paired between two versions, with the pairing of their rows and columns (invariants need both).</summary>
    internal sealed class TableMatches
    {
        private readonly Dictionary<string, TableSpec> _newByOld = new();
        private readonly Dictionary<string, (AxisMatch Rows, AxisMatch Columns)> _axes = new();

        public void Add(TableSpec older, TableSpec newer, AxisMatch rows, AxisMatch columns)
        {
            _newByOld[older.Id] = newer;
            _axes[older.Id] = (rows, columns);
        }

        public bool Contains(string olderId) => _newByOld.ContainsKey(olderId);

        public string? NewIdOf(string olderId) => _newByOld.TryGetValue(olderId, out TableSpec? t) ? t.Id : null;

        /// <summary>The newer key (row path or column id) of an older leaf key of table <paramref name="olderTable"/>; null when it has no partner.</summary>
        public string? MapLeafKey(string olderTable, RuleAxis axis, string key)
            => _axes.TryGetValue(olderTable, out var axes) ? (axis == RuleAxis.Row ? axes.Rows : axes.Columns).MapLeafKey(key) : null;
    }

    /// <summary>
    /// Compares the tables: pairs them (by id; a declared rename; else an inferred one by label or caption),
    /// reports removed, renamed, moved and added tables, the table's own attributes, and then its columns and rows.
    /// </summary>
    internal static class TableComparer
    {
        public static TableMatches Compare(SchemaDocument older, SchemaDocument newer, IReadOnlyDictionary<string, string> sections, MigrationPlan plan, ChangeLog log)
        {
            var pairs = Pair(older, newer, plan);
            var matches = new TableMatches();

            foreach (TableSpec table in older.Tables.Where(t => !pairs.ContainsKey(t.Id)))
            {
                string note = plan.TableDrops.TryGetValue(table.Id, out string? drop) ? " (the migration drops it" + (string.IsNullOrWhiteSpace(drop) ? ")" : ": " + drop + ")") : "";
                log.Add(ChangeRules.TableRemoved, "table", ElementPaths.Table(table.Id),
                    $"table {table.Id} {Heading(table)} was removed with its {table.LeafRows.Count()} × {table.LeafColumns.Count()} figures{note}", before: table.Id);
            }

            foreach (TableSpec table in newer.Tables)
            {
                TableSpec? old = older.Tables.FirstOrDefault(o => pairs.TryGetValue(o.Id, out TableSpec? n) && n.Id == table.Id);
                if (old is null)
                {
                    log.Add(ChangeRules.TableAdded, "table", ElementPaths.Table(table.Id),
                        $"table {table.Id} {Heading(table)} was added to section {table.Section} ({table.LeafRows.Count()} × {table.LeafColumns.Count()} figures)", after: table.Id);
                    continue;
                }
                var columns = AxisMatcher.Match(new AxisTree(old.Columns), new AxisTree(table.Columns), RuleAxis.Column, plan.RulesFor(old.Id, table.Id, RuleAxis.Column));
                var rows = AxisMatcher.Match(new AxisTree(old.Rows), new AxisTree(table.Rows), RuleAxis.Row, plan.RulesFor(old.Id, table.Id, RuleAxis.Row));
                matches.Add(old, table, rows, columns);
                ReportPair(old, table, sections, plan, log);
                AxisComparer.Report(columns, old, table, log);
                AxisComparer.Report(rows, old, table, log);
            }

            var olderOrder = older.Tables.Where(t => pairs.ContainsKey(t.Id)).Select(t => pairs[t.Id].Id).ToList();
            var newerOrder = newer.Tables.Select(t => t.Id).Where(olderOrder.Contains).ToList();
            if (!olderOrder.SequenceEqual(newerOrder))
                log.Add(ChangeRules.TableReordered, "table", "tables", $"tables come in another order: {string.Join(", ", olderOrder)} → {string.Join(", ", newerOrder)}",
                    before: string.Join(", ", olderOrder), after: string.Join(", ", newerOrder));
            return matches;
        }

        private static Dictionary<string, TableSpec> Pair(SchemaDocument older, SchemaDocument newer, MigrationPlan plan)
        {
            var pairs = new Dictionary<string, TableSpec>();
            var taken = new HashSet<string>();
            void Take(TableSpec o, TableSpec n) { pairs[o.Id] = n; taken.Add(n.Id); }

            foreach (var rename in plan.TableRenames)
                Take(older.FindTable(rename.Key)!, newer.FindTable(rename.Value)!);
            foreach (TableSpec o in older.Tables.Where(o => !pairs.ContainsKey(o.Id) && !plan.TableDrops.ContainsKey(o.Id)))
            {
                TableSpec? n = newer.FindTable(o.Id);
                if (n is not null && !taken.Contains(n.Id)) Take(o, n);
            }
            foreach (TableSpec o in older.Tables.Where(o => !pairs.ContainsKey(o.Id) && !plan.TableDrops.ContainsKey(o.Id)))
            {
                var free = newer.Tables.Where(n => !taken.Contains(n.Id) && older.FindTable(n.Id) is null).ToList();
                TableSpec? n = free.FirstOrDefault(x => Wording.Squeeze(x.Label) == Wording.Squeeze(o.Label))
                               ?? free.FirstOrDefault(x => o.Caption is not null && x.Caption == o.Caption);
                if (n is not null) Take(o, n);
            }
            return pairs;
        }

        private static void ReportPair(TableSpec older, TableSpec newer, IReadOnlyDictionary<string, string> sections, MigrationPlan plan, ChangeLog log)
        {
            string path = ElementPaths.Table(newer.Id);
            string oldPath = ElementPaths.Table(older.Id);
            if (older.Id != newer.Id)
            {
                string why = plan.TableRenames.ContainsKey(older.Id) ? "declared by the migration" : "inferred: same label or caption";
                log.Add(ChangeRules.TableRenamed, "table", path, $"table id {older.Id} → {newer.Id} ({Heading(newer)}; {why})", oldPath, older.Id, newer.Id);
            }
            string expectedSection = sections.TryGetValue(older.Section, out string? mapped) ? mapped : older.Section;
            if (expectedSection != newer.Section)
                log.Add(ChangeRules.TableMoved, "table", path, $"table {newer.Id} moved from section {older.Section} to section {newer.Section}", oldPath, older.Section, newer.Section);
            if (older.Label != newer.Label)
                log.Add(ChangeRules.LabelChanged, "table", path, $"table {newer.Id} reworded: {older.Label} → {newer.Label}", oldPath, older.Label, newer.Label);
            if (older.Caption != newer.Caption)
                log.Add(ChangeRules.CaptionChanged, "table", path, $"table {newer.Id}: caption {Wording.Quote(older.Caption)} → {Wording.Quote(newer.Caption)}", oldPath, older.Caption, newer.Caption);
            if (older.Stub != newer.Stub)
                log.Add(ChangeRules.StubChanged, "table", path, $"table {newer.Id}: top-left cell {Wording.Quote(older.Stub)} → {Wording.Quote(newer.Stub)}", oldPath, older.Stub, newer.Stub);
            if (!Wording.SameList(older.HeaderNotes, newer.HeaderNotes))
                log.Add(ChangeRules.HeaderNotesChanged, "table", path, $"table {newer.Id}: header notes {Wording.ListDelta(older.HeaderNotes, newer.HeaderNotes)}",
                    oldPath, Wording.List(older.HeaderNotes), Wording.List(newer.HeaderNotes));
            if (older.Cell != newer.Cell)
                log.Add(ChangeRules.CellKindChanged, "table", path, CellKinds.BreaksCode(older.Cell, newer.Cell), CellKinds.BreaksData(older.Cell, newer.Cell),
                    $"table {newer.Id}: cell kind {CellKinds.Name(older.Cell)} → {CellKinds.Name(newer.Cell)} (cells that do not declare their own kind: {CellKinds.CSharpType(older.Cell)} → {CellKinds.CSharpType(newer.Cell)})",
                    oldPath, CellKinds.Name(older.Cell), CellKinds.Name(newer.Cell));
            if (Wording.Normalize(older.Description) != Wording.Normalize(newer.Description))
                log.Add(ChangeRules.DescriptionChanged, "table", path, $"table {newer.Id}: description changed", oldPath, older.Description, newer.Description);
        }

        private static string Heading(TableSpec table) => (table.Caption is null ? "" : table.Caption + " ") + table.Label;
    }
}
