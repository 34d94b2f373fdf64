using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Schema.Linting
{
    /// <summary>
    /// Checks a loaded schema beyond its YAML shape: unique ids in every scope that becomes a C# scope,
    /// consistent sections and tables, invariants that parse and name real rows and columns, and no cycle
    /// among derived totals.
    /// </summary>
    public static class SchemaLinter
    {
        public static IReadOnlyList<SchemaDiagnostic> Lint(SchemaDocument doc)
        {
            var found = new List<SchemaDiagnostic>();
            void Report(DiagnosticRule rule, string message, SourceSpan span) => found.Add(new SchemaDiagnostic(rule.Id, rule.Severity, message, span));

            CheckUnique(doc.Sections.Select(s => (s.Id, s.Span)), "section", Report);
            CheckUnique(doc.Tables.Select(t => (t.Id, t.Span)), "table", Report);
            CheckUnique(doc.Invariants.Select(i => (i.Id, i.Span)), "invariant", Report);
            // Text sections and tables both become properties of the report model.
            CheckUnique(doc.Sections.Where(s => s.Kind == SectionKind.Text).Select(s => (s.Id, s.Span)).Concat(doc.Tables.Select(t => (t.Id, t.Span))),
                "report property (text section or table)", Report);

            LintSections(doc, Report);
            foreach (TableSpec table in doc.Tables) LintTable(doc, table, Report);
            LintInvariants(doc, Report);
            // Ids against every name the generated code declares (one check, shared with nothing else).
            found.AddRange(GeneratedNameCheck.Check(doc, GeneratedNames.Of(doc.Format, namespaceOverride: null)));
            // Old names kept as obsolete members (renamed-from, removed): notes that cannot become one are advice.
            found.AddRange(Semantics.MemberChanges.Check(doc));
            // The migration's targets name this schema's elements; its sources are checked where the older schema is known.
            if (doc.Migration is not null) found.AddRange(Loading.MigrationLint.CheckTargets(doc));
            return found;
        }

        private delegate void Reporter(DiagnosticRule rule, string message, SourceSpan span);

        private static void CheckUnique(IEnumerable<(string Id, SourceSpan Span)> items, string what, Reporter report)
        {
            foreach (var group in items.Where(i => i.Id.Length > 0).GroupBy(i => i.Id).Where(g => g.Count() > 1))
            {
                var first = group.First();
                foreach (var dup in group.Skip(1))
                    report(SchemaDiagnosticIds.DuplicateId, $"duplicate {what} id '{dup.Id}' (first declared at line {first.Span.StartLine})", dup.Span);
            }
        }

        private static void LintSections(SchemaDocument doc, Reporter report)
        {
            foreach (SectionSpec section in doc.Sections)
            {
                if (section.Kind == SectionKind.Tables && section.Tables.Count == 0)
                    report(SchemaDiagnosticIds.Structure, $"section '{section.Id}' is of kind tables but lists no tables", section.Span);
                if (section.Kind == SectionKind.Text && section.Tables.Count > 0)
                    report(SchemaDiagnosticIds.Structure, $"section '{section.Id}' is of kind text but lists tables", section.Span);
                foreach (Text tableId in section.Tables)
                {
                    TableSpec? table = doc.FindTable(tableId);
                    if (table is null)
                        report(SchemaDiagnosticIds.UnknownReference, $"section '{section.Id}' lists table '{tableId}', which is not declared{RuleResolver.Suggest(tableId, doc.Tables.Select(t => t.Id))}", section.Span);
                    else if (table.Section != section.Id)
                        report(SchemaDiagnosticIds.Structure, $"section '{section.Id}' lists table '{tableId}', but that table says it belongs to section '{table.Section}'", section.Span);
                }
                foreach (Text alias in section.Aliases.Where(a => a.Value == section.Label))
                    report(SchemaDiagnosticIds.Advice, $"alias '{alias}' repeats the label of section '{section.Id}'", section.Span);
            }
        }

        private static void LintTable(SchemaDocument doc, TableSpec table, Reporter report)
        {
            SectionSpec? section = doc.FindSection(table.Section);
            if (section is null)
                report(SchemaDiagnosticIds.UnknownReference, $"table '{table.Id}' belongs to section '{table.Section}', which is not declared{RuleResolver.Suggest(table.Section, doc.Sections.Select(s => s.Id))}", table.Span);
            else if (!section.Tables.Any(t => t.Value == table.Id))
                report(SchemaDiagnosticIds.Structure, $"table '{table.Id}' says it belongs to section '{section.Id}', but that section does not list it", table.Span);
            if (table.Columns.Count == 0)
                report(SchemaDiagnosticIds.Structure, $"table '{table.Id}' has no columns", table.Span);
            if (table.Rows.Count == 0)
                report(SchemaDiagnosticIds.Structure, $"table '{table.Id}' has no rows", table.Span);

            // Sibling rows become properties of one class; row groups become nested classes named after them.
            foreach (var siblings in SiblingSets(table.Rows))
                CheckUnique(siblings.Select(n => (n.Id, n.Span)), $"row in table '{table.Id}'", report);
            CheckUnique(table.AllRows.Where(r => !r.IsLeaf).Select(r => (r.Id, r.Span)), $"row group in table '{table.Id}'", report);
            // Leaf columns become the properties of the table's row class, so they share one scope.
            CheckUnique(table.AllColumns.Select(c => (c.Id, c.Span)), $"column in table '{table.Id}'", report);

            foreach (AxisNode node in table.AllColumns.Concat(table.AllRows))
            {
                if (!node.IsLeaf && (node.Kind is not null || node.Unit is not null || node.Scale is not null))
                    report(SchemaDiagnosticIds.Advice, $"'{node.Path}' is a group: kind, unit and scale apply to leaves only", node.Span);
                if (node.Scale is < 0 or > 18)
                    report(SchemaDiagnosticIds.InvalidValue, $"scale of '{node.Path}' must be between 0 and 18", node.Span);
                foreach (Text alias in node.Aliases.Where(a => a.Value == node.Label))
                    report(SchemaDiagnosticIds.Advice, $"alias '{alias}' repeats the label of '{node.Path}'", node.Span);
            }
        }

        private static IEnumerable<IReadOnlyList<AxisNode>> SiblingSets(EquatableArray<AxisNode> nodes)
        {
            yield return nodes;
            foreach (AxisNode node in nodes)
                foreach (var set in SiblingSets(node.Children))
                    yield return set;
        }

        private static void LintInvariants(SchemaDocument doc, Reporter report)
        {
            var resolved = new List<ResolvedRule>();
            foreach (InvariantSpec invariant in doc.Invariants)
            {
                if (invariant.HasUnknownShape) continue;
                TableSpec? table = doc.FindTable(invariant.Table);
                if (table is null)
                {
                    report(SchemaDiagnosticIds.UnknownReference, $"invariant '{invariant.Id}' names table '{invariant.Table}', which is not declared{RuleResolver.Suggest(invariant.Table, doc.Tables.Select(t => t.Id))}", invariant.Span);
                    continue;
                }
                RuleExpression? expression = RuleParser.Parse(invariant.Rule, out RuleParser.RuleError? error);
                if (expression is null)
                {
                    report(SchemaDiagnosticIds.RuleSyntax, $"invariant '{invariant.Id}': {error!.Value.Message}", At(invariant, error.Value.Offset, error.Value.Length));
                    continue;
                }
                var errors = new List<RuleResolver.ResolveError>();
                ResolvedRule? rule = RuleResolver.Resolve(table, invariant, expression, errors);
                foreach (var e in errors)
                    report(SchemaDiagnosticIds.UnknownReference, $"invariant '{invariant.Id}': {e.Message}", At(invariant, e.Offset, e.Length));
                if (rule is null) continue;

                if (invariant.Kind == InvariantKind.Total
                    && (expression.Operator != Comparison.Equal || expression.Left.Count != 1 || expression.Left[0].Kind != TermKind.Reference || expression.Left[0].Sign < 0 || expression.Left[0].Previous))
                    report(SchemaDiagnosticIds.TotalShape, $"invariant '{invariant.Id}' is of kind total, so its rule must read 'Cell == part + part ...'", invariant.RuleSpan);
                else if (invariant.Kind == InvariantKind.Total && rule.Right.Any(o => o.LeafPath == rule.DerivedLeaf))
                    report(SchemaDiagnosticIds.DerivationCycle, $"invariant '{invariant.Id}' adds up '{rule.DerivedLeaf}' to derive itself", invariant.RuleSpan);
                if (invariant.Kind == InvariantKind.Equation && expression.Operator != Comparison.Equal)
                    report(SchemaDiagnosticIds.InvalidValue, $"invariant '{invariant.Id}' is of kind equation but its rule is an inequality; use kind: bound", invariant.RuleSpan);
                if (invariant.Kind == InvariantKind.Bound && expression.Operator == Comparison.Equal)
                    report(SchemaDiagnosticIds.InvalidValue, $"invariant '{invariant.Id}' is of kind bound but its rule is an equality; use kind: equation or total", invariant.RuleSpan);
                resolved.Add(rule);
            }

            foreach (TableSpec table in doc.Tables)
            {
                var cycle = Derivations.Order(Derivations.Enumerate(table, resolved), out _);
                if (cycle.Count == 0) continue;
                var ids = resolved.Where(r => r.Invariant.Table == table.Id && r.DerivedLeaf is not null).Select(r => r.Invariant).ToList();
                report(SchemaDiagnosticIds.DerivationCycle,
                    $"totals of table '{table.Id}' derive from each other in a cycle: {string.Join(" → ", cycle)} (invariants {string.Join(", ", ids.Select(i => i.Id))})",
                    ids.FirstOrDefault()?.Span ?? table.Span);
            }
            RuleConflicts.Report(resolved, (rule, message, span) => report(rule, message, span));
        }

        /// <summary>The place of a character range inside a rule (exact for one-line rules, the rule's first line otherwise).</summary>
        private static SourceSpan At(InvariantSpec invariant, int offset, int length)
            => invariant.RuleSpan.StartLine == invariant.RuleSpan.EndLine && invariant.RuleSpan.EndColumn > invariant.RuleSpan.StartColumn
                ? invariant.RuleSpan.Slice(offset, length)
                : invariant.RuleSpan;
    }
}
