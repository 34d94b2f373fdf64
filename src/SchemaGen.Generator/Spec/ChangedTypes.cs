using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Spec
{
    /// <summary>
    /// Where the schema's renamed and removed members (<see cref="MemberChanges"/>) go: the report record for tables, a
    /// table record for its top-level rows, a row-group record for its rows, a table's Row record for columns. Each
    /// is typed like what it stands for: a renamed member like its target; a removed row as a Row, a removed column as
    /// the table's cell type, a removed table as an object.
    /// </summary>
    internal static class ChangedTypes
    {
        public static EquatableArray<ChangedTypeSpec> Build(SchemaModel model)
        {
            if (model.Changes.Count == 0) return EquatableArray<ChangedTypeSpec>.Empty;
            var types = new List<ChangedTypeSpec>();

            var reportMembers = Members(model, MemberScope.Report, null, "");
            if (reportMembers.Count > 0)
            {
                var printed = model.TextSections.Select(s => s.Id).Concat(model.Tables.Select(t => t.Id)).Append("Prose");
                types.Add(new ChangedTypeSpec(new CSharpName(model.Names.Model), reportMembers, Names(printed), EquatableArray<ChangedTypeSpec>.Empty));
            }

            foreach (TableModel table in model.Tables)
            {
                var nested = new List<ChangedTypeSpec>();
                var columns = Members(model, MemberScope.Row, table, "");
                if (columns.Count > 0)
                    nested.Add(new ChangedTypeSpec(new CSharpName(GeneratedNames.RowClass), columns, Names(table.Columns.Select(c => c.Id)), EquatableArray<ChangedTypeSpec>.Empty));
                foreach (AxisNode group in table.Declaration.AllRows.Where(r => !r.IsLeaf))
                {
                    var rows = Members(model, MemberScope.Group, table, group.Path);
                    if (rows.Count > 0)
                        nested.Add(new ChangedTypeSpec(new CSharpName(GeneratedNames.GroupClass(group.Id)), rows, Names(group.Children.Select(c => c.Id)), EquatableArray<ChangedTypeSpec>.Empty));
                }
                var own = Members(model, MemberScope.Table, table, "");
                if (own.Count > 0 || nested.Count > 0)
                    types.Add(new ChangedTypeSpec(new CSharpName(table.ClassName), own, Names(table.Declaration.Rows.Select(r => r.Id).Append("Marks")), nested.ToEquatableArray()));
            }
            return types.ToEquatableArray();
        }

        private static EquatableArray<CSharpName> Names(IEnumerable<string> names) => names.Select(n => new CSharpName(n)).ToEquatableArray();

        private static EquatableArray<ChangedMemberSpec> Members(SchemaModel model, MemberScope scope, TableModel? table, string owner)
            => model.Changes.Where(c => c.Scope == scope && (table is null || c.Table == table.Id) && c.Owner == owner)
                .Select(c => Member(c, scope, table, owner))
                .ToEquatableArray();

        private static ChangedMemberSpec Member(MemberChange change, MemberScope scope, TableModel? table, string owner)
        {
            var name = new CSharpName(change.OldName);
            CSharpName? target = change.NewName is null ? null : new CSharpName(change.NewName);
            switch (scope)
            {
                case MemberScope.Report:
                    CSharpName? tableClass = change.NewName is null ? null : new CSharpName(GeneratedNames.TableClass(change.NewName));
                    return new ChangedMemberSpec(name, target, tableClass, null, false, change.Message);
                case MemberScope.Row:
                    CellType type = change.NewName is not null && table!.Column(change.NewName) is { } column ? column.Type : CellTypes.Of(table!.Declaration.Cell);
                    return new ChangedMemberSpec(name, target, null, type, true, change.Message);
                default:
                    AxisNode? row = change.NewName is null ? null : table!.Declaration.FindRow(owner.Length == 0 ? change.NewName : owner + "." + change.NewName);
                    string rowClass = row is null || row.IsLeaf ? GeneratedNames.RowClass : GeneratedNames.GroupClass(row.Id);
                    return new ChangedMemberSpec(name, target, new CSharpName(rowClass), null, false, change.Message);
            }
        }
    }
}
