using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2006: a hand-written type with [SchemaTable] whose public properties are not the table's rows (Mirrors = Rows:
    /// one per top-level row or group) or leaf columns (Mirrors = Columns). Missing members are reported once on the
    /// type, with what the code fix needs to add them; each extra member is reported where it is declared.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MirrorTypeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.MirrorMismatch);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SchemaAnalysis.OnSchemaCompilationStart(context, (start, map) =>
                start.RegisterSymbolAction(c => Analyze(c, map), SymbolKind.NamedType));
        }

        private static void Analyze(SymbolAnalysisContext context, SchemaTypeMap map)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (SchemaSymbols.Find(type, map.Symbols.SchemaTableAttribute) is not { } attribute || map.Symbols.IsGenerated(type)) return;
            if (!SchemaTypeMap.TryRead(attribute, out string key, out string tableId, out bool columns)) return;
            Location where = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations[0];

            CatalogEntry? entry = map.Catalog.Entry(key);
            if (entry is null)
            {
                Report(context, where, type, "table '" + tableId + "' of '" + key + "'",
                    "no loaded schema has the key '" + key + "'" + RuleResolver.Suggest(key, map.Catalog.Keys));
                return;
            }
            CatalogTable? table = entry.Schema.Table(tableId);
            if (table is null)
            {
                Report(context, where, type, "table '" + tableId + "' of " + key,
                    "the schema has no such table" + RuleResolver.Suggest(tableId, entry.Schema.Tables.Select(t => t.Id)));
                return;
            }

            IReadOnlyList<AxisNode> expected = columns ? table.LeafColumns : table.Spec.Rows;
            string what = columns ? "the columns of table " + table.Description + " of " + key : "the rows of table " + table.Description + " of " + key;
            var members = type.GetMembers()
                .Where(m => m is IPropertySymbol or IFieldSymbol && !m.IsStatic && !m.IsImplicitlyDeclared && m.DeclaredAccessibility == Accessibility.Public)
                .ToList();
            var names = new HashSet<string>(members.Select(m => m.Name));
            var expectedIds = new HashSet<string>(expected.Select(n => n.Id));

            var missing = expected.Where(n => !names.Contains(n.Id)).ToList();
            if (missing.Count > 0)
            {
                string lacks = string.Join(", ", missing.Select(n => columns ? table.DescribeColumn(n.Id) : table.DescribeRow(n.Path)));
                string lines = string.Join("\n", missing.Select(n => n.Id + "\t" + (columns ? CellTypeOf(table, n) : RowTypeOf(context.Compilation, entry, table, n))));
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(FixProperties.MissingMembers, lines)
                    .Add(FixProperties.MemberKind, columns ? FixProperties.CellMembers : FixProperties.RowMembers);
                context.ReportDiagnostic(Diagnostic.Create(SchemaGenRules.MirrorMismatch, type.Locations[0], properties,
                    type.Name, what, "it lacks " + lacks));
            }

            foreach (ISymbol extra in members.Where(m => !expectedIds.Contains(m.Name)))
            {
                string hint = RuleResolver.Suggest(extra.Name, missing.Select(n => n.Id));
                Report(context, extra.Locations[0], type, what,
                    "'" + extra.Name + "' is not " + (columns ? "a leaf column" : "a top-level row") + " of the table" + hint);
            }
        }

        private static void Report(SymbolAnalysisContext context, Location location, INamedTypeSymbol type, string what, string problem)
            => context.ReportDiagnostic(Diagnostic.Create(SchemaGenRules.MirrorMismatch, location, type.Name, what, problem));

        /// <summary>The C# type of the generator's cell property (the model decides which).</summary>
        private static string CellTypeOf(CatalogTable table, AxisNode column)
            => CellTypes.CSharpName(table.TypeOf(column));

        /// <summary>
        /// The type of the row's property on the generated table type of the same table, found in the namespace the
        /// schema generates into. Should the generated type not be visible, the names the generator gives them.
        /// </summary>
        private static string RowTypeOf(Compilation compilation, CatalogEntry entry, CatalogTable table, AxisNode row)
        {
            INamedTypeSymbol? generated = FindGeneratedTable(compilation, entry.GeneratedNamespace, table);
            if (generated?.GetMembers(row.Id).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
                return property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return "global::" + entry.GeneratedNamespace + "." + table.Model.ClassName + "." + (row.IsLeaf ? GeneratedNames.RowClass : GeneratedNames.GroupClass(row.Id));
        }

        private static INamedTypeSymbol? FindGeneratedTable(Compilation compilation, string ns, CatalogTable table)
        {
            INamespaceSymbol? current = compilation.GlobalNamespace;
            foreach (string part in ns.Split('.'))
                current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current is null) return null;
            var attributeType = compilation.GetTypeByMetadataName(SchemaSymbols.SchemaTableAttributeName);
            var generatedCode = compilation.GetTypeByMetadataName(SchemaSymbols.GeneratedCodeAttributeName);
            foreach (INamedTypeSymbol candidate in current.GetTypeMembers())
            {
                if (SchemaSymbols.Find(candidate, generatedCode) is null) continue;
                if (SchemaSymbols.Find(candidate, attributeType) is { } attribute
                    && SchemaTypeMap.TryRead(attribute, out string key, out string id, out bool columns)
                    && key == table.SchemaKey && id == table.Id && !columns)
                    return candidate;
            }
            return null;
        }
    }
}
