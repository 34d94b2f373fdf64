using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Schema.Semantics
{
    /// <summary>A schema file's model (null when nothing can be generated from it) and every diagnostic about it.</summary>
    public sealed record SchemaModelResult(SchemaModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == FindingSeverity.Error);
    }

    /// <summary>
    /// Builds the <see cref="SchemaModel"/> from a loaded schema: the one place where rules are resolved, cells typed,
    /// derived totals ordered and names decided. A schema error costs only the part it is in: an element (format,
    /// section, table, invariant, migration block) with an error inside it is left out, and what depends on a part
    /// left out goes with it. Only an unusable format (no names to generate) leaves no model at all.
    /// </summary>
    public static class SchemaModelBuilder
    {
        /// <summary>Loads schema text and builds its model: what the generator, the analyzers, the docs and the CLI all call.</summary>
        public static SchemaModelResult Load(string text, string path, string? namespaceOverride = null)
            => Build(SchemaLoader.Load(text, path), namespaceOverride);

        public static SchemaModelResult Build(SchemaLoadResult loaded, string? namespaceOverride = null)
        {
            SchemaDocument? doc = loaded.Document;
            if (doc is null) return new SchemaModelResult(null, loaded.Diagnostics);
            try
            {
                var diagnostics = loaded.Diagnostics.ToList();
                GeneratedNames names = GeneratedNames.Of(doc.Format, namespaceOverride);
                if (!string.IsNullOrWhiteSpace(namespaceOverride) && !Naming.IsValidNamespace(names.Namespace))
                    diagnostics.Add(Error(SchemaDiagnosticIds.InvalidIdentifier, $"the SchemaGenNamespace metadata '{names.Namespace}' is not a valid C# namespace", doc.Format.Span));

                var errors = diagnostics.Where(d => d.Severity == FindingSeverity.Error).Select(d => d.Span).ToList();
                var ordered = SchemaLoader.Ordered(diagnostics);
                if (!doc.Format.Span.IsKnown || errors.Any(e => !e.IsKnown || Within(e, doc.Format.Span)))
                    return new SchemaModelResult(null, ordered);
                return new SchemaModelResult(Usable(doc, names, errors), ordered);
            }
            catch (Exception ex)
            {
                // Runs inside the compiler: a surprise is a diagnostic, never an exception.
                var failure = Error(SchemaDiagnosticIds.GeneratorFailure, $"{ex.GetType().Name}: {ex.Message}", SourceSpan.None(doc.Path) with { StartLine = 1, StartColumn = 1 });
                return new SchemaModelResult(null, loaded.Diagnostics.Append(failure).ToEquatableArray());
            }
        }

        /// <summary>The model of a document taken as it is (one already linted clean, or a model's own declaration).</summary>
        public static SchemaModel FromDocument(SchemaDocument doc, string? namespaceOverride = null)
            => Usable(doc, GeneratedNames.Of(doc.Format, namespaceOverride), new List<SourceSpan>());

        /// <summary>The model of the parts with no error in them.</summary>
        private static SchemaModel Usable(SchemaDocument doc, GeneratedNames names, List<SourceSpan> errors)
        {
            bool Clean(SourceSpan span) => !errors.Any(e => Within(e, span));

            var tables = doc.Tables.Where(t => Clean(t.Span)).GroupBy(t => t.Id).Select(g => g.First()).ToList();
            var tableIds = new HashSet<string>(tables.Select(t => t.Id), StringComparer.Ordinal);
            var sections = doc.Sections.Where(s => Clean(s.Span)).GroupBy(s => s.Id).Select(g => g.First())
                .Select(s => s with { Tables = s.Tables.Where(t => tableIds.Contains(t.Value)).ToEquatableArray() })
                .ToList();
            var invariants = doc.Invariants.Where(i => Clean(i.Span) && !i.HasUnknownShape && tableIds.Contains(i.Table)).GroupBy(i => i.Id).Select(g => g.First()).ToList();
            MigrationSpec? migration = doc.Migration is not null && Clean(doc.Migration.Span) ? doc.Migration : null;
            var prose = doc.Prose.Where(p => Clean(p.Span) && tableIds.Contains(p.Table)).GroupBy(p => p.Id).Select(g => g.First()).ToList();

            SchemaDocument usable = SpanFree.Of(doc with
            {
                Sections = sections.ToEquatableArray(),
                Tables = tables.ToEquatableArray(),
                Invariants = invariants.ToEquatableArray(),
                Migration = migration,
                Prose = prose.ToEquatableArray(),
                Removed = doc.Removed.Where(r => Clean(r.Span)).ToEquatableArray(),
            });
            return Resolve(usable, names);
        }

        /// <summary>Resolves rules, types cells and orders derivations of a schema whose parts are all clean.</summary>
        private static SchemaModel Resolve(SchemaDocument doc, GeneratedNames names)
        {
            var resolved = RuleResolver.ResolveAll(doc);
            var tables = doc.Tables.Select(t => BuildTable(t, resolved.Where(r => r.Invariant.Table == t.Id).ToList())).ToList();
            var byId = tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
            var rules = resolved.Select(r => BuildRule(byId[r.Invariant.Table], r)).ToEquatableArray();
            return new SchemaModel(doc, names, tables.ToEquatableArray(), rules)
            {
                Prose = doc.Prose.Select(p => BuildProse(byId[p.Table], p)).ToEquatableArray(),
                Changes = MemberChanges.Of(doc).ToEquatableArray(),
            };
        }

        /// <summary>A prose figure resolved: its cells (rows × columns, groups as their leaves) and each phrase as the expression it matches with.</summary>
        private static ProseModel BuildProse(TableModel table, ProseSpec prose)
        {
            bool Under(string path, string reference) => path == reference || path.StartsWith(reference + ".", StringComparison.Ordinal);
            var rows = table.Rows.Where(r => prose.Rows.Any(x => Under(r.Path, x.Value))).ToList();
            var columns = table.Columns.Where(c => prose.Columns.Any(x => Under(c.Path, x.Value) || c.Id == x.Value)).ToList();
            var cells = rows.SelectMany(r => columns.Select(c => new CellKey(r.Path, c.Id))).ToEquatableArray();
            IEnumerable<string> forms = prose.Numbers.Count > 0 ? prose.Numbers.Select(n => n.Value) : ProseNumbers.Default;
            string number = ProseNumbers.Expression(forms);
            var expressions = prose.Patterns.Select(p => new Text(p.Text.Replace(ProseNumbers.Placeholder, number))).ToEquatableArray();
            return new ProseModel(prose, cells, expressions);
        }

        private static TableModel BuildTable(TableSpec table, List<ResolvedRule> rules)
        {
            var withinYear = rules.Where(r => !r.Invariant.AcrossYears).ToList();
            var derivations = Derivations.Enumerate(table, withinYear).ToList();
            Derivations.Order(derivations, out List<Derivation> ordered);
            var derivedBy = new Dictionary<CellKey, List<string>>();
            foreach (Derivation d in ordered)
            {
                if (!derivedBy.TryGetValue(d.Cell, out var ids)) derivedBy[d.Cell] = ids = new List<string>();
                if (!ids.Contains(d.InvariantId)) ids.Add(d.InvariantId);
            }

            var leafRows = table.LeafRows.ToList();
            var columns = new List<ColumnModel>();
            foreach (var (column, labels) in LeafColumnsWithLabels(table.Columns, new List<string>()))
            {
                // A column is stored as decimal? when any of its cells is an amount: one type per property.
                CellType type = leafRows.Any(r => CellTypes.Of(table.KindOf(r, column)) == CellType.Amount) ? CellType.Amount : CellType.Count;
                string? derived = withinYear.FirstOrDefault(r => r.Invariant.ForEach == RuleAxis.Row && r.DerivedLeaf == column.Id)?.Invariant.Id;
                columns.Add(new ColumnModel(column, columns.Count, LabelPath.Join(labels), type, derived));
            }
            var rowTotals = withinYear.Where(rule => rule.Invariant.ForEach == RuleAxis.Column && rule.DerivedLeaf is not null)
                .GroupBy(rule => rule.DerivedLeaf!).ToDictionary(g => g.Key, g => g.First().Invariant.Id, StringComparer.Ordinal);
            var rows = leafRows.Select((r, i) => new RowModel(r, i, rowTotals.TryGetValue(r.Path, out string? by) ? by : null)).ToList();

            var cells = new List<CellModel>(rows.Count * columns.Count);
            foreach (RowModel row in rows)
                foreach (ColumnModel column in columns)
                {
                    CellKind kind = table.KindOf(row.Node, column.Node);
                    int scale = kind == CellKind.Amount ? column.Node.Scale ?? row.Node.Scale ?? TableDescriptor.DefaultAmountScale : 0;
                    var key = new CellKey(row.Path, column.Id);
                    var by = derivedBy.TryGetValue(key, out var ids) ? ids.Select(i => new Text(i)).ToEquatableArray() : EquatableArray<Text>.Empty;
                    cells.Add(new CellModel(row.Ordinal, column.Ordinal, row.Path, column.Id, kind, scale, column.Type, by));
                }

            // A cell derived by two rules (the corner 总计 of table 三) is recomputed once: both agree once their parts are set.
            var recomputes = ordered.GroupBy(d => d.Cell).Select(g => g.First()).ToEquatableArray();
            return new TableModel(table, GeneratedNames.TableClass(table.Id), columns.ToEquatableArray(), rows.ToEquatableArray(), cells.ToEquatableArray(), recomputes);
        }

        private static IEnumerable<(AxisNode Column, List<string> Labels)> LeafColumnsWithLabels(IEnumerable<AxisNode> nodes, List<string> above)
        {
            foreach (AxisNode node in nodes)
            {
                var labels = new List<string>(above) { node.Label };
                if (node.IsLeaf) yield return (node, labels);
                else foreach (var leaf in LeafColumnsWithLabels(node.Children, labels)) yield return leaf;
            }
        }

        private static RuleModel BuildRule(TableModel table, ResolvedRule rule)
        {
            InvariantSpec invariant = rule.Invariant;
            // Indexed once: a rule has an instance per leaf, each naming cells by key (linear, however large the table).
            var rows = table.Rows.ToDictionary(r => r.Path, r => r.Ordinal, StringComparer.Ordinal);
            var columns = table.Columns.ToDictionary(c => c.Id, c => c.Ordinal, StringComparer.Ordinal);
            var instances = new List<RuleInstance>();
            foreach (string instance in Derivations.InstanceKeysOf(table.Declaration, invariant))
            {
                EquatableArray<InstanceCell> Side(EquatableArray<ResolvedOperand> operands) => operands.Select(o =>
                {
                    CellKey key = Derivations.CellOf(invariant, instance, o.LeafPath);
                    CellModel cell = table.Cell(rows[key.Row], columns[key.Column]);
                    // Across years, every cell is a part: a blank figure of either year adds as 0.
                    return new InstanceCell(cell.Row, cell.Column, o.Sign, o.Previous, !invariant.AcrossYears && cell.IsDerived);
                }).ToEquatableArray();
                instances.Add(new RuleInstance(instance, Side(rule.Left), Side(rule.Right)));
            }
            return new RuleModel(rule, instances.ToEquatableArray());
        }

        /// <summary>Whether a diagnostic's place lies inside an element's.</summary>
        private static bool Within(SourceSpan inner, SourceSpan outer) => outer.Contains(inner);

        private static SchemaDiagnostic Error(DiagnosticRule rule, string message, SourceSpan span) => new(rule.Id, rule.Severity, message, span);
    }
}
