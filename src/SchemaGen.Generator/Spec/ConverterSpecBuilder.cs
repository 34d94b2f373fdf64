using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Spec
{
    /// <summary>Turns a migration map into the converter spec, in the older schema's table order.</summary>
    public static class ConverterSpecBuilder
    {
        public static ConverterSpec Build(SchemaModel older, SchemaModel newer, MigrationMap map)
        {
            string methodName = GeneratedNames.ConverterMethod(older.Format.Version);

            // A cell fed by several older cells (a merge) is written once, in the method of its first source's table.
            var carriesByTarget = map.Cells.Where(c => c.Target is not null).GroupBy(c => c.Target!).ToList();
            var tables = older.Tables.Select(table => new ConverterTableSpec(
                new CSharpName("Migrate" + table.Id),
                older.Format.Version, table.Id, Title(table.Declaration),
                carriesByTarget.Where(g => g.First().Source.Table == table.Id).Select(g => Carry(older, newer, g.ToList())).ToEquatableArray(),
                map.Cells.Where(c => c.Target is null && c.Source.Table == table.Id)
                    .Select(c => new LossSpec(Access(c.Source), c.Source.Table, c.Source.Row, c.Source.Column, c.Reason ?? "")).ToEquatableArray()))
                .ToEquatableArray();

            return new ConverterSpec(
                GeneratorVersion: SpecBuilder.GeneratorVersion,
                Namespace: new CSharpName(newer.Names.Namespace),
                ClassName: new CSharpName(newer.Names.MigrationClass),
                MethodName: new CSharpName(methodName),
                Model: new CSharpName(newer.Names.Model),
                FormatClass: new CSharpName(newer.Names.FormatClass),
                OldNamespace: new CSharpName(older.Names.Namespace),
                OldModel: new CSharpName(older.Names.Model),
                OldSchemaClass: new CSharpName(older.Names.SchemaClass),
                NewSchemaClass: new CSharpName(newer.Names.SchemaClass),
                FromKey: older.Key,
                ToKey: newer.Key,
                Summary: newer.Migration!.Description ?? $"Reports in {older.Key} converted to {newer.Key}.",
                RuleDescriptions: newer.Migration.Rules.Select(r => new Text(Describe(r))).ToEquatableArray(),
                TextSections: map.CarriedTextSections.Select(s => new CSharpName(s.Value)).ToEquatableArray(),
                Tables: tables,
                Map: map.Cells.Select(c => new MapCellSpec(c.Source.Table, c.Source.Row, c.Source.Column,
                    c.Target?.Table, c.Target?.Row, c.Target?.Column, c.Caveat, c.Reason)).ToEquatableArray(),
                RowSplits: RowSplits(older, newer).ToEquatableArray());
        }

        /// <summary>
        /// The split rules that turn one leaf row of the older version into leaf rows of the same table in the newer, one
        /// entry per older row (a rule on columns, tables or row groups has no row shape a reader could meet).
        /// </summary>
        private static IEnumerable<RowSplitSpec> RowSplits(SchemaModel older, SchemaModel newer)
        {
            foreach (MigrationRule rule in newer.Migration!.Rules.Where(r => r.Action == MigrationAction.Split))
                foreach (ElementReference from in rule.From.Where(f => f.Kind == ElementKind.Row))
                {
                    bool fromLeaf = older.Table(from.Table)?.Declaration.FindRow(from.Row!) is { IsLeaf: true };
                    TableModel? table = newer.Table(from.Table);
                    bool toLeaves = rule.To.Count > 0 && rule.To.All(t => t.Kind == ElementKind.Row && t.Table == from.Table && table?.Declaration.FindRow(t.Row!) is { IsLeaf: true });
                    bool carryAmongThem = rule.CarryInto is null || rule.To.Any(t => t.Row == rule.CarryInto.Row && rule.CarryInto.Kind == ElementKind.Row);
                    if (!fromLeaf || !toLeaves || !carryAmongThem) continue;
                    yield return new RowSplitSpec(from.Table, from.Row!, rule.To.Select(t => new Text(t.Row!)).ToEquatableArray(), rule.CarryInto?.Row, rule.Note?.Trim());
                }
        }

        /// <summary>The hint name of a converter file: one per newer schema and older version.</summary>
        public static string HintName(ConverterSpec spec) => spec.Namespace + "." + spec.ClassName + "." + spec.MethodName + ".g.cs";

        private static string Title(TableSpec table) => (table.Caption is null ? "" : table.Caption + " ") + table.Label;

        private static string Describe(MigrationRule rule)
        {
            string text = rule.Action.ToString().ToLowerInvariant() + " " + string.Join(", ", rule.From);
            if (rule.To.Count > 0) text += " → " + string.Join(", ", rule.To);
            if (rule.CarryInto is not null) text += " (figures carried into " + rule.CarryInto + ")";
            return rule.Note is null ? text : text + ": " + rule.Note.Trim();
        }

        private static CarrySpec Carry(SchemaModel older, SchemaModel newer, List<CellMigration> sources)
        {
            TableCell target = sources[0].Target!;
            bool targetCounts = newer.Table(target.Table)!.Column(target.Column)!.Type == CellType.Count;
            return new CarrySpec(Access(target), sources.Select(s => Part(older, s, targetCounts)).ToEquatableArray());
        }

        /// <summary>One older cell's contribution: read as is, through the caveat log, or checked into a whole number.</summary>
        private static CarryPartSpec Part(SchemaModel older, CellMigration cell, bool targetCounts)
        {
            bool sourceAmounts = older.Table(cell.Source.Table)!.Column(cell.Source.Column)!.Type == CellType.Amount;
            CarryKind kind = sourceAmounts && targetCounts ? CarryKind.AsCount : cell.Caveat is null ? CarryKind.AsIs : CarryKind.WithCaveat;
            TableCell to = cell.Target!;
            return new CarryPartSpec(Access(cell.Source), kind, cell.Caveat, cell.Source.Table, cell.Source.Row, cell.Source.Column, to.Table, to.Row, to.Column);
        }

        /// <summary>The member path from a report to a cell: table, row path, column.</summary>
        private static CSharpName Access(TableCell cell) => CSharpName.Join(cell.Table, cell.Row, cell.Column);
    }
}
