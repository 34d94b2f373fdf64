using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Figures;
using SchemaGen.Analyzers.Symbols;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;
using RuntimeCellKind = SchemaGen.Runtime.Descriptors.CellKind;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2002: a constant put into a cell whose kind does not allow it (a negative or fractional count; an amount
    /// that is negative or has more decimals than the column's scale). The kind check is the runtime's
    /// <see cref="InvariantEvaluator.CheckKind"/>, so the IDE and the validator agree.
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
                start.RegisterOperationAction(c => AnalyzeAssignment(c, map), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => AnalyzeRowConstructor(c, map), OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target) return;
            if (map.Get(target.Property.ContainingType) is not { Kind: MirrorKind.Row } row) return;
            if (row.ColumnOf(target.Property) is not { } column) return;
            Check(context, row.Table, column, CellValue.Of(assignment.Value, target.Property.Type));
        }

        private static void AnalyzeRowConstructor(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.Length == 0 || map.Get(creation.Type) is not { Kind: MirrorKind.Row } row) return;
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                AxisNode? column = argument.Parameter is null ? null
                    : row.Table.LeafColumns.FirstOrDefault(c => string.Equals(c.Id, argument.Parameter.Name, System.StringComparison.OrdinalIgnoreCase));
                if (column is not null) Check(context, row.Table, column, CellValue.Of(argument.Value, argument.Parameter!.Type));
            }
        }

        /// <summary>A row type does not say which row it holds: report only what every row of the column forbids.</summary>
        private static void Check(OperationAnalysisContext context, CatalogTable table, AxisNode column, CellValue value)
        {
            if (!value.IsKnown || value.Value is not { } number || value.Source is null) return;
            string? problem = null;
            foreach (AxisNode row in table.LeafRows)
            {
                problem = InvariantEvaluator.CheckKind(ToRuntime(table.KindOf(row, column)), table.ScaleOf(row, column), number);
                if (problem is null) return;
            }
            if (problem is null) return;
            context.ReportDiagnostic(Diagnostic.Create(
                SchemaGenRules.InvalidCellValue,
                value.Source.GetLocation(),
                "Cell " + table.DescribeColumn(column.Id) + " of " + table.Description,
                CellValue.Format(number),
                problem));
        }

        private static RuntimeCellKind ToRuntime(CellKind kind) => kind switch
        {
            CellKind.Count => RuntimeCellKind.Count,
            CellKind.SignedCount => RuntimeCellKind.SignedCount,
            _ => RuntimeCellKind.Amount,
        };
    }
}
