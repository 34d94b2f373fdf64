using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2005: an expression statement that computes a ValidationResult and drops it. Validation has no side
    /// effects, so the findings are lost. Needs only SchemaGen.Runtime, not the schemas. A discard (_ = ...) is
    /// an explicit choice and is left alone.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IgnoredValidationResultAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.IgnoredValidationResult);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? result = start.Compilation.GetTypeByMetadataName(SchemaSymbols.ValidationResultName);
                if (result is null) return;
                start.RegisterOperationAction(c => Analyze(c, result), OperationKind.ExpressionStatement);
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol validationResult)
        {
            var statement = (IExpressionStatementOperation)context.Operation;
            IOperation expression = statement.Operation;
            // Calls only: an assignment (a discard included) has the result's type but keeps or drops it on purpose.
            if (expression is not (IInvocationOperation or IAwaitOperation or IConditionalAccessOperation)) return;
            if (!SymbolEqualityComparer.Default.Equals(expression.Type, validationResult)) return;
            string what = expression switch
            {
                IInvocationOperation invocation => invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name,
                IAwaitOperation { Operation: IInvocationOperation awaited } => awaited.TargetMethod.ContainingType.Name + "." + awaited.TargetMethod.Name,
                _ => expression.Syntax.ToString(),
            };
            context.ReportDiagnostic(Diagnostic.Create(SchemaGenRules.IgnoredValidationResult, expression.Syntax.GetLocation(), what));
        }
    }
}
