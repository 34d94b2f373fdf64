using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Runtime;

namespace SchemaGen.Analyzers.Symbols
{
    /// <summary>A [SchemaKey] parameter: what it names and where its table comes from.</summary>
    public sealed class KeyParameter
    {
        public KeyParameter(IParameterSymbol parameter, SchemaKeyKind kind, string? tableParameter, string? tableId, bool leafOnly)
        {
            LeafOnly = leafOnly;
            Parameter = parameter;
            Kind = kind;
            TableParameter = tableParameter;
            TableId = tableId;
        }

        public IParameterSymbol Parameter { get; }
        public SchemaKeyKind Kind { get; }
        public string? TableParameter { get; }
        public string? TableId { get; }
        public bool LeafOnly { get; }
    }

    /// <summary>
    /// A method with [SchemaKey] parameters, and the schema its type scopes them to: the key of [SchemaKeyScope] or of
    /// [SchemaTable] on the type or an outer type; null when any loaded schema may be meant.
    /// </summary>
    public sealed class KeyedMethod
    {
        private KeyedMethod(string? scope, IReadOnlyDictionary<string, KeyParameter> parameters)
        {
            Scope = scope;
            Parameters = parameters;
        }

        public string? Scope { get; }

        /// <summary>By parameter name.</summary>
        public IReadOnlyDictionary<string, KeyParameter> Parameters { get; }

        public KeyParameter? Of(SchemaKeyKind kind) => Parameters.Values.FirstOrDefault(p => p.Kind == kind);

        /// <summary>The string constant passed to the named parameter, or null.</summary>
        public static string? ConstantArgument(ImmutableArray<IArgumentOperation> arguments, string? parameterName)
        {
            if (parameterName is null) return null;
            IArgumentOperation? argument = arguments.FirstOrDefault(a => a.Parameter?.Name == parameterName);
            return argument is { ArgumentKind: not ArgumentKind.DefaultValue } && argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;
        }

        /// <summary>Null when no parameter has [SchemaKey].</summary>
        public static KeyedMethod? Describe(IMethodSymbol method, SchemaSymbols symbols)
        {
            var parameters = new Dictionary<string, KeyParameter>();
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (SchemaSymbols.Find(parameter, symbols.SchemaKeyAttribute) is not { } attribute) continue;
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int kind) continue;
                string? tableParameter = null, tableId = null;
                bool leafOnly = false;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == nameof(SchemaKeyAttribute.TableParameter)) tableParameter = named.Value.Value as string;
                    else if (named.Key == nameof(SchemaKeyAttribute.TableId)) tableId = named.Value.Value as string;
                    else if (named.Key == nameof(SchemaKeyAttribute.LeafOnly)) leafOnly = named.Value.Value is true;
                }
                parameters[parameter.Name] = new KeyParameter(parameter, (SchemaKeyKind)kind, tableParameter, tableId, leafOnly);
            }
            return parameters.Count == 0 ? null : new KeyedMethod(ScopeOf(method.ContainingType, symbols), parameters);
        }

        private static string? ScopeOf(INamedTypeSymbol? type, SchemaSymbols symbols)
        {
            for (; type is not null; type = type.ContainingType)
            {
                if (SchemaSymbols.Find(type, symbols.SchemaKeyScopeAttribute) is { ConstructorArguments.Length: 1 } scope && scope.ConstructorArguments[0].Value is string key)
                    return key;
                if (SchemaSymbols.Find(type, symbols.SchemaTableAttribute) is { } table && SchemaTypeMap.TryRead(table, out string tableKey, out _, out _))
                    return tableKey;
            }
            return null;
        }
    }
}
