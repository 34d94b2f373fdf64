using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Spec
{
    /// <summary>
    /// Turns the semantic model into the emission spec: which member paths reach which cell, which operands each rule
    /// instance reads, how the descriptor nodes are declared. Every decision about the schema was made by the model;
    /// every C# character is written by the templates.
    /// </summary>
    public static class SpecBuilder
    {
        public const string GeneratorVersion = "0.1.0";

        public static GenerationSpec Build(SchemaModel model)
        {
            GeneratedNames names = model.Names;
            var tables = model.Tables.Select(t => BuildTable(model, t)).ToEquatableArray();
            var invariants = model.Rules.Select((r, i) => new InvariantDescriptorSpec(i, r.Id, r.Invariant.Table, r.Invariant.ForEach, r.Invariant.Kind,
                r.Invariant.AcrossYears, r.Invariant.Severity, r.Invariant.Rule, r.Invariant.Message, r.Invariant.Standing,
                Terms(r.Resolved.Left), r.Resolved.LeftConstant, r.Operator, Terms(r.Resolved.Right), r.Resolved.RightConstant)).ToEquatableArray();

            return new GenerationSpec(
                SchemaPath: model.Path,
                GeneratorVersion: GeneratorVersion,
                Namespace: new CSharpName(names.Namespace),
                Model: new CSharpName(names.Model),
                SchemaClass: new CSharpName(names.SchemaClass),
                ParserClass: new CSharpName(names.ParserClass),
                ValidatorClass: new CSharpName(names.ValidatorClass),
                FormatClass: new CSharpName(names.FormatClass),
                SchemaKey: model.Key,
                FormatId: model.Format.Id,
                Version: model.Format.Version,
                Title: model.Format.Title,
                Notice: model.Format.Notice,
                Description: model.Format.Description,
                YearFrom: model.Format.ReportYearFrom,
                YearTo: model.Format.ReportYearTo,
                MigratesFrom: model.Migration?.FromVersion,
                TextSections: model.TextSections.Select(s => new TextSectionSpec(new CSharpName(s.Id), s.Heading, s.Description)).ToEquatableArray(),
                Sections: model.Sections.Select(s => new SectionDescriptorSpec(s.Id, s.Number, s.Label, s.Aliases, s.Kind == SectionKind.Text, s.Tables)).ToEquatableArray(),
                Tables: tables,
                Invariants: invariants,
                CrossYearChecks: model.Rules.Select((r, i) => (Rule: r, Index: i)).Where(p => p.Rule.Invariant.AcrossYears)
                    .SelectMany(p => Checks(model.Table(p.Rule.Invariant.Table)!, p.Rule, p.Index)).ToEquatableArray())
            {
                Prose = model.Prose.Select((p, i) => Prose(model.Table(p.Table)!, p, i)).ToEquatableArray(),
                Changes = ChangedTypes.Build(model),
            };
        }

        /// <summary>A prose figure: its descriptor facts and its cells, read by member access when the validator compares them.</summary>
        private static ProseEntrySpec Prose(TableModel table, ProseModel prose, int index)
            => new ProseEntrySpec(index, prose.Id, new CSharpName(prose.Table), prose.Label,
                prose.Cells.Select(key => Cell(table, table.Cell(key)!)).ToEquatableArray(),
                prose.Expressions);

        private static EquatableArray<TermSpec> Terms(EquatableArray<ResolvedOperand> operands)
            => operands.Select(o => new TermSpec(o.LeafPath, o.Sign, o.Previous)).ToEquatableArray();

        private static TableModelSpec BuildTable(SchemaModel model, TableModel table)
        {
            TableSpec declared = table.Declaration;
            var derivedRows = table.Rows.Where(r => r.DerivedBy is not null).ToDictionary(r => r.Path, r => r.DerivedBy!, System.StringComparer.Ordinal);

            MemberSpec Member(AxisNode row) => new MemberSpec(
                new CSharpName(row.Id),
                new CSharpName(row.IsLeaf ? GeneratedNames.RowClass : GeneratedNames.GroupClass(row.Id)),
                row.NumberedLabel, row.Description,
                row.IsLeaf && derivedRows.TryGetValue(row.Path, out string? by) ? by : null);

            var groups = declared.AllRows.Where(r => !r.IsLeaf)
                .Select(g => new GroupSpec(new CSharpName(GeneratedNames.GroupClass(g.Id)), g.NumberedLabel, g.Description, g.Children.Select(Member).ToEquatableArray()))
                .ToEquatableArray();

            var columns = table.Columns.Select(c => new ColumnPropertySpec(c.Ordinal, new CSharpName(c.Id), new CSharpName(GeneratedNames.ParameterName(c.Id)), c.Type,
                c.Id, c.LabelPath, c.Node.Unit, c.Node.Description, c.DerivedBy)).ToEquatableArray();

            var rows = table.Rows.Select(r => new LeafRowSpec(r.Ordinal, r.Path, table.Columns.Select(c => Cell(table, table.Cell(r.Ordinal, c.Ordinal))).ToEquatableArray()))
                .ToEquatableArray();

            var recomputes = table.Recomputes.Select(d => new RecomputeSpec(
                Access(d.Cell), d.Cell.Row, d.Cell.Column,
                d.Parts.Select((p, i) => new PartSpec(Access(p), p.Row, p.Column, d.Signs[i] < 0)).ToEquatableArray(),
                d.InvariantId)).ToEquatableArray();

            var checks = model.Rules.Select((r, i) => (Rule: r, Index: i))
                .Where(p => p.Rule.Invariant.Table == table.Id && !p.Rule.Invariant.AcrossYears)
                .SelectMany(p => Checks(table, p.Rule, p.Index))
                .ToEquatableArray();

            var columnNodes = new List<NodeSpec>();
            var columnRoots = Nodes(declared.Columns, columnNodes);
            var rowNodes = new List<NodeSpec>();
            var rowRoots = Nodes(declared.Rows, rowNodes);

            return new TableModelSpec(
                new CSharpName(table.Id), new CSharpName(table.ClassName),
                declared.Caption, declared.Label, declared.Description,
                declared.Section, declared.Stub, declared.HeaderNotes, declared.Cell,
                declared.Rows.Select(Member).ToEquatableArray(), groups, columns, rows, recomputes, checks,
                columnNodes.ToEquatableArray(), columnRoots, rowNodes.ToEquatableArray(), rowRoots);
        }

        private static CellSpec Cell(TableModel table, CellModel cell)
        {
            ColumnModel column = table.Columns[cell.Column];
            RowModel row = table.Rows[cell.Row];
            return new CellSpec(cell.Row * table.Columns.Count + cell.Column, cell.Row, cell.Column, cell.RowPath, cell.ColumnId,
                Access(cell.Key), cell.Type, cell.Kind, cell.Scale, row.Node.NumberedLabel, column.LabelPath, column.Node.Label);
        }

        /// <summary>The member path from a table to a cell: the row path, then the column id.</summary>
        private static CSharpName Access(CellKey cell) => CSharpName.Join(cell.Row, cell.Column);

        /// <summary>Every instance of a rule, with its operands as cells of the table.</summary>
        private static IEnumerable<CheckSpec> Checks(TableModel table, RuleModel rule, int index)
        {
            var tableName = new CSharpName(table.Id);
            OperandSpec Operand(InstanceCell o)
            {
                CellModel cell = table.Cell(o.Row, o.Column);
                return new OperandSpec(tableName, o.Row * table.Columns.Count + o.Column, Access(cell.Key), cell.Type, o.Sign, o.IsDerived, o.Previous);
            }
            foreach (RuleInstance instance in rule.Instances)
                yield return new CheckSpec(index, rule.Id, instance.Key, rule.Invariant.Rule,
                    instance.Left.Select(Operand).ToEquatableArray(), rule.Resolved.LeftConstant,
                    instance.Right.Select(Operand).ToEquatableArray(), rule.Resolved.RightConstant, rule.Operator);
        }

        /// <summary>Declares the nodes of an axis children first; returns the indexes of the top level.</summary>
        private static EquatableArray<int> Nodes(IEnumerable<AxisNode> nodes, List<NodeSpec> output)
        {
            var roots = new List<int>();
            foreach (AxisNode node in nodes)
            {
                EquatableArray<int> children = Nodes(node.Children, output);
                output.Add(new NodeSpec(output.Count, node.Id, node.Path, node.Number, node.Label, node.Aliases, node.Kind, node.Unit, node.Scale, node.Unlabeled, children));
                roots.Add(output.Count - 1);
            }
            return roots.ToEquatableArray();
        }
    }
}
