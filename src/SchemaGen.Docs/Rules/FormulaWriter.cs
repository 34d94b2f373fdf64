using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Docs.Rules
{
    /// <summary>A rule written out twice, leaf by leaf: in the official labels and in identifiers.</summary>
    public sealed record Formula(string Labels, string Identifiers);

    /// <summary>
    /// Writes a resolved invariant as a readable formula. Works from <see cref="ResolvedRule"/>, so sum(group) is
    /// already expanded to its leaves: 总计 = 自然人 + 商业企业 + … and Total = NaturalPerson + Business + ….
    /// </summary>
    public static class FormulaWriter
    {
        /// <summary>How the label formula names last year's figure (previous.X in identifiers).</summary>
        public const string PreviousPrefix = "上年报告的";

        public static Formula Write(TableSpec table, ResolvedRule rule)
        {
            IReadOnlyList<AxisNode> axis = rule.Invariant.ReferenceAxis == RuleAxis.Row ? table.Rows : (IReadOnlyList<AxisNode>)table.Columns;
            string op = Symbol(rule.Expression.Operator);
            string labels = Side(rule.Left, rule.LeftConstant, o => LabelOf(axis, rule.Invariant.ReferenceAxis, o))
                            + " " + op + " "
                            + Side(rule.Right, rule.RightConstant, o => LabelOf(axis, rule.Invariant.ReferenceAxis, o));
            string ids = Side(rule.Left, rule.LeftConstant, IdentifierOf) + " " + op + " " + Side(rule.Right, rule.RightConstant, IdentifierOf);
            return new Formula(labels, ids);
        }

        /// <summary>The comparison as printed: = rather than the rule language's ==.</summary>
        public static string Symbol(Comparison op) => op switch
        {
            Comparison.Equal => "=",
            Comparison.LessOrEqual => "≤",
            Comparison.GreaterOrEqual => "≥",
            Comparison.Less => "<",
            _ => ">",
        };

        /// <summary>"for each column" in words, with the number of instances.</summary>
        public static string ForEachText(TableSpec table, InvariantSpec invariant)
        {
            int count = invariant.ForEach == RuleAxis.Column ? table.LeafColumns.Count() : table.LeafRows.Count();
            string noun = invariant.ForEach == RuleAxis.Column ? "column" : "row";
            return count == 1 ? $"for the table's one {noun}" : $"for each of the {count} {noun}s";
        }

        private static string Side(IReadOnlyList<ResolvedOperand> operands, decimal constant, System.Func<ResolvedOperand, string> name)
        {
            var sb = new StringBuilder();
            foreach (ResolvedOperand operand in operands)
                AppendTerm(sb, operand.Sign, name(operand));
            if (constant != 0m || operands.Count == 0)
                AppendTerm(sb, constant < 0 ? -1 : 1, System.Math.Abs(constant).ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        private static void AppendTerm(StringBuilder sb, int sign, string text)
        {
            if (sb.Length == 0) sb.Append(sign < 0 ? "−" : "");
            else sb.Append(sign < 0 ? " − " : " + ");
            sb.Append(text);
        }

        private static string LabelOf(IReadOnlyList<AxisNode> axis, RuleAxis referenceAxis, ResolvedOperand operand)
        {
            AxisNode? node = referenceAxis == RuleAxis.Row
                ? AxisNode.All(axis).FirstOrDefault(n => n.Path == operand.LeafPath)
                : AxisNode.All(axis).FirstOrDefault(n => n.IsLeaf && n.Id == operand.LeafPath);
            string label = node is null ? operand.LeafPath : AxisLabels.Qualified(axis, node);
            return operand.Previous ? PreviousPrefix + label : label;
        }

        private static string IdentifierOf(ResolvedOperand operand) => (operand.Previous ? "previous." : "") + operand.LeafPath;
    }
}
