using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Figures;
using SchemaGen.Analyzers.Symbols;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2002: a constant put into a cell whose kind does not allow it (a negative or fractional count; an amount
    /// that is negative or has more decimals than the column's scale). The kind check is the runtime's
    /// <see cref="InvariantEvaluator.CheckKind"/>, so the IDE and the validator agree. Cells are reached through their
    /// properties, the row constructor, or a method that takes a row key, a column key and a number (SetCell).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CellValueAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.InvalidCellValue);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SchemaAnalysis.OnSchemaCompilationStart(context, (start, map) =>
            {
                var cellMethods = new ConcurrentDictionary<IMethodSymbol, CellMethod?>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(c => AnalyzeAssignment(c, map), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => AnalyzeRowConstructor(c, map), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeCellMethod(c, map, cellMethods), OperationKind.Invocation);
            });
        }

        /// <summary>A method that takes a row key, a column key and exactly one number: the number is a figure for that cell.</summary>
        private sealed class CellMethod
        {
            public CellMethod(KeyedMethod keys, KeyParameter row, KeyParameter column, IParameterSymbol value)
            {
                Keys = keys;
                Row = row;
                Column = column;
                Value = value;
            }

            public KeyedMethod Keys { get; }
            public KeyParameter Row { get; }
            public KeyParameter Column { get; }
            public IParameterSymbol Value { get; }

            public static CellMethod? Describe(IMethodSymbol method, SchemaSymbols symbols)
            {
                if (KeyedMethod.Describe(method, symbols) is not { } keys) return null;
                if (keys.Of(SchemaKeyKind.Row) is not { } row || keys.Of(SchemaKeyKind.Column) is not { } column) return null;
                var numbers = method.Parameters.Where(p => !keys.Parameters.ContainsKey(p.Name) && IsNumber(p.Type)).ToList();
                return numbers.Count == 1 ? new CellMethod(keys, row, column, numbers[0]) : null;
            }

            private static bool IsNumber(ITypeSymbol type)
            {
                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
                return type.SpecialType is SpecialType.System_Decimal or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double;
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target) return;
            if (map.Get(target.Property.ContainingType) is not { Kind: MirrorKind.Row } row) return;
            if (row.ColumnOf(target.Property) is not { } column) return;
            Check(context, row.Table, null, column, CellValue.Of(assignment.Value, target.Property.Type));
        }

        private static void AnalyzeRowConstructor(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.Length == 0 || map.Get(creation.Type) is not { Kind: MirrorKind.Row } row) return;
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                AxisNode? column = argument.Parameter is null ? null
                    : row.Table.LeafColumns.FirstOrDefault(c => string.Equals(c.Id, argument.Parameter.Name, System.StringComparison.OrdinalIgnoreCase));
                if (column is not null) Check(context, row.Table, null, column, CellValue.Of(argument.Value, argument.Parameter!.Type));
            }
        }

        /// <summary><c>table.SetCell("NewlyReceived", "NaturalPerson", 1.5m)</c>: here the row is known, so its exact kind applies.</summary>
        private static void AnalyzeCellMethod(OperationAnalysisContext context, SchemaTypeMap map, ConcurrentDictionary<IMethodSymbol, CellMethod?> cellMethods)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.Arguments.Length < 3) return;
            if (cellMethods.GetOrAdd(invocation.TargetMethod.OriginalDefinition, m => CellMethod.Describe(m, map.Symbols)) is not { } method) return;
            string? tableId = method.Row.TableId ?? KeyedMethod.ConstantArgument(invocation.Arguments, method.Row.TableParameter);
            string? rowPath = KeyedMethod.ConstantArgument(invocation.Arguments, method.Row.Parameter.Name);
            string? columnId = KeyedMethod.ConstantArgument(invocation.Arguments, method.Column.Parameter.Name);
            if (tableId is null || rowPath is null || columnId is null) return;
            CatalogTable? table = method.Keys.Scope is { } scope
                ? map.Catalog.Table(scope, tableId)
                : map.Catalog.Schemas.Select(s => s.Table(tableId)).FirstOrDefault(t => t is not null);
            // Unknown names are SG2004's to report.
            if (table?.Row(rowPath) is not { IsLeaf: true } row || table.LeafColumn(columnId) is not { } column) return;
            IArgumentOperation? value = invocation.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, method.Value));
            if (value is not null) Check(context, table, row, column, CellValue.Of(value.Value, method.Value.Type));
        }

        /// <summary>When the row is not known (a row type holds any row), report only what every row of the column forbids.</summary>
        private static void Check(OperationAnalysisContext context, CatalogTable table, AxisNode? knownRow, AxisNode column, CellValue value)
        {
            if (!value.IsKnown || value.Value is not { } number || value.Source is null) return;
            string? problem = null;
            foreach (AxisNode row in knownRow is null ? table.LeafRows : new[] { knownRow })
            {
                problem = InvariantEvaluator.CheckKind(table.KindOf(row, column), table.ScaleOf(row, column), number);
                if (problem is null) return;
            }
            if (problem is null) return;
            context.ReportDiagnostic(Diagnostic.Create(
                SchemaGenRules.InvalidCellValue,
                value.Source.GetLocation(),
                "Cell " + FigureMessages.Cell(table, knownRow?.Path, column.Id) + " of " + table.Description,
                CellValue.Format(number),
                problem));
        }
    }
}
