using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Pipeline;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Spec
{
    /// <summary>
    /// Builds converters between format versions. Each schema file is outlined on its own (<see cref="Outline"/>);
    /// once all outlines are collected, every schema whose migration names an older version present in the same
    /// compilation gets a converter (<see cref="BuildConverters"/>). An absent older schema is not an error: there is
    /// simply nothing to convert from. Never throws: failures come back as diagnostics.
    /// </summary>
    public static class MigrationSpecBuilder
    {
        /// <summary>
        /// The parts of one linted schema the converter step needs. Its migration targets were already checked by the
        /// linter (MigrationLint.CheckTargets), so an outline carries no diagnostics of its own.
        /// </summary>
        public static SchemaOutline Outline(SchemaDocument doc, string? namespaceOverride)
        {
            string ns = string.IsNullOrWhiteSpace(namespaceOverride) ? doc.Format.Namespace : namespaceOverride!.Trim();
            return new SchemaOutline(doc.Path, doc.Format.Id, doc.Format.Version, doc.Key, ns, doc.Format.Model,
                doc.Sections.Where(s => s.Kind == SectionKind.Text).Select(s => new Text(s.Id)).ToEquatableArray(),
                doc.Tables, doc.Migration, EquatableArray<SchemaDiagnostic>.Empty);
        }

        /// <summary>The outline of a schema file, or null when it does not load cleanly (the per-file compile reports why).</summary>
        public static SchemaOutline? Outline(SchemaFileInput input) => SchemaCompilation.Compile(input).Outline;

        /// <summary>One result per schema that declares a migration or has something to report, in path order.</summary>
        public static IEnumerable<ConverterResult> BuildConverters(IReadOnlyList<SchemaOutline?> outlines)
        {
            var present = outlines.Where(o => o is not null).Select(o => o!).OrderBy(o => o.Path, StringComparer.Ordinal).ToList();
            foreach (SchemaOutline newer in present.Where(o => o.Migration is not null || o.Diagnostics.Count > 0))
                yield return BuildConverter(newer, present);
        }

        private static ConverterResult BuildConverter(SchemaOutline newer, List<SchemaOutline> outlines)
        {
            try
            {
                SchemaOutline? older = newer.Migration is null ? null : outlines.FirstOrDefault(o =>
                    o.FormatId == newer.FormatId && o.Version == newer.Migration.FromVersion && o.Path != newer.Path);
                if (older is null || newer.Diagnostics.Any(d => d.Severity == FindingSeverity.Error))
                    return new ConverterResult(newer.Path, null, newer.Diagnostics);

                var diagnostics = newer.Diagnostics.ToList();
                diagnostics.AddRange(MigrationLint.CheckSources(newer.Migration!, older.Tables, older.Key));
                if (diagnostics.Any(d => d.Severity == FindingSeverity.Error))
                    return new ConverterResult(newer.Path, null, diagnostics.ToEquatableArray());

                var (cells, planDiagnostics) = MigrationPlanner.Plan(older, newer);
                diagnostics.AddRange(planDiagnostics);
                ConverterSpec? spec = diagnostics.Any(d => d.Severity == FindingSeverity.Error) ? null : ConverterWriter.Build(older, newer, cells);
                return new ConverterResult(newer.Path, spec, diagnostics.ToEquatableArray());
            }
            catch (Exception ex)
            {
                return new ConverterResult(newer.Path, null, new[] { Failure(newer.Path, ex) }.ToEquatableArray());
            }
        }

        private static SchemaDiagnostic Failure(string path, Exception ex)
            => new(SchemaDiagnosticIds.GeneratorFailure.Id, FindingSeverity.Error, $"converter: {ex.GetType().Name}: {ex.Message}",
                SourceSpan.None(path) with { StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1 });
    }

    /// <summary>Turns a cell plan into the converter spec: names, access paths and literals, in the older schema's table order.</summary>
    internal static class ConverterWriter
    {
        public static ConverterSpec Build(SchemaOutline older, SchemaOutline newer, IReadOnlyList<CellPlan> cells)
        {
            string className = newer.ModelName + "Migration";
            string methodName = "FromV" + new string(older.Version.Where(char.IsLetterOrDigit).ToArray());
            string oldNs = "global::" + older.Namespace + ".";
            string newNs = "global::" + newer.Namespace + ".";

            // A cell fed by several older cells (a merge) is written once, with the table of its first source.
            var carriesByTarget = cells.Where(c => c.Target is not null).GroupBy(c => c.Target!.ToString()).ToList();
            var tables = older.Tables.Select(table => new ConverterTableSpec(
                "Migrate" + table.Id,
                CSharp.Doc($"{older.Version} table {table.Id} ({Title(table)})"),
                carriesByTarget.Where(g => g.First().Source.Table.Id == table.Id).Select(g => Carry(g.ToList())).ToEquatableArray(),
                cells.Where(c => c.Target is null && c.Source.Table.Id == table.Id).Select(Loss).ToEquatableArray()))
                .ToEquatableArray();

            return new ConverterSpec(
                HintName: newer.Namespace + "." + className + "." + methodName + ".g.cs",
                GeneratorVersion: SpecBuilder.GeneratorVersion,
                Namespace: newer.Namespace,
                ClassName: className,
                MethodName: methodName,
                ModelName: newer.ModelName,
                OldModel: oldNs + older.ModelName,
                OldSchemaClass: oldNs + older.ModelName + "Schema",
                NewSchemaClass: newNs + newer.ModelName + "Schema",
                FromKey: older.Key,
                ToKey: newer.Key,
                DocSummary: CSharp.Doc(newer.Migration!.Description ?? $"Reports in {older.Key} converted to {newer.Key}."),
                RuleDocs: newer.Migration.Rules.Select(r => new Text(CSharp.Doc(Describe(r)))).ToEquatableArray(),
                TextSections: older.TextSections.Where(s => newer.TextSections.Contains(s)).ToEquatableArray(),
                Tables: tables);
        }

        private static string Title(TableSpec table) => (table.Caption is null ? "" : table.Caption + " ") + table.Label;

        private static string Describe(MigrationRule rule)
        {
            string text = rule.Action.ToString().ToLowerInvariant() + " " + string.Join(", ", rule.From);
            if (rule.To.Count > 0) text += " → " + string.Join(", ", rule.To);
            if (rule.CarryInto is not null) text += " (figures carried into " + rule.CarryInto + ")";
            return rule.Note is null ? text : text + ": " + rule.Note.Trim();
        }

        private static CarrySpec Carry(List<CellPlan> sources)
        {
            LeafCell target = sources[0].Target!;
            bool targetCounts = !target.HoldsAmounts;
            var parts = sources.Select(s => Part(s, targetCounts)).ToList();
            string expression = parts.Count == 1 ? parts[0] : "global::SchemaGen.Runtime.CellMath.Sum(" + string.Join(", ", parts) + ")";
            return new CarrySpec(target.Access, expression);
        }

        /// <summary>One older cell's contribution: read as is, through the caveat log, or checked into a whole number.</summary>
        private static string Part(CellPlan plan, bool targetCounts)
        {
            string source = "old." + plan.Source.Access;
            LeafCell target = plan.Target!;
            string places = string.Join(", ", new[] { plan.Source.Table.Id, plan.Source.Row.Path, plan.Source.Column.Id, target.Table.Id, target.Row.Path, target.Column.Id }.Select(s => CSharp.Literal(s)));
            if (plan.Source.HoldsAmounts && targetCounts)
                return $"m.CarryAsCount({source}, {places}, {CSharp.Literal(plan.Caveat)})";
            return plan.Caveat is null ? source : $"m.CarryWithCaveat({source}, {places}, {CSharp.Literal(plan.Caveat)})";
        }

        private static LossSpec Loss(CellPlan plan)
            => new LossSpec("old." + plan.Source.Access, CSharp.Literal(plan.Source.Table.Id), CSharp.Literal(plan.Source.Row.Path),
                CSharp.Literal(plan.Source.Column.Id), CSharp.Literal(plan.LossReason));
    }
}
