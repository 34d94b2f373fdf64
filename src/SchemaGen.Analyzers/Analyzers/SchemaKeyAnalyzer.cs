using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2004: a string constant passed to a [SchemaKey] parameter that names nothing in the schema. The schema is
    /// the one [SchemaKeyScope] or [SchemaTable] names on the method's type, else every loaded schema; the table of
    /// a row or column comes from the attribute's TableId or from the constant passed to its TableParameter.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SchemaKeyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.UnknownSchemaKey);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SchemaAnalysis.OnSchemaCompilationStart(context, (start, map) =>
            {
                var methods = new ConcurrentDictionary<IMethodSymbol, KeyedMethod?>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    Analyze(c, invocation.TargetMethod, invocation.Arguments, map, methods);
                }, OperationKind.Invocation);
                start.RegisterOperationAction(c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Constructor is not null) Analyze(c, creation.Constructor, creation.Arguments, map, methods);
                }, OperationKind.ObjectCreation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments,
            SchemaTypeMap map, ConcurrentDictionary<IMethodSymbol, KeyedMethod?> methods)
        {
            if (arguments.Length == 0) return;
            KeyedMethod? keyed = methods.GetOrAdd(method.OriginalDefinition, m => KeyedMethod.Describe(m, map.Symbols));
            if (keyed is null) return;

            List<LoadedSchema> schemas;
            if (keyed.Scope is null) schemas = map.Catalog.Schemas.ToList();
            else if (map.Catalog.Schema(keyed.Scope) is { } scoped) schemas = new List<LoadedSchema> { scoped };
            else return; // the scoped schema is not among the AdditionalFiles: nothing to check against

            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter is null || !keyed.Parameters.TryGetValue(argument.Parameter.Name, out KeyParameter? parameter)) continue;
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue is not { HasValue: true, Value: string name }) continue;
                string? tableName = parameter.TableId ?? KeyedMethod.ConstantArgument(arguments, parameter.TableParameter);
                var lookup = new KeyLookup(schemas, parameter.Kind, tableName, parameter.LeafOnly);
                if (lookup.Skip || lookup.Knows(name)) continue;
                var (explanation, suggestion) = lookup.Explain(name);
                var properties = suggestion is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Suggestion, suggestion);
                context.ReportDiagnostic(Diagnostic.Create(
                    SchemaGenRules.UnknownSchemaKey,
                    argument.Value.Syntax.GetLocation(),
                    properties,
                    lookup.KindWord,
                    name,
                    lookup.Owner,
                    explanation));
            }
        }
    }
}
