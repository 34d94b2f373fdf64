using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Rules
{
    /// <summary>One leaf of the reference axis in a resolved rule, with its sign. <see cref="LeafPath"/> is a row's path or a column's id.</summary>
    public sealed record ResolvedOperand(int Sign, string LeafPath, bool Previous);

    /// <summary>
    /// An invariant whose references are expanded to leaves: <c>sum(LegalPersons)</c> becomes its five columns.
    /// Everything that evaluates or writes rules (emitter, analyzers, docs) works from this.
    /// </summary>
    public sealed record ResolvedRule(
        InvariantSpec Invariant,
        RuleExpression Expression,
        EquatableArray<ResolvedOperand> Left,
        decimal LeftConstant,
        EquatableArray<ResolvedOperand> Right,
        decimal RightConstant)
    {
        public IEnumerable<ResolvedOperand> Operands => Left.Concat(Right);

        /// <summary>For a total rule: the derived leaf (the single left operand).</summary>
        public string? DerivedLeaf => Invariant.Kind == InvariantKind.Total && Left.Count == 1 ? Left[0].LeafPath : null;
    }

    public static class RuleResolver
    {
        public readonly record struct ResolveError(string Message, int Offset, int Length);

        /// <summary>
        /// Parses and resolves one invariant of a schema, or null when its table, syntax or references are broken
        /// (the linter reports those; code that works from a linted schema only needs the rules that resolve).
        /// </summary>
        public static ResolvedRule? TryResolve(SchemaDocument document, InvariantSpec invariant)
        {
            TableSpec? table = document.FindTable(invariant.Table);
            RuleExpression? expression = RuleParser.Parse(invariant.Rule, out _);
            return table is null || expression is null ? null : Resolve(table, invariant, expression, new List<ResolveError>());
        }

        /// <summary>Every invariant of the schema that resolves, in declaration order.</summary>
        public static List<ResolvedRule> ResolveAll(SchemaDocument document)
            => document.Invariants.Select(i => TryResolve(document, i)).Where(r => r is not null).Select(r => r!).ToList();

        /// <summary>Expands the rule's references against the table's reference axis; reports every reference that does not fit.</summary>
        public static ResolvedRule? Resolve(TableSpec table, InvariantSpec invariant, RuleExpression expression, List<ResolveError> errors)
        {
            IReadOnlyList<AxisNode> axis = invariant.ReferenceAxis == RuleAxis.Row ? table.Rows : (IReadOnlyList<AxisNode>)table.Columns;
            int before = errors.Count;
            var left = Expand(expression.Left, axis, invariant, table, errors, out decimal leftConstant);
            var right = Expand(expression.Right, axis, invariant, table, errors, out decimal rightConstant);
            if (errors.Count > before) return null;
            return new ResolvedRule(invariant, expression, left.ToEquatableArray(), leftConstant, right.ToEquatableArray(), rightConstant);
        }

        public static AxisNode? FindNode(IEnumerable<AxisNode> axis, string path)
        {
            IReadOnlyList<AxisNode> all = AxisNode.All(axis);
            return all.FirstOrDefault(n => n.Path == path) ?? SingleOrNull(all.Where(n => n.Id == path));
        }

        private static AxisNode? SingleOrNull(IEnumerable<AxisNode> nodes)
        {
            var list = nodes.Take(2).ToList();
            return list.Count == 1 ? list[0] : null;
        }

        private static List<ResolvedOperand> Expand(EquatableArray<RuleTerm> terms, IReadOnlyList<AxisNode> axis, InvariantSpec invariant, TableSpec table, List<ResolveError> errors, out decimal constant)
        {
            var operands = new List<ResolvedOperand>();
            constant = 0m;
            string axisName = invariant.ReferenceAxis == RuleAxis.Row ? "row" : "column";
            foreach (RuleTerm term in terms)
            {
                if (term.Kind == TermKind.Constant)
                {
                    constant += term.Sign * term.Constant;
                    continue;
                }
                if (term.Previous && !invariant.AcrossYears)
                {
                    errors.Add(new ResolveError($"'previous.{term.Path}' needs 'across-years: true' on the invariant", term.Offset, term.Length));
                    continue;
                }
                AxisNode? node = FindNode(axis, term.Path);
                if (node is null)
                {
                    string hint = Suggest(term.Path, AxisNode.All(axis).Select(n => n.Path));
                    errors.Add(new ResolveError($"table '{table.Id}' has no {axisName} '{term.Path}'{hint} (rules checked for each {invariant.ForEach.ToString().ToLowerInvariant()} name {axisName}s)", term.Offset, term.Length));
                    continue;
                }
                if (term.Kind == TermKind.Reference && !node.IsLeaf)
                {
                    errors.Add(new ResolveError($"'{term.Path}' is a group of {node.Leaves().Count()} {axisName}s; write sum({term.Path}) to add them", term.Offset, term.Length));
                    continue;
                }
                foreach (AxisNode leaf in node.Leaves())
                    operands.Add(new ResolvedOperand(term.Sign, Derivations.KeyOf(leaf, invariant.ReferenceAxis), term.Previous));
            }
            return operands;
        }

        /// <summary>" (did you mean 'X'?)" for the closest candidate by edit distance, or "".</summary>
        public static string Suggest(string name, IEnumerable<string> candidates)
        {
            string? best = Naming.Closest(name, candidates);
            return best is null ? "" : $" (did you mean '{best}'?)";
        }
    }
}
