using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Figures;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2001: a model filled with constants (object and nested initializers, the row constructor, with-expressions)
    /// whose figures break an invariant of the schema. Reads each outermost initializer once, then checks every rule
    /// instance whose cells are all known.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvariantInitializerAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.BrokenInvariant);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SchemaAnalysis.OnSchemaCompilationStart(context, (start, map) =>
            {
                start.RegisterOperationAction(c => AnalyzeCreation(c, map), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeWith(c, map), OperationKind.With);
                start.RegisterOperationAction(c => AnalyzeMemberInitializer(c, map), OperationKind.MemberInitializer);
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (map.Get(creation.Type) is not { } type || InitializerReader.IsCoveredByOuterInitializer(creation, map)) return;
            Report(context, InitializerReader.Read(creation, type, map, context.CancellationToken));
        }

        private static void AnalyzeWith(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var with = (IWithOperation)context.Operation;
            if (map.Get(with.Type) is not { } type || InitializerReader.IsCoveredByOuterInitializer(with, map)) return;
            Report(context, InitializerReader.Read(with, type, map, context.CancellationToken));
        }

        /// <summary><c>new AnnualReport { Applications = { ... } }</c>: a table filled inside a model that is not itself a table.</summary>
        private static void AnalyzeMemberInitializer(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var member = (IMemberInitializerOperation)context.Operation;
            if (member.InitializedMember is not IPropertyReferenceOperation property) return;
            if (map.Get(property.Property.Type) is not { } type || map.Get(property.Property.ContainingType) is not null) return;
            Report(context, InitializerReader.Read(member, type, map, context.CancellationToken));
        }

        private static void Report(OperationAnalysisContext context, FigureSnapshot? snapshot)
        {
            if (snapshot is null) return;
            foreach (BrokenInstance broken in InvariantCheck.FindBroken(snapshot, context.CancellationToken))
            {
                var (expected, actual) = FigureMessages.ExpectedAndActual(broken);
                var sources = broken.Operands.Select(o => o.Value.Source).Where(s => s is not null).Select(s => s!).Distinct().ToList();
                SyntaxNode primary = broken.Total?.Value.Source ?? sources.FirstOrDefault() ?? snapshot.Root;
                var properties = ImmutableDictionary<string, string?>.Empty;
                if (broken.ExpectedTotal is { } total && broken.Total!.Value.Source is not null)
                    properties = properties.Add(FixProperties.ReplacementLiteral, CellValue.Literal(total, broken.Total.Value.IsDecimal));
                context.ReportDiagnostic(Diagnostic.Create(
                    SchemaGenRules.BrokenInvariant,
                    primary.GetLocation(),
                    sources.Where(s => s != primary).Select(s => s.GetLocation()),
                    properties,
                    FigureMessages.Invariant(broken.Rule.Invariant),
                    FigureMessages.Instance(snapshot.Table, broken),
                    FigureMessages.Detail(snapshot.Table, broken),
                    expected,
                    actual));
            }
        }
    }
}
