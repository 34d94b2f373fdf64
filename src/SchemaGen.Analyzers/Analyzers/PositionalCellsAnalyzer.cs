using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2007: a generated row constructed with figures by position (<c>new ApplicationsTable.Row(3, 1, 0, 0, 0, 0, 4)</c>).
    /// When the schema's columns change at the same count, such code compiles and moves the figures; named arguments
    /// cannot. The fix names every argument.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PositionalCellsAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.PositionalCells);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!SchemaSymbols.TryCreate(start.Compilation, out SchemaSymbols symbols)) return;
                start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.ObjectCreation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, SchemaSymbols symbols)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is not { Parameters.Length: > 1 } constructor) return;
            INamedTypeSymbol type = constructor.ContainingType;
            // Generated row types only: [SchemaTable(..., Mirrors = Columns)] and [GeneratedCode]. Needs no schema file.
            if (!symbols.IsGenerated(type) || SchemaSymbols.Find(type, symbols.SchemaTableAttribute) is not { } attribute
                || !SchemaTypeMap.TryRead(attribute, out _, out _, out bool mirrorsColumns) || !mirrorsColumns)
                return;
            var arguments = creation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).OrderBy(a => a.Syntax.SpanStart).ToList();
            int positional = arguments.Count(a => a.Syntax is ArgumentSyntax { NameColon: null });
            if (positional == 0 || arguments.Any(a => a.Parameter is null)) return;
            string names = string.Join(",", arguments.Select(a => a.Parameter!.Name));
            context.ReportDiagnostic(Diagnostic.Create(
                SchemaGenRules.PositionalCells,
                creation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(FixProperties.ParameterNames, names),
                type.ContainingType is { } table ? table.Name + "." + type.Name : type.Name,
                positional,
                string.Join(", ", arguments.Take(2).Select(a => a.Parameter!.Name + ": …")) + (arguments.Count > 2 ? ", …" : "")));
        }
    }
}
