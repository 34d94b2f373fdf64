using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2005: an expression statement that computes a ValidationResult and drops it, or a local that receives one
    /// and is never read. Validation has no side effects, so the findings are lost. Needs only SchemaGen.Runtime, not the schemas. A discard (_ = ...) is
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
                start.RegisterOperationAction(c => AnalyzeUnreadLocal(c, result), OperationKind.VariableDeclarator);
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol validationResult)
        {
            var statement = (IExpressionStatementOperation)context.Operation;
            IOperation expression = statement.Operation;
            // Calls only: an assignment (a discard included) has the result's type but keeps or drops it on purpose.
            if (expression is not (IInvocationOperation or IAwaitOperation or IConditionalAccessOperation)) return;
            if (!SymbolEqualityComparer.Default.Equals(expression.Type, validationResult)) return;
            context.ReportDiagnostic(Diagnostic.Create(SchemaGenRules.IgnoredValidationResult, expression.Syntax.GetLocation(), Describe(expression)));
        }

        /// <summary><c>var result = Validate(r);</c> and the local never read again: the findings are as lost as when the call's value is dropped.</summary>
        private static void AnalyzeUnreadLocal(OperationAnalysisContext context, INamedTypeSymbol validationResult)
        {
            var declarator = (IVariableDeclaratorOperation)context.Operation;
            if (declarator.Initializer?.Value is not { } value) return;
            IOperation computed = value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : value;
            if (computed is not (IInvocationOperation or IAwaitOperation)) return;
            if (!SymbolEqualityComparer.Default.Equals(computed.Type, validationResult)) return;
            if (declarator.Symbol.Name == "_") return;

            IOperation root = declarator;
            while (root.Parent is not null) root = root.Parent;
            bool read = root.Descendants().OfType<ILocalReferenceOperation>().Any(r =>
                SymbolEqualityComparer.Default.Equals(r.Local, declarator.Symbol) && !IsWrittenOnly(r));
            if (!read) context.ReportDiagnostic(Diagnostic.Create(SchemaGenRules.IgnoredValidationResult, computed.Syntax.GetLocation(), Describe(computed)));
        }

        /// <summary>A reference that only receives a new value (<c>result = ...</c>) does not read the local.</summary>
        private static bool IsWrittenOnly(ILocalReferenceOperation reference)
            => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;

        private static string Describe(IOperation expression) => expression switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name,
            IAwaitOperation { Operation: IInvocationOperation awaited } => awaited.TargetMethod.ContainingType.Name + "." + awaited.TargetMethod.Name,
            _ => expression.Syntax.ToString(),
        };
    }
}
