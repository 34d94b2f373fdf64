using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Spec
{
    /// <summary>A leaf cell of a schema: its table, leaf row and leaf column.</summary>
    internal sealed record LeafCell(TableSpec Table, AxisNode Row, AxisNode Column)
    {
        /// <summary>The cell as a member path on the generated model: Applications.Outcomes.Granted.NaturalPerson.</summary>
        public string Access => Table.Id + "." + Row.Path + "." + Column.Id;

        /// <summary>Generated models type a column decimal? when any of its cells is an amount, else int?.</summary>
        public bool HoldsAmounts => Table.LeafRows.Any(r => Table.KindOf(r, Column) == CellKind.Amount);

        public override string ToString() => $"{Table.Id}.row:{Row.Path}.column:{Column.Id}";
    }

    /// <summary>
    /// Where one cell of the older report goes: a target cell (possibly with a caveat, possibly summed with others
    /// by a merge), or nowhere, with the reason. <see cref="Undeclared"/> names the older element that no rule
    /// covers when the cell is lost only because the migration says nothing about it.
    /// </summary>
    internal sealed record CellPlan(LeafCell Source, LeafCell? Target, string? Caveat, bool ViaMerge, string? LossReason, string? Undeclared);

    /// <summary>
    /// Applies a migration block cell by cell. For each leaf cell of the older schema: the most specific rule that
    /// names it decides (a cell beats a row or column, which beat a table; a deeper row beats its group); a row
    /// rule and a column rule combine; with no rule, the cell keeps its table id, row path and column id.
    /// </summary>
    internal sealed class MigrationPlanner
    {
        private readonly SchemaOutline _older;
        private readonly SchemaOutline _newer;
        private readonly List<(MigrationRule Rule, ElementReference From, int Order)> _sources;
        private readonly List<SchemaDiagnostic> _diagnostics = new();
        private readonly List<(MigrationRule Rule, string Reason, LeafCell Cell)> _misdirected = new();

        private MigrationPlanner(SchemaOutline older, SchemaOutline newer)
        {
            _older = older;
            _newer = newer;
            _sources = newer.Migration!.Rules.SelectMany((rule, i) => rule.From.Select(f => (rule, f, i))).ToList();
        }

        public static (IReadOnlyList<CellPlan> Cells, IReadOnlyList<SchemaDiagnostic> Diagnostics) Plan(SchemaOutline older, SchemaOutline newer)
        {
            var planner = new MigrationPlanner(older, newer);
            var cells = older.Tables
                .SelectMany(t => t.LeafRows.SelectMany(r => t.LeafColumns.Select(c => new LeafCell(t, r, c))))
                .Select(planner.PlanCell)
                .ToList();
            planner.ReportMisdirected();
            planner.CheckCollisions(cells);
            planner.ReportUndeclared(cells);
            return (cells, planner._diagnostics);
        }

        private CellPlan PlanCell(LeafCell cell)
        {
            var covering = _sources.Where(s => s.From.Covers(cell.Table.Id, cell.Row.Path, cell.Column.Path)).ToList();
            var applied = ChooseRules(covering);

            // Any drop, or a split that carries nowhere, loses the figure whatever the other rules say.
            var losing = applied.FirstOrDefault(a => a.Rule.Action == MigrationAction.Drop || (a.Rule.Action == MigrationAction.Split && a.Rule.CarryInto is null));
            if (losing.Rule is not null)
                return new CellPlan(cell, null, null, false, losing.Rule.Note?.Trim() ?? $"dropped by the migration to {_newer.Key}", null);

            var target = new TargetBuilder(cell);
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
            var cellRule = Deepest(covering.Where(c => c.From.Kind == ElementKind.Cell));
            if (cellRule.Rule is not null) return new() { cellRule };
            var chosen = new List<(MigrationRule, ElementReference, int)>();
            foreach (ElementKind kind in new[] { ElementKind.Table, ElementKind.Row, ElementKind.Column })
            {
                var rule = Deepest(covering.Where(c => c.From.Kind == kind));
                if (rule.Rule is not null) chosen.Add(rule);
            }
            return chosen;
        }

        private static (MigrationRule Rule, ElementReference From, int Order) Deepest(IEnumerable<(MigrationRule Rule, ElementReference From, int Order)> candidates)
            => candidates.OrderByDescending(c => (c.From.Row?.Length ?? 0) + (c.From.Column?.Length ?? 0)).ThenBy(c => c.Order).FirstOrDefault();

        private CellPlan Resolve(TargetBuilder target, string? caveat, bool viaMerge)
        {
            LeafCell cell = target.Source;
            TableSpec? table = _newer.Tables.FirstOrDefault(t => t.Id == target.TableId);
            AxisNode? row = table?.FindRow(target.RowPath);
            AxisNode? column = table?.LeafColumns.FirstOrDefault(c => c.Id == target.ColumnId);
            if (table is not null && row is { IsLeaf: true } && column is not null)
                return new CellPlan(cell, new LeafCell(table, row, column), caveat, viaMerge, null, null);

            // Which part of the target is missing, the older element it came from, and the rule that chose it (if any).
            string problem, element;
            MigrationRule? chosenBy;
            if (table is null)
            {
                (problem, element, chosenBy) = ($"no table '{target.TableId}'", cell.Table.Id, target.TableSetBy);
            }
            else if (row is null || !row.IsLeaf)
            {
                problem = row is null ? $"no row '{target.RowPath}' in table '{target.TableId}'" : $"only a row group '{target.RowPath}' in table '{target.TableId}', which carries no figures";
                (element, chosenBy) = ($"{cell.Table.Id}.row:{cell.Row.Path}", target.RowSetBy);
            }
            else
            {
                (problem, element, chosenBy) = ($"no column '{target.ColumnId}' in table '{target.TableId}'", $"{cell.Table.Id}.column:{cell.Column.Id}", target.ColumnSetBy);
            }

            string reason = $"{_newer.Key} has {problem}";
            if (chosenBy is not null)
            {
                // A rule sent the figure somewhere that does not exist: the migration is wrong, not merely silent.
                _misdirected.Add((chosenBy, reason, cell));
                return new CellPlan(cell, null, null, false, reason, null);
            }
            return new CellPlan(cell, null, null, false, reason, element);
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
        private void CheckCollisions(List<CellPlan> cells)
        {
            foreach (var group in cells.Where(c => c.Target is not null).GroupBy(c => c.Target!.ToString()).Where(g => g.Count() > 1))
                if (group.Any(c => !c.ViaMerge))
                    _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.InvalidValue,
                        $"{string.Join(", ", group.Select(c => c.Source))} of {_older.Key} all land on {group.Key} of {_newer.Key}; declare a merge if their figures add up",
                        _newer.Migration!.Span));
        }

        /// <summary>An older element that the newer schema has no place for, and that no rule names: say so once per element.</summary>
        private void ReportUndeclared(List<CellPlan> cells)
        {
            foreach (var group in cells.Where(c => c.Undeclared is not null).GroupBy(c => c.Undeclared!))
                _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.Advice,
                    $"the migration from {_older.Key} does not say where '{group.Key}' goes ({group.First().LossReason}); declare a drop with a note, or a rename",
                    _newer.Migration!.Span));
            foreach (Text section in _older.TextSections.Where(s => !_newer.TextSections.Contains(s)))
                _diagnostics.Add(Diagnostic(SchemaDiagnosticIds.Advice,
                    $"text section '{section}' of {_older.Key} has no section of the same id in {_newer.Key}; converters do not carry its text over",
                    _newer.Migration!.Span));
        }

        private static SchemaDiagnostic Diagnostic(DiagnosticRule rule, string message, SourceSpan span) => new(rule.Id, rule.Severity, message, span);
    }

    /// <summary>
    /// The newer cell an older cell is headed for, built up rule by rule (table, then row, then column), remembering
    /// which rule chose each part so that a wrong target can be blamed on the rule that chose it.
    /// </summary>
    internal sealed class TargetBuilder
    {
        public TargetBuilder(LeafCell source)
        {
            Source = source;
            TableId = source.Table.Id;
            RowPath = source.Row.Path;
            ColumnId = source.Column.Id;
        }

        public LeafCell Source { get; }
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
                RowPath = (to.Row ?? "") + Source.Row.Path.Substring(from.Row.Length);
                RowSetBy = rule;
            }
            if (from.Column is not null)
            {
                ColumnId = TargetColumn(from.Column, to.Column ?? from.Column, Source.Column);
                ColumnSetBy = rule;
            }
            return conflict;
        }

        /// <summary>A rule on the leaf column itself renames it; a rule on a column group keeps its leaves' ids.</summary>
        private static string TargetColumn(string from, string to, AxisNode leaf)
            => from == leaf.Id || from == leaf.Path ? to.Split('.').Last() : leaf.Id;
    }
}
