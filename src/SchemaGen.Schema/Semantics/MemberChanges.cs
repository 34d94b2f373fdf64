using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Semantics
{
    /// <summary>Where a generated member lives: the report record, a table record, a row-group record or a table's Row record.</summary>
    public enum MemberScope
    {
        /// <summary>A property of the report record (a table).</summary>
        Report,
        /// <summary>A property of a table record (a top-level row or row group).</summary>
        Table,
        /// <summary>A property of a row-group record (one of the group's rows).</summary>
        Group,
        /// <summary>A property of a table's Row record (a leaf column).</summary>
        Row,
    }

    /// <summary>
    /// A member that code written against an earlier version of the schema uses and this version no longer declares:
    /// renamed (<see cref="NewName"/> is the member it forwards to, in the same scope) or removed (<see cref="NewName"/>
    /// is null; the member stays only to say why). <see cref="Table"/> is the table (for a renamed table, its new id);
    /// <see cref="Owner"/> is the row group's path for <see cref="MemberScope.Group"/>, else empty.
    /// </summary>
    public sealed record MemberChange(MemberScope Scope, string Table, string Owner, string OldName, string? NewName, string Message)
    {
        public bool IsRemoved => NewName is null;
    }

    /// <summary>
    /// The renamed and removed members of a schema, from two sources: its own notes (<c>renamed-from:</c> on a table, row
    /// or column; the <c>removed:</c> list) and its migration block (a rename within one scope forwards; a drop, and a
    /// rename, split or merge whose old name is gone from its scope, leaves a removed member naming where the figures
    /// went). The generator writes them as [Obsolete] members; the key analyzer suggests the new key for an old one.
    /// A declared note that cannot become a member (its old name is still taken in that scope, or it names nothing)
    /// is reported as advice (SG1013: nothing is generated for it, everything else is); a migration entry that cannot is
    /// skipped, since the migration says nothing about code.
    /// </summary>
    public static class MemberChanges
    {
        public static IReadOnlyList<MemberChange> Of(SchemaDocument doc) => Collect(doc, report: null);

        /// <summary>The diagnostics of the declared notes (renamed-from, removed), at the element that brings them.</summary>
        public static IReadOnlyList<SchemaDiagnostic> Check(SchemaDocument doc)
        {
            var found = new List<SchemaDiagnostic>();
            Collect(doc, (rule, message, span) => found.Add(new SchemaDiagnostic(rule.Id, rule.Severity, message, span)));
            return found;
        }

        private static IReadOnlyList<MemberChange> Collect(SchemaDocument doc, Action<DiagnosticRule, string, SourceSpan>? report)
        {
            var scopes = new Scopes(doc);
            var changes = new List<MemberChange>();
            string version = $"{doc.Key} ({doc.Format.Notice})";

            void Add(MemberScope scope, string table, string owner, string oldName, string? newName, string message, SourceSpan? declaredAt)
            {
                string? taken = scopes.Taken(scope, table, owner, oldName);
                if (taken is null && changes.Any(c => c.Scope == scope && c.Table == table && c.Owner == owner && c.OldName == oldName))
                    taken = "another renamed-from or removed note";
                if (taken is not null)
                {
                    if (declaredAt is { } span) report?.Invoke(SchemaDiagnosticIds.Advice, $"no member is kept for the old name '{oldName}': {taken} already uses it in that scope", span);
                    return;
                }
                changes.Add(new MemberChange(scope, table, owner, oldName, newName, message));
            }

            // The schema's own notes first: they are about this team's code, the migration only about figures.
            foreach (TableSpec table in doc.Tables)
            {
                foreach (Text old in table.RenamedFrom)
                    Add(MemberScope.Report, table.Id, "", old.Value, table.Id, Renamed(old.Value, table.Id, version, null), table.Span);
                foreach (AxisNode row in table.AllRows)
                    foreach (Text old in row.RenamedFrom)
                    {
                        var (scope, owner) = RowScope(row.Path);
                        Add(scope, table.Id, owner, old.Value, row.Id, Renamed(old.Value, row.Id, version, null), row.Span);
                    }
                foreach (AxisNode column in table.AllColumns)
                    foreach (Text old in column.RenamedFrom)
                    {
                        if (column.IsLeaf) Add(MemberScope.Row, table.Id, "", old.Value, column.Id, Renamed(old.Value, column.Id, version, null), column.Span);
                        else report?.Invoke(SchemaDiagnosticIds.Advice, $"column group '{column.Path}' generates no member, so it has nothing to rename: put renamed-from on its leaf columns", column.Span);
                    }
            }
            foreach (RemovedElement removed in doc.Removed)
            {
                var place = PlaceOf(removed.Element);
                if (place is null) continue;
                if (scopes.Exists(removed.Element))
                {
                    report?.Invoke(SchemaDiagnosticIds.Advice, $"'{removed.Element}' is listed as removed, but the schema still has it", removed.Span);
                    continue;
                }
                var (scope, table, owner, name) = place.Value;
                if (scope != MemberScope.Report && doc.FindTable(table) is null)
                {
                    report?.Invoke(SchemaDiagnosticIds.Advice, $"'{removed.Element}' names table '{table}', which the schema does not have", removed.Span);
                    continue;
                }
                Add(scope, table, owner, name, null, Removed(removed.Element.Value, version, removed.Reason), removed.Span);
            }

            if (doc.Migration is { } migration)
                foreach (MigrationRule rule in migration.Rules)
                    FromMigration(rule, migration.FromVersion, doc, scopes, version, (s, t, o, old, @new, message) => Add(s, t, o, old, @new, message, null));
            return changes;
        }

        private static void FromMigration(MigrationRule rule, string fromVersion, SchemaDocument doc, Scopes scopes, string version,
            Action<MemberScope, string, string, string, string?, string> add)
        {
            string since = $"{doc.Format.Id}@{fromVersion}";
            foreach (ElementReference from in rule.From)
            {
                var place = PlaceOf(from);
                // A cell is no member; an element that still exists keeps its own member.
                if (place is null || scopes.Exists(from)) continue;
                var (scope, table, owner, name) = place.Value;
                if (scope != MemberScope.Report && doc.FindTable(table) is null) continue;

                ElementReference? to = rule.Action == MigrationAction.Rename && rule.To.Count == 1 ? rule.To[0] : null;
                var target = to is null ? null : PlaceOf(to);
                if (target is { } t && t.Scope == scope && (scope == MemberScope.Report || t.Table == table) && t.Owner == owner && scopes.Exists(to!))
                {
                    add(scope, t.Table, owner, name, t.Name, Renamed($"{from} of {since}", t.Name, version, rule.Note));
                    continue;
                }
                string what = rule.Action switch
                {
                    MigrationAction.Drop => "has no counterpart",
                    MigrationAction.Split => $"was split into {string.Join(", ", rule.To)}" + (rule.CarryInto is null ? "" : $" (its figures carried into {rule.CarryInto})"),
                    MigrationAction.Merge => $"was merged into {string.Join(", ", rule.To)}",
                    _ => $"is now {string.Join(", ", rule.To)}",
                };
                add(scope, table, owner, name, null, $"{from} of {since} {what} in {version}" + (rule.Note is null ? "" : ": " + rule.Note.Trim()));
            }
        }

        private static string Renamed(string old, string @new, string version, string? note)
            => $"{old} is {@new} in {version}" + (note is null ? "" : ": " + note.Trim());

        private static string Removed(string element, string version, string reason)
            => $"{element} was removed in {version}" + (reason.Length == 0 ? "" : ": " + reason);

        /// <summary>The scope and owner of a row member: a top-level row is a table member, a nested one its group's.</summary>
        private static (MemberScope Scope, string Owner) RowScope(string path)
        {
            int dot = path.LastIndexOf('.');
            return dot < 0 ? (MemberScope.Table, "") : (MemberScope.Group, path.Substring(0, dot));
        }

        /// <summary>Where the member of a referenced table, row or column was generated; null for a cell.</summary>
        private static (MemberScope Scope, string Table, string Owner, string Name)? PlaceOf(ElementReference element)
        {
            switch (element.Kind)
            {
                case ElementKind.Table:
                    return (MemberScope.Report, element.Table, "", element.Table);
                case ElementKind.Row:
                    var (scope, owner) = RowScope(element.Row!);
                    return (scope, element.Table, owner, element.Row!.Substring(element.Row!.LastIndexOf('.') + 1));
                case ElementKind.Column:
                    return (MemberScope.Row, element.Table, "", element.Column!.Substring(element.Column!.LastIndexOf('.') + 1));
                default:
                    return null;
            }
        }

        /// <summary>The names each generated scope already holds (see <see cref="GeneratedNameCheck"/> for the same lists).</summary>
        private sealed class Scopes
        {
            private readonly SchemaDocument _doc;

            public Scopes(SchemaDocument doc) => _doc = doc;

            public bool Exists(ElementReference element)
            {
                TableSpec? table = _doc.FindTable(element.Table);
                if (table is null) return false;
                if (element.Row is not null && table.FindRow(element.Row) is null) return false;
                if (element.Column is not null && !table.AllColumns.Any(c => c.Path == element.Column || c.Id == element.Column)) return false;
                return true;
            }

            /// <summary>What already uses <paramref name="name"/> in the scope, or null when it is free.</summary>
            public string? Taken(MemberScope scope, string tableId, string owner, string name)
            {
                if (GeneratedNameCheck.IsRecordMember(name)) return "every record";
                TableSpec? table = _doc.FindTable(tableId);
                switch (scope)
                {
                    case MemberScope.Report:
                        if (_doc.Tables.Any(t => t.Id == name)) return $"table '{name}'";
                        if (_doc.Sections.Any(s => s.Kind == SectionKind.Text && s.Id == name)) return $"text section '{name}'";
                        if (GeneratedNameCheck.ReportMembers.Contains(name)) return "the generated report record";
                        return null;
                    case MemberScope.Table:
                        if (table is null) return null;
                        if (table.Rows.Any(r => r.Id == name)) return $"row '{name}'";
                        if (GeneratedNameCheck.TableMembers.Contains(name) || name == GeneratedNames.RowClass || table.AllRows.Any(r => !r.IsLeaf && GeneratedNames.GroupClass(r.Id) == name))
                            return "the generated table record";
                        return name == GeneratedNames.TableClass(tableId) ? "the table record's own name" : null;
                    case MemberScope.Group:
                        AxisNode? group = table?.FindRow(owner);
                        if (group is null) return null;
                        if (group.Children.Any(r => r.Id == name)) return $"row '{owner}.{name}'";
                        return name == GeneratedNames.RowClass || name == GeneratedNames.GroupClass(group.Id) ? "the generated group record" : null;
                    default:
                        if (table is null) return null;
                        if (table.LeafColumns.Any(c => c.Id == name)) return $"column '{name}'";
                        return name == GeneratedNames.RowClass ? "the Row record's own name" : null;
                }
            }
        }
    }
}
