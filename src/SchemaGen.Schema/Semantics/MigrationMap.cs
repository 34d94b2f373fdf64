using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Semantics
{
    /// <summary>A cell of a schema by table id, leaf row path and leaf column id, written as a migration reference.</summary>
    public sealed record TableCell(string Table, string Row, string Column)
    {
        public override string ToString() => $"{Table}.row:{Row}.column:{Column}";
    }

    /// <summary>
    /// Where one cell of the older version goes: a cell of the newer (possibly with a caveat, possibly added to other
    /// cells by a merge), or nowhere, with the reason.
    /// </summary>
    public sealed record CellMigration(TableCell Source, TableCell? Target, string? Caveat, bool ViaMerge, string? Reason)
    {
        public bool IsCarried => Target is not null;
    }

    /// <summary>
    /// A migration block applied cell by cell: for every leaf cell of the older version, where its figure goes in the
    /// newer. The generator writes the converter from it and emits it as data beside the converter, so that tools (the
    /// CLI's year comparison) read the mapping instead of finding it out.
    /// </summary>
    public sealed record MigrationMap(
        string FromKey,
        string ToKey,
        string FromVersion,
        EquatableArray<CellMigration> Cells,
        EquatableArray<Text> CarriedTextSections)
    {
        /// <summary>
        /// The map from <paramref name="older"/> to <paramref name="newer"/> as <paramref name="migration"/> declares it, or
        /// null with the errors that prevent it. Diagnostics are located where <paramref name="migration"/>'s references
        /// stand (pass the declaration as loaded to locate them; the model's own copy has no positions).
        /// </summary>
        public static (MigrationMap? Map, IReadOnlyList<SchemaDiagnostic> Diagnostics) Build(SchemaModel older, SchemaModel newer, MigrationSpec migration)
        {
            var diagnostics = MigrationLint.CheckSources(migration, older.Declaration.Tables, older.Key).ToList();
            if (diagnostics.Any(IsError)) return (null, diagnostics);

            var (cells, planDiagnostics) = MigrationPlanner.Plan(older, newer, migration);
            diagnostics.AddRange(planDiagnostics);
            if (diagnostics.Any(IsError)) return (null, diagnostics);

            var newerSections = new HashSet<string>(newer.TextSections.Select(s => s.Id));
            var carriedSections = older.TextSections.Where(s => newerSections.Contains(s.Id)).Select(s => new Text(s.Id)).ToEquatableArray();
            return (new MigrationMap(older.Key, newer.Key, older.Format.Version, cells.ToEquatableArray(), carriedSections), diagnostics);
        }

        /// <summary>The older schema a newer one's migration names: same format id, the declared version, another file.</summary>
        public static SchemaModel? OlderOf(SchemaModel newer, IEnumerable<SchemaModel> candidates)
            => newer.Migration is null ? null : candidates.FirstOrDefault(o =>
                o.Format.Id == newer.Format.Id && o.Format.Version == newer.Migration.FromVersion && o.Path != newer.Path);

        private static bool IsError(SchemaDiagnostic d) => d.Severity == Runtime.Validation.FindingSeverity.Error;
    }

    /// <summary>
    /// Applies a migration block cell by cell. For each leaf cell of the older schema: the most specific rule that
    /// names it decides (a cell beats a row or column, which beat a table; a deeper row beats its group); a row
    /// rule and a column rule combine; with no rule, the cell keeps its table id, row path and column id.
    /// </summary>
    internal sealed class MigrationPlanner
    {
        private readonly SchemaModel _older;
        private readonly SchemaModel _newer;
        private readonly MigrationSpec _migration;
        private readonly List<(MigrationRule Rule, ElementReference From, int Order)> _sources;
        private readonly List<SchemaDiagnostic> _diagnostics = new();
        private readonly List<(MigrationRule Rule, string Reason, TableCell Cell)> _misdirected = new();

        private MigrationPlanner(SchemaModel older, SchemaModel newer, MigrationSpec migration)
        {
            _older = older;
            _newer = newer;
            _migration = migration;
            _sources = migration.Rules.SelectMany((rule, i) => rule.From.Select(f => (rule, f, i))).ToList();
        }

        /// <summary>A cell planned so far: where it came from, and (while planning) where a failure would be blamed.</summary>
        private sealed record Planned(CellMigration Migration, string? Undeclared);

        public static (IReadOnlyList<CellMigration> Cells, IReadOnlyList<SchemaDiagnostic> Diagnostics) Plan(SchemaModel older, SchemaModel newer, MigrationSpec migration)
        {
            var planner = new MigrationPlanner(older, newer, migration);
            var cells = older.Tables
                .SelectMany(t => t.Rows.SelectMany(r => t.Columns.Select(c => (Table: t, Row: r, Column: c))))
                .Select(c => planner.PlanCell(c.Table, c.Row, c.Column))
                .ToList();
            planner.ReportMisdirected();
            planner.CheckCollisions(cells);
            planner.ReportUndeclared(cells);
            return (cells.Select(c => c.Migration).ToList(), planner._diagnostics);
        }

        private Planned PlanCell(TableModel table, RowModel row, ColumnModel column)
        {
            var source = new TableCell(table.Id, row.Path, column.Id);
            var covering = _sources.Where(s => s.From.Covers(table.Id, row.Path, column.Path)).ToList();
            var applied = ChooseRules(covering);

            // Any drop, or a split that carries nowhere, loses the figure whatever the other rules say.
            var losing = applied.FirstOrDefault(a => a.Rule.Action == MigrationAction.Drop || (a.Rule.Action == MigrationAction.Split && a.Rule.CarryInto is null));
            if (losing.Rule is not null)
                return new Planned(new CellMigration(source, null, null, false, losing.Rule.Note?.Trim() ?? $"dropped by the migration to {_newer.Key}"), null);

            var target = new TargetBuilder(source, column.Node);
            string? caveat = null;
            bool viaMerge = false;
            foreach (var (rule, from, _) in applied)
            {
                ElementReference to = rule.Action == MigrationAction.Split ? rule.CarryInto! : rule.To[0];
                if (rule.Action == MigrationAction.Split) caveat = rule.Note?.Trim() ?? "carried whole into one of the elements it was split into";
                viaMerge |= rule.Action == MigrationAction.Merge;
                string? conflict = target.Apply(rule, from, to);
                if (conflict is not null)
                    _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.InvalidValue, conflict, rule.Span));
            }
            return Resolve(target, caveat, viaMerge);
        }

        /// <summary>The rules that decide a cell: a cell rule alone, else the deepest row rule, the deepest column rule and the table rule.</summary>
        private static List<(MigrationRule Rule, ElementReference From, int Order)> ChooseRules(List<(MigrationRule Rule, ElementReference From, int Order)> covering)
        {
            var cellRule = Deepest(covering, ElementKind.Cell);
            if (cellRule.Rule is not null) return new() { cellRule };
            var chosen = new List<(MigrationRule, ElementReference, int)>(3);
            foreach (ElementKind kind in DecidingKinds)
            {
                var rule = Deepest(covering, kind);
                if (rule.Rule is not null) chosen.Add(rule);
            }
            return chosen;
        }

        private static readonly ElementKind[] DecidingKinds = { ElementKind.Table, ElementKind.Row, ElementKind.Column };

        /// <summary>The candidate of a kind whose row and column paths are longest together, the first in order among equals; none when there is none.</summary>
        private static (MigrationRule Rule, ElementReference From, int Order) Deepest(List<(MigrationRule Rule, ElementReference From, int Order)> candidates, ElementKind kind)
        {
            (MigrationRule Rule, ElementReference From, int Order) deepest = default;
            int deepestLength = -1;
            foreach (var candidate in candidates)
            {
                if (candidate.From.Kind != kind) continue;
                int length = (candidate.From.Row?.Length ?? 0) + (candidate.From.Column?.Length ?? 0);
                if (length > deepestLength || (length == deepestLength && candidate.Order < deepest.Order))
                {
                    deepest = candidate;
                    deepestLength = length;
                }
            }
            return deepest;
        }

        private Planned Resolve(TargetBuilder target, string? caveat, bool viaMerge)
        {
            TableCell cell = target.Source;
            TableModel? table = _newer.Table(target.TableId);
            AxisNode? row = table?.Declaration.FindRow(target.RowPath);
            ColumnModel? column = table?.Column(target.ColumnId);
            if (table is not null && row is { IsLeaf: true } && column is not null)
                return new Planned(new CellMigration(cell, new TableCell(table.Id, row.Path, column.Id), caveat, viaMerge, null), null);

            // Which part of the target is missing, the older element it came from, and the rule that chose it (if any).
            string problem, element;
            MigrationRule? chosenBy;
            if (table is null)
            {
                (problem, element, chosenBy) = ($"no table '{target.TableId}'", cell.Table, target.TableSetBy);
            }
            else if (row is null || !row.IsLeaf)
            {
                problem = row is null ? $"no row '{target.RowPath}' in table '{target.TableId}'" : $"only a row group '{target.RowPath}' in table '{target.TableId}', which carries no figures";
                (element, chosenBy) = ($"{cell.Table}.row:{cell.Row}", target.RowSetBy);
            }
            else
            {
                (problem, element, chosenBy) = ($"no column '{target.ColumnId}' in table '{target.TableId}'", $"{cell.Table}.column:{cell.Column}", target.ColumnSetBy);
            }

            string reason = $"{_newer.Key} has {problem}";
            if (chosenBy is not null)
            {
                // A rule sent the figure somewhere that does not exist: the migration is wrong, not merely silent.
                _misdirected.Add((chosenBy, reason, cell));
                return new Planned(new CellMigration(cell, null, null, false, reason), null);
            }
            return new Planned(new CellMigration(cell, null, null, false, reason), element);
        }

        /// <summary>One error per rule and problem, however many cells the rule sends there.</summary>
        private void ReportMisdirected()
        {
            foreach (var group in _misdirected.GroupBy(m => (m.Rule, m.Reason)))
            {
                int count = group.Count();
                string cells = count == 1 ? group.First().Cell.ToString() : $"{count} cells ({group.First().Cell}, …)";
                _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.UnknownReference, $"this rule maps {cells} of {_older.Key} onto a place where {group.Key.Reason}", group.Key.Rule.Span));
            }
        }

        /// <summary>Two older figures may land on one newer cell only through a merge, which adds them up.</summary>
        private void CheckCollisions(List<Planned> cells)
        {
            foreach (var group in cells.Where(c => c.Migration.Target is not null).GroupBy(c => c.Migration.Target!).Where(g => g.Count() > 1))
                if (group.Any(c => !c.Migration.ViaMerge))
                    _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.InvalidValue,
                        $"{string.Join(", ", group.Select(c => c.Migration.Source))} of {_older.Key} all land on {group.Key} of {_newer.Key}; declare a merge if their figures add up",
                        _migration.Span));
        }

        /// <summary>An older element that the newer schema has no place for, and that no rule names: say so once per element.</summary>
        private void ReportUndeclared(List<Planned> cells)
        {
            foreach (var group in cells.Where(c => c.Undeclared is not null).GroupBy(c => c.Undeclared!))
                _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.Advice,
                    $"the migration from {_older.Key} does not say where '{group.Key}' goes ({group.First().Migration.Reason}); declare a drop with a note, or a rename",
                    _migration.Span));
            var newerSections = new HashSet<string>(_newer.TextSections.Select(s => s.Id));
            foreach (SectionSpec section in _older.TextSections.Where(s => !newerSections.Contains(s.Id)))
                _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.Advice,
                    $"text section '{section.Id}' of {_older.Key} has no section of the same id in {_newer.Key}; converters do not carry its text over",
                    _migration.Span));
        }

        private static SchemaDiagnostic Diagnostic(DiagnosticRule rule, string message, SourceSpan span) => new(rule.Id, rule.Severity, message, span);
    }

    /// <summary>
    /// The newer cell an older cell is headed for, built up rule by rule (table, then row, then column), remembering
    /// which rule chose each part so that a wrong target can be blamed on the rule that chose it.
    /// </summary>
    internal sealed class TargetBuilder
    {
        private readonly AxisNode _sourceColumn;

        public TargetBuilder(TableCell source, AxisNode sourceColumn)
        {
            Source = source;
            _sourceColumn = sourceColumn;
            TableId = source.Table;
            RowPath = source.Row;
            ColumnId = source.Column;
        }

        public TableCell Source { get; }
        public string TableId { get; private set; }
        public string RowPath { get; private set; }
        public string ColumnId { get; private set; }
        public MigrationRule? TableSetBy { get; private set; }
        public MigrationRule? RowSetBy { get; private set; }
        public MigrationRule? ColumnSetBy { get; private set; }

        /// <summary>Applies one rule; returns a message when it sends the cell to another table than an earlier row or column rule did.</summary>
        public string? Apply(MigrationRule rule, ElementReference from, ElementReference to)
        {
            string? conflict = null;
            if (from.Kind != ElementKind.Table && (RowSetBy ?? ColumnSetBy) is not null && to.Table != TableId)
                conflict = $"rules at lines {(RowSetBy ?? ColumnSetBy)!.Span.StartLine} and {rule.Span.StartLine} send {Source} to different tables ('{TableId}' and '{to.Table}')";
            TableId = to.Table;
            TableSetBy = rule;
            // A rule on a row group keeps the path below the group: Old.Group.Leaf → New.Group.Leaf.
            if (from.Row is not null)
            {
                RowPath = (to.Row ?? "") + Source.Row.Substring(from.Row.Length);
                RowSetBy = rule;
            }
            if (from.Column is not null)
            {
                ColumnId = TargetColumn(from.Column, to.Column ?? from.Column, _sourceColumn);
                ColumnSetBy = rule;
            }
            return conflict;
        }

        /// <summary>A rule on the leaf column itself renames it; a rule on a column group keeps its leaves' ids.</summary>
        private static string TargetColumn(string from, string to, AxisNode leaf)
            => from == leaf.Id || from == leaf.Path ? to.Split('.').Last() : leaf.Id;
    }
}
