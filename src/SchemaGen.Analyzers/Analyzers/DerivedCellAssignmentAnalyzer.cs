using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Figures;
using SchemaGen.Analyzers.Symbols;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// SG2003: a derived cell (a [DerivedCell] property, or any cell of a [DerivedCell] row) set by hand after one of
    /// its parts changed in the same method with no RecomputeTotals() call in between. Cheap for ordinary code: only
    /// an assignment to a derived cell looks at the rest of its method.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DerivedCellAssignmentAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SchemaGenRules.ManualTotal);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            SchemaAnalysis.OnSchemaCompilationStart(context, (start, map) =>
                start.RegisterOperationAction(c => AnalyzeAssignment(c, map), OperationKind.SimpleAssignment));
        }

        /// <summary>The parts of one derivation of the assigned cell, as a test on other cell accesses.</summary>
        private sealed class Derivation
        {
            public Derivation(ResolvedRule rule, System.Func<CellAccess, bool> isPart)
            {
                Rule = rule;
                IsPart = isPart;
            }

            public ResolvedRule Rule { get; }
            public System.Func<CellAccess, bool> IsPart { get; }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, SchemaTypeMap map)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target) return;
            if (map.Get(target.Property.ContainingType) is not { Kind: MirrorKind.Row }) return;
            if (target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }) return; // an initializer: SG2001's concern
            if (CellAccess.Resolve(target, map) is not { } cell) return;
            var derivations = DerivationsOf(cell, map).ToList();
            if (derivations.Count == 0) return;

            IOperation root = assignment;
            while (root.Parent is not null) root = root.Parent;
            int at = assignment.Syntax.SpanStart;

            (CellAccess Cell, SyntaxNode Syntax, Derivation By)? lastPart = null;
            var recomputes = new List<int>();
            foreach (IOperation operation in root.Descendants())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                int position = operation.Syntax.SpanStart;
                if (position >= at) continue;
                if (operation is IInvocationOperation invocation && IsRecompute(invocation, map))
                {
                    recomputes.Add(position);
                    continue;
                }
                if (ChangedCell(operation) is not { } changed || CellAccess.Resolve(changed, map) is not { } part) continue;
                if (part.AnchorKey != cell.AnchorKey) continue;
                Derivation? by = derivations.FirstOrDefault(d => d.IsPart(part));
                if (by is not null && (lastPart is null || position > lastPart.Value.Syntax.SpanStart))
                    lastPart = (part, operation.Syntax, by);
            }
            if (lastPart is not { } found || recomputes.Any(p => p > found.Syntax.SpanStart)) return;

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (cell.AnchorType.Kind == MirrorKind.Table && assignment.Parent is IExpressionStatementOperation)
                properties = properties.Add(FixProperties.RecomputeReceiver, cell.Anchor.IsImplicit ? "" : cell.Anchor.Syntax.ToString());
            int line = found.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            context.ReportDiagnostic(Diagnostic.Create(
                SchemaGenRules.ManualTotal,
                assignment.Syntax.GetLocation(),
                new[] { found.Syntax.GetLocation() },
                properties,
                FigureMessages.Cell(cell.Table, cell.RowPath, cell.Column.Id),
                FigureMessages.Invariant(found.By.Rule.Invariant),
                FigureMessages.Cell(cell.Table, found.Cell.RowPath, found.Cell.Column.Id) + " (line " + line + ")"));
        }

        /// <summary>The derivations of the cell from its [DerivedCell] attributes, with the schema's parts of each.</summary>
        private static IEnumerable<Derivation> DerivationsOf(CellAccess cell, SchemaTypeMap map)
        {
            foreach (string invariantId in cell.DerivedBy(map.Symbols))
            {
                if (cell.Table.Rule(invariantId) is not { DerivedLeaf: { } derivedLeaf } rule) continue;
                var parts = new HashSet<string>(rule.Right.Select(o => o.LeafPath));
                if (rule.Invariant.ForEach == RuleAxis.Row && derivedLeaf == cell.Column.Id)
                    yield return new Derivation(rule, p => p.RowPath == cell.RowPath && parts.Contains(p.Column.Id));
                else if (rule.Invariant.ForEach == RuleAxis.Column && cell.RowPath == derivedLeaf)
                    yield return new Derivation(rule, p => p.Column.Id == cell.Column.Id && p.RowPath is not null && parts.Contains(p.RowPath));
            }
        }

        /// <summary>The cell property an operation writes: plain, compound and ++/-- assignments.</summary>
        private static IPropertyReferenceOperation? ChangedCell(IOperation operation) => operation switch
        {
            IAssignmentOperation { Target: IPropertyReferenceOperation target } => target,
            IIncrementOrDecrementOperation { Target: IPropertyReferenceOperation target } => target,
            _ => null,
        };

        private static bool IsRecompute(IInvocationOperation invocation, SchemaTypeMap map)
            => invocation.TargetMethod.Name == SchemaSymbols.RecomputeTotalsMethod
               && map.Get(invocation.TargetMethod.ContainingType) is { Kind: MirrorKind.Table };
    }
}
