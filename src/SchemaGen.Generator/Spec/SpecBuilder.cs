using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Generator.Spec
{
    /// <summary>
    /// Turns a linted schema into the emission spec: decides every name, type and literal, expands each
    /// invariant into its instances, and orders the derived totals. The templates decide nothing.
    /// </summary>
    public static class SpecBuilder
    {
        public const string GeneratorVersion = "0.1.0";

        public static GenerationSpec Build(SchemaDocument doc, string? namespaceOverride = null)
        {
            string ns = string.IsNullOrWhiteSpace(namespaceOverride) ? doc.Format.Namespace : namespaceOverride!.Trim();
            string model = doc.Format.Model;
            var rules = RuleResolver.ResolveAll(doc);
            var tables = doc.Tables.Select(t => BuildTable(doc, t, rules)).ToEquatableArray();

            return new GenerationSpec(
                SchemaPath: doc.Path,
                Namespace: ns,
                HintPrefix: ns + "." + model,
                GeneratorVersion: GeneratorVersion,
                SchemaKey: doc.Key,
                FormatId: doc.Format.Id,
                Version: doc.Format.Version,
                ModelName: model,
                SchemaClass: model + "Schema",
                ParserClass: model + "Parser",
                ValidatorClass: model + "Validator",
                TitleLiteral: CSharp.Literal(doc.Format.Title),
                NoticeLiteral: CSharp.Literal(doc.Format.Notice),
                DocSummary: CSharp.Doc($"{doc.Format.Title} ({doc.Format.Notice}), version {doc.Format.Version}. {doc.Format.Description}"),
                YearFromLiteral: CSharp.Literal(doc.Format.ReportYearFrom),
                YearToLiteral: CSharp.Literal(doc.Format.ReportYearTo),
                TextSections: doc.Sections.Where(s => s.Kind == SectionKind.Text)
                    .Select(s => new TextSectionSpec(s.Id, CSharp.Doc($"{s.Heading} — {s.Description}"))).ToEquatableArray(),
                Sections: doc.Sections.Select(s => new SectionDescriptorSpec(s.Id, CSharp.Literal(s.Number), CSharp.Literal(s.Label),
                    CSharp.StringArray(s.Aliases.Select(a => a.Value)), s.Kind == SectionKind.Text, CSharp.StringArray(s.Tables.Select(t => t.Value)))).ToEquatableArray(),
                Tables: tables,
                Invariants: doc.Invariants.Select(i => new InvariantDescriptorSpec(
                    CSharp.Literal(i.Id), CSharp.Literal(i.Table), i.ForEach.ToString(), i.Kind.ToString(), i.AcrossYears,
                    i.Severity.ToString(), CSharp.Literal(i.Rule), CSharp.Literal(i.Message), CSharp.Literal(i.Standing),
                    TermsOf(rules.FirstOrDefault(r => r.Invariant == i)))).ToEquatableArray(),
                CrossYearChecks: BuildCrossYearChecks(doc, rules).ToEquatableArray());
        }

        private static TableModelSpec BuildTable(SchemaDocument doc, TableSpec table, List<ResolvedRule> rules)
        {
            var tableRules = rules.Where(r => r.Invariant.Table == table.Id).ToList();
            Derivations.Order(Derivations.Enumerate(table, tableRules), out List<Derivation> ordered);
            var derivedCells = new HashSet<CellKey>(ordered.Select(d => d.Cell));

            // A column whose cells include an amount is decimal?; otherwise int?.
            string CellTypeOf(AxisNode column) => table.LeafRows.Any(r => table.KindOf(r, column) == CellKind.Amount) ? "decimal?" : "int?";

            string? DerivedRowBy(AxisNode row) => tableRules.FirstOrDefault(r => r.Invariant.ForEach == RuleAxis.Column && !r.Invariant.AcrossYears && r.DerivedLeaf == row.Path)?.Invariant.Id;
            string? DerivedColumnBy(AxisNode column) => tableRules.FirstOrDefault(r => r.Invariant.ForEach == RuleAxis.Row && !r.Invariant.AcrossYears && r.DerivedLeaf == column.Id)?.Invariant.Id;

            MemberSpec Member(AxisNode row) => new MemberSpec(
                row.Id,
                row.IsLeaf ? "Row" : row.Id + "Group",
                CSharp.Doc($"{row.NumberedLabel} — {row.Description}".TrimEnd(' ', '—')),
                row.Path,
                row.IsLeaf ? DerivedRowBy(row) : null);

            var groups = table.AllRows.Where(r => !r.IsLeaf)
                .Select(g => new GroupSpec(g.Id + "Group", CSharp.Doc($"{g.NumberedLabel} — {g.Description}".TrimEnd(' ', '—')), g.Children.Select(Member).ToEquatableArray()))
                .ToEquatableArray();

            var columns = table.LeafColumns.Select(c => new ColumnPropertySpec(
                c.Id, CSharp.CamelCase(c.Id), CellTypeOf(c),
                CSharp.Doc(ColumnDoc(table, c)), c.Id, DerivedColumnBy(c))).ToEquatableArray();

            var cells = new List<CellSpec>();
            foreach (AxisNode row in table.LeafRows)
                foreach (AxisNode column in table.LeafColumns)
                {
                    bool amount = CellTypeOf(column) == "decimal?";
                    string access = "t." + row.Path + "." + column.Id;
                    cells.Add(new CellSpec(row.Path, column.Id, access, FieldName(table.Id, row.Path, column.Id),
                        CSharp.Literal(row.NumberedLabel), CSharp.Literal(ColumnLabel(table, column)),
                        amount ? "Amount" : "Count", amount ? access : "(decimal?)" + access));
                }
            var cellByKey = cells.ToDictionary(c => new CellKey(c.RowPath, c.ColumnId));

            // A cell derived by two rules (the corner 总计 of table 三) is computed once: both rules agree after their parts are set.
            var recomputes = ordered.GroupBy(d => d.Cell).Select(g => g.First()).Select(d => new RecomputeSpec(
                cellByKey[d.Cell].Access,
                "global::SchemaGen.Runtime.CellMath.Sum(" + string.Join(", ", d.Parts.Select((p, i) => d.Signs[i] < 0 ? $"global::SchemaGen.Runtime.CellMath.Negate({cellByKey[p].Access})" : cellByKey[p].Access)) + ")",
                d.InvariantId)).ToEquatableArray();

            string Operands(IEnumerable<ResolvedOperand> ops, string instance, InvariantSpec inv)
            {
                var items = ops.Select(o =>
                {
                    CellSpec cell = cellByKey[Derivations.CellOf(inv, instance, o.LeafPath)];
                    bool derived = derivedCells.Contains(new CellKey(cell.RowPath, cell.ColumnId));
                    return $"new global::SchemaGen.Runtime.Validation.Operand({cell.FieldName}, {cell.ValueExpression}, {CSharp.Literal(o.Sign)}, {(derived ? "true" : "false")})";
                }).ToList();
                return items.Count == 0 ? "global::System.Array.Empty<global::SchemaGen.Runtime.Validation.Operand>()" : "new[] { " + string.Join(", ", items) + " }";
            }

            var checks = new List<CheckSpec>();
            foreach (ResolvedRule rule in tableRules.Where(r => !r.Invariant.AcrossYears))
                foreach (string instance in Derivations.InstanceKeysOf(table, rule.Invariant))
                    checks.Add(new CheckSpec(rule.Invariant.Id, instance, CSharp.Doc(rule.Invariant.Rule),
                        Operands(rule.Left, instance, rule.Invariant), CSharp.Literal(rule.LeftConstant),
                        Operands(rule.Right, instance, rule.Invariant), CSharp.Literal(rule.RightConstant),
                        rule.Expression.Operator.ToString()));

            var columnNodes = new List<NodeSpec>();
            string columnsRoot = Nodes(table.Columns, "c_" + table.Id, columnNodes);
            var rowNodes = new List<NodeSpec>();
            string rowsRoot = Nodes(table.Rows, "r_" + table.Id, rowNodes);

            return new TableModelSpec(
                table.Id,
                table.Id + "Table",
                CSharp.Doc(((table.Caption is null ? "" : table.Caption + " ") + table.Label + " — " + table.Description).Trim()),
                CSharp.Doc($"A row of {table.Label}: one figure per column."),
                columns.Count > 0 ? columns[0].CellType : "int?",
                table.Rows.Select(Member).ToEquatableArray(),
                groups,
                columns,
                cells.ToEquatableArray(),
                recomputes,
                checks.ToEquatableArray(),
                columnNodes.ToEquatableArray(),
                rowNodes.ToEquatableArray(),
                columnsRoot,
                rowsRoot,
                CSharp.Literal(table.Section),
                CSharp.Literal(table.Caption),
                CSharp.Literal(table.Label),
                CSharp.Literal(table.Stub),
                CSharp.StringArray(table.HeaderNotes.Select(h => h.Value)),
                "global::SchemaGen.Runtime.Descriptors.CellKind." + table.Cell);
        }

        private static IEnumerable<CrossYearCheckSpec> BuildCrossYearChecks(SchemaDocument doc, List<ResolvedRule> rules)
        {
            foreach (ResolvedRule rule in rules.Where(r => r.Invariant.AcrossYears))
            {
                TableSpec table = doc.FindTable(rule.Invariant.Table)!;
                foreach (string instance in Derivations.InstanceKeysOf(table, rule.Invariant))
                {
                    string Ops(IEnumerable<ResolvedOperand> ops) => "new[] { " + string.Join(", ", ops.Select(o =>
                    {
                        CellKey key = Derivations.CellOf(rule.Invariant, instance, o.LeafPath);
                        string report = o.Previous ? "previous" : "current";
                        AxisNode column = table.FindColumn(key.Column)!;
                        bool amount = table.LeafRows.Any(r => table.KindOf(r, column) == CellKind.Amount);
                        string access = $"{report}.{table.Id}.{key.Row}.{key.Column}";
                        string field = FieldName(table.Id, key.Row, key.Column);
                        return $"new global::SchemaGen.Runtime.Validation.Operand({field}, {(amount ? access : "(decimal?)" + access)}, {CSharp.Literal(o.Sign)}, false)";
                    })) + " }";
                    yield return new CrossYearCheckSpec(rule.Invariant.Id, instance, CSharp.Doc(rule.Invariant.Rule),
                        Ops(rule.Left), CSharp.Literal(rule.LeftConstant), Ops(rule.Right), CSharp.Literal(rule.RightConstant), rule.Expression.Operator.ToString());
                }
            }
        }

        /// <summary>The descriptor's RuleTerms for a resolved rule, or "null".</summary>
        private static string TermsOf(ResolvedRule? rule)
        {
            if (rule is null) return "null";
            string Operands(IEnumerable<ResolvedOperand> operands)
            {
                var list = operands.Select(o => $"new global::SchemaGen.Runtime.Descriptors.RuleOperand({CSharp.Literal(o.LeafPath)}, {CSharp.Literal(o.Sign)}, {(o.Previous ? "true" : "false")})").ToList();
                return list.Count == 0 ? "global::System.Array.Empty<global::SchemaGen.Runtime.Descriptors.RuleOperand>()" : "new[] { " + string.Join(", ", list) + " }";
            }
            return $"new global::SchemaGen.Runtime.Descriptors.RuleTerms({Operands(rule.Left)}, {CSharp.Literal(rule.LeftConstant)}, global::SchemaGen.Runtime.Descriptors.Comparison.{rule.Expression.Operator}, {Operands(rule.Right)}, {CSharp.Literal(rule.RightConstant)})";
        }

        /// <summary>Declares the descriptor nodes of an axis in post-order; returns the expression for the top level.</summary>
        private static string Nodes(IEnumerable<AxisNode> nodes, string prefix, List<NodeSpec> output)
        {
            var names = new List<string>();
            foreach (AxisNode node in nodes)
            {
                string children = Nodes(node.Children, prefix, output);
                string variable = prefix + "_" + node.Path.Replace('.', '_');
                output.Add(new NodeSpec(variable, CSharp.Literal(node.Id), CSharp.Literal(node.Path), CSharp.Literal(node.Number), CSharp.Literal(node.Label),
                    CSharp.StringArray(node.Aliases.Select(a => a.Value)),
                    node.Kind is null ? "null" : "global::SchemaGen.Runtime.Descriptors.CellKind." + node.Kind,
                    CSharp.Literal(node.Unit), CSharp.Literal(node.Scale), node.Unlabeled, children));
                names.Add(variable);
            }
            return names.Count == 0 ? "global::System.Array.Empty<global::SchemaGen.Runtime.Descriptors.AxisNodeDescriptor>()" : "new[] { " + string.Join(", ", names) + " }";
        }

        private static string FieldName(string table, string rowPath, string column) => "Cell_" + table + "_" + rowPath.Replace('.', '_') + "_" + column;

        /// <summary>A column's label with the labels of its groups: 行政诉讼 › 复议后起诉 › 结果维持.</summary>
        private static string ColumnLabel(TableSpec table, AxisNode column)
        {
            var parts = new List<string>();
            string path = "";
            foreach (string id in column.Path.Split('.'))
            {
                path = path.Length == 0 ? id : path + "." + id;
                AxisNode? node = table.AllColumns.FirstOrDefault(c => c.Path == path);
                if (node is not null) parts.Add(node.Label);
            }
            return string.Join(" › ", parts);
        }

        private static string ColumnDoc(TableSpec table, AxisNode column)
        {
            string doc = ColumnLabel(table, column);
            if (column.Unit is not null) doc += $" (unit: {column.Unit})";
            if (column.Description is not null) doc += " — " + column.Description;
            return doc;
        }
    }
}
