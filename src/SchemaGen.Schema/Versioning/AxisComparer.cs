using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// Reports the changes of one axis (rows or columns) of a table that exists in both versions, from the
    /// pairing <see cref="AxisMatcher"/> made: removals, renames, moves, splits and merges, changed wording and
    /// cells, additions, and order.
    /// </summary>
    internal sealed class AxisComparer
    {
        private readonly AxisMatch _match;
        private readonly TableSpec _older;
        private readonly TableSpec _newer;
        private readonly ChangeLog _log;
        private readonly string _element;

        private AxisComparer(AxisMatch match, TableSpec older, TableSpec newer, ChangeLog log)
        {
            _match = match;
            _older = older;
            _newer = newer;
            _log = log;
            _element = ElementPaths.ElementName(match.Axis);
        }

        private bool IsRows => _match.Axis == RuleAxis.Row;

        public static void Report(AxisMatch match, TableSpec older, TableSpec newer, ChangeLog log)
        {
            var comparer = new AxisComparer(match, older, newer, log);
            comparer.ReportRemoved();
            comparer.ReportPairs();
            comparer.ReportReshapes();
            comparer.ReportAdded();
            comparer.ReportOrder();
        }

        private string OldPath(AxisNode node) => ElementPaths.Node(_older.Id, _match.Axis, node.Path);

        private string NewPath(AxisNode node) => ElementPaths.Node(_newer.Id, _match.Axis, node.Path);

        private string SubElements(int count) => count + (IsRows ? " sub-row" : " sub-column") + (count == 1 ? "" : "s");

        // ---- removed ----

        private void ReportRemoved()
        {
            foreach (AxisNode older in _match.Older.All)
            {
                bool dropped = _match.Drops.TryGetValue(older.Path, out string? note);
                if (!dropped && !_match.IsFreeOld(older)) continue;
                if (CoveredByAncestor(older)) continue;
                string groupPart = older.IsLeaf ? "" : " with its " + SubElements(AxisNode.All(older.Children).Count());
                string notePart = dropped ? " (the migration drops it" + (string.IsNullOrWhiteSpace(note) ? ")" : ": " + note + ")") : "";
                _log.Add(IsRows ? ChangeRules.RowRemoved : ChangeRules.ColumnRemoved, _element, OldPath(older),
                    $"{_element} {Wording.Describe(older)} was removed{groupPart}{notePart}", before: older.Path);
            }
        }

        /// <summary>An older node whose parent is gone, or whose parent lost its children, is reported with that parent.</summary>
        private bool CoveredByAncestor(AxisNode older)
        {
            AxisNode? parent = _match.Older.ParentOf(older);
            if (parent is null) return false;
            AxisNode? newerParent = _match.NewOf(parent);
            return newerParent is null || newerParent.IsLeaf;
        }

        // ---- pairs ----

        private void ReportPairs()
        {
            foreach (var (older, newer) in _match.Pairs)
            {
                ReportIdentity(older, newer);
                ReportShape(older, newer);
                ReportWording(older, newer);
                ReportCells(older, newer);
            }
        }

        private void ReportIdentity(AxisNode older, AxisNode newer)
        {
            MatchReason reason = _match.ReasonOf(older);
            if (older.Id != newer.Id)
            {
                string why = reason switch
                {
                    MatchReason.Declared => "declared by the migration",
                    MatchReason.SameWording => "inferred: the wording matches",
                    MatchReason.SamePosition => "inferred: same number at the same place",
                    _ => "inferred",
                };
                _log.Add(IsRows ? ChangeRules.RowRenamed : ChangeRules.ColumnRenamed, _element, NewPath(newer),
                    $"{_element} id {older.Id} → {newer.Id} ({newer.NumberedLabel}; {why})", OldPath(older), older.Id, newer.Id);
            }

            AxisNode? olderParent = _match.Older.ParentOf(older);
            AxisNode? expectedParent = olderParent is null ? null : _match.NewOf(olderParent);
            AxisNode? newerParent = _match.Newer.ParentOf(newer);
            if (expectedParent?.Path != newerParent?.Path)
            {
                string from = olderParent is null ? "the top level" : "under " + Wording.Describe(olderParent);
                string to = newerParent is null ? "the top level" : "under " + Wording.Describe(newerParent);
                _log.Add(IsRows ? ChangeRules.RowMoved : ChangeRules.ColumnMoved, _element, NewPath(newer),
                    $"{_element} {Wording.Describe(newer)} moved from {from} to {to}", OldPath(older), older.Path, newer.Path);
            }
        }

        /// <summary>A leaf that became a group is a split; a group that became a leaf is a merge.</summary>
        private void ReportShape(AxisNode older, AxisNode newer)
        {
            if (older.IsLeaf == newer.IsLeaf) return;
            if (_match.Reshapes.Any(r => r.From.Contains(older.Path))) return; // the migration rule reports it
            if (older.IsLeaf)
            {
                string parts = string.Join("; ", newer.Children.Select(c => c.NumberedLabel));
                _log.Add(IsRows ? ChangeRules.RowSplit : ChangeRules.ColumnSplit, _element, NewPath(newer),
                    $"{_element} {Wording.Describe(newer)} gains {SubElements(newer.Children.Count)}: {parts}; an older single figure cannot be apportioned among them",
                    OldPath(older), "leaf", string.Join(", ", newer.Children.Select(c => c.Id)));
            }
            else
            {
                string parts = string.Join("; ", older.Children.Select(c => c.NumberedLabel));
                _log.Add(IsRows ? ChangeRules.RowMerged : ChangeRules.ColumnMerged, _element, NewPath(newer),
                    $"{_element} group {Wording.Describe(newer)} lost its {SubElements(older.Children.Count)} ({parts}) and holds figures itself; older figures add up",
                    OldPath(older), string.Join(", ", older.Children.Select(c => c.Id)), "leaf");
            }
        }

        private void ReportWording(AxisNode older, AxisNode newer)
        {
            string path = NewPath(newer);
            string what = $"{_element} {newer.Path}";
            if (older.Number != newer.Number)
                _log.Add(ChangeRules.NumberChanged, _element, path, $"{what}: number {Wording.Quote(older.Number)} → {Wording.Quote(newer.Number)}", OldPath(older), older.Number, newer.Number);
            if (older.Label != newer.Label)
                _log.Add(ChangeRules.LabelChanged, _element, path, $"{what} reworded: {older.Label} → {newer.Label}", OldPath(older), older.Label, newer.Label);
            if (older.Unlabeled != newer.Unlabeled)
                _log.Add(ChangeRules.UnlabeledChanged, _element, path, $"{what}: the official layout {(newer.Unlabeled ? "no longer prints" : "now prints")} its label",
                    OldPath(older), Bool(older.Unlabeled), Bool(newer.Unlabeled));
            if (!Wording.SameList(older.Aliases, newer.Aliases))
                _log.Add(ChangeRules.AliasesChanged, _element, path, $"{what}: aliases {Wording.ListDelta(older.Aliases, newer.Aliases)}",
                    OldPath(older), Wording.List(older.Aliases), Wording.List(newer.Aliases));
            if (Wording.Normalize(older.Description) != Wording.Normalize(newer.Description))
                _log.Add(ChangeRules.DescriptionChanged, _element, path, $"{what}: description changed", OldPath(older), older.Description, newer.Description);
        }

        private void ReportCells(AxisNode older, AxisNode newer)
        {
            string path = NewPath(newer);
            string what = $"{_element} {newer.Path}";
            // Only a node's own kind is reported here; a change of the table's default is reported on the table.
            CellKind olderKind = older.Kind ?? _older.Cell, newerKind = newer.Kind ?? _newer.Cell;
            if (older.Kind != newer.Kind && olderKind != newerKind)
                _log.Add(ChangeRules.CellKindChanged, _element, path, CellKinds.BreaksCode(olderKind, newerKind), CellKinds.BreaksData(olderKind, newerKind),
                    $"{what}: cell kind {CellKinds.Name(olderKind)} → {CellKinds.Name(newerKind)} ({CellKinds.CSharpType(olderKind)} → {CellKinds.CSharpType(newerKind)})",
                    OldPath(older), CellKinds.Name(olderKind), CellKinds.Name(newerKind));
            if (older.Unit != newer.Unit)
                _log.Add(ChangeRules.UnitChanged, _element, path, $"{what}: unit {Wording.Quote(older.Unit)} → {Wording.Quote(newer.Unit)}", OldPath(older), older.Unit, newer.Unit);
            if (older.Scale != newer.Scale)
                _log.Add(ChangeRules.ScaleChanged, _element, path, false, CellKinds.ScaleBreaksData(older.Scale, newer.Scale),
                    $"{what}: scale {Scale(older.Scale)} → {Scale(newer.Scale)}", OldPath(older), older.Scale?.ToString(System.Globalization.CultureInfo.InvariantCulture), newer.Scale?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static string Scale(int? scale) => scale is null ? "unlimited" : scale.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decimals";

        private static string Bool(bool value) => value ? "true" : "false";

        // ---- migration splits and merges ----

        private void ReportReshapes()
        {
            foreach (AxisMigration rule in _match.Reshapes)
            {
                string note = string.IsNullOrWhiteSpace(rule.Note) ? "declared by the migration" : "declared by the migration: " + rule.Note;
                var targets = rule.To.Select(p => _match.Newer.Find(p)!).ToList();
                if (rule.Action == MigrationAction.Split)
                {
                    string source = rule.From[0];
                    AxisNode older = _match.Older.Find(source)!;
                    AxisNode? kept = _match.Newer.Find(source);
                    // A row that stays a leaf under the same path keeps its member: only new siblings appear.
                    bool breaksCode = !(IsRows && kept is not null && kept.IsLeaf);
                    _log.Add(IsRows ? ChangeRules.RowSplit : ChangeRules.ColumnSplit, _element, kept is null ? OldPath(older) : NewPath(kept), breaksCode, true,
                        $"{_element} {Wording.Describe(older)} is split into {SubElements(targets.Count)}: {string.Join("; ", targets.Select(t => t.NumberedLabel))} ({note}); "
                        + (rule.CarryInto is null ? "an older single figure cannot be apportioned among them" : $"an older figure is carried whole into {rule.CarryInto}"),
                        before: older.Path, after: string.Join(", ", targets.Select(t => t.Path)));
                }
                else
                {
                    var sources = rule.From.Select(p => _match.Older.Find(p)!).ToList();
                    AxisNode target = targets[0];
                    _log.Add(IsRows ? ChangeRules.RowMerged : ChangeRules.ColumnMerged, _element, NewPath(target), true, false,
                        $"{string.Join(", ", sources.Select(s => s.Path))} merged into {_element} {Wording.Describe(target)} ({note}); older figures add up",
                        OldPath(sources[0]), string.Join(", ", sources.Select(s => s.Path)), target.Path);
                }
            }
        }

        // ---- added ----

        private void ReportAdded()
        {
            foreach (AxisNode newer in _match.Newer.All)
            {
                if (!_match.IsFreeNew(newer)) continue;
                AxisNode? parent = _match.Newer.ParentOf(newer);
                if (parent is not null)
                {
                    AxisNode? olderParent = _match.OldOf(parent);
                    if (olderParent is null || olderParent.IsLeaf) continue; // reported with the added or split parent
                }
                string groupPart = newer.IsLeaf ? "" : " with " + SubElements(AxisNode.All(newer.Children).Count());
                _log.Add(IsRows ? ChangeRules.RowAdded : ChangeRules.ColumnAdded, _element, NewPath(newer),
                    $"{_element} {Wording.Describe(newer)} was added{groupPart}{CellNote(newer)}{FormerOccupant(newer)}", after: newer.Path);
            }
        }

        /// <summary>Kind, unit and scale of an added node, when it declares them or they differ from the counts default.</summary>
        private string CellNote(AxisNode node)
        {
            CellKind kind = node.Kind ?? _newer.Cell;
            var parts = new List<string>();
            if (kind != CellKind.Count || node.Kind is not null) parts.Add(CellKinds.Name(kind));
            if (node.Unit is not null) parts.Add("in " + node.Unit);
            if (node.Scale is not null) parts.Add("scale " + node.Scale.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
        }

        /// <summary>
        /// When a removed node stood at the same place, say so: a reader sees the replacement, and why it was not
        /// taken for a rename (different wording).
        /// </summary>
        private string FormerOccupant(AxisNode newer)
        {
            AxisNode? parent = _match.Newer.ParentOf(newer);
            AxisNode? olderParent = parent is null ? null : _match.OldOf(parent);
            if (parent is not null && olderParent is null) return "";
            var olderSiblings = _match.Older.ChildrenOf(olderParent);
            int index = _match.Newer.IndexOf(newer);
            if (index >= olderSiblings.Count) return "";
            AxisNode former = olderSiblings[index];
            if (_match.Drops.ContainsKey(former.Path))
                return $"; it stands where the older {former.Id} ({former.NumberedLabel}) stood, which the migration drops";
            if (!_match.IsFreeOld(former)) return "";
            return $"; it stands where the older {former.Id} ({former.NumberedLabel}) stood, worded differently, so it is not taken for a rename";
        }

        // ---- order ----

        private void ReportOrder()
        {
            if (IsRows) ReportRowOrder();
            else ReportColumnOrder();
        }

        private void ReportRowOrder()
        {
            foreach (AxisNode? olderParent in new AxisNode?[] { null }.Concat(_match.Older.All.Where(n => !n.IsLeaf)))
            {
                AxisNode? newerParent = olderParent is null ? null : _match.NewOf(olderParent);
                if (olderParent is not null && newerParent is null) continue;
                var olderOrder = _match.Older.ChildrenOf(olderParent).Select(_match.NewOf).Where(n => n is not null && _match.Newer.ParentOf(n)?.Path == newerParent?.Path).Select(n => n!).ToList();
                var newerOrder = _match.Newer.ChildrenOf(newerParent).Where(n => olderOrder.Contains(n)).ToList();
                if (olderOrder.SequenceEqual(newerOrder)) continue;
                string path = newerParent is null ? ElementPaths.Table(_newer.Id) : NewPath(newerParent);
                string where = newerParent is null ? $"table {_newer.Id}" : Wording.Describe(newerParent);
                _log.Add(ChangeRules.RowReordered, "row", path, $"rows of {where} come in another order: {Ids(olderOrder)} → {Ids(newerOrder)}",
                    before: Ids(olderOrder), after: Ids(newerOrder));
            }
        }

        private void ReportColumnOrder()
        {
            var olderOrder = AxisNode.Leaves(_match.Older.Roots).Select(_match.NewOf).Where(n => n is not null && n.IsLeaf).Select(n => n!).ToList();
            var newerOrder = AxisNode.Leaves(_match.Newer.Roots).Where(n => olderOrder.Contains(n)).ToList();
            if (olderOrder.SequenceEqual(newerOrder)) return;
            _log.Add(ChangeRules.ColumnReordered, "column", ElementPaths.Table(_newer.Id),
                $"leaf columns of table {_newer.Id} come in another order: {Ids(olderOrder)} → {Ids(newerOrder)} (the positional Row constructor follows it)",
                before: Ids(olderOrder), after: Ids(newerOrder));
        }

        private static string Ids(IEnumerable<AxisNode> nodes) => string.Join(", ", nodes.Select(n => n.Id));
    }
}
