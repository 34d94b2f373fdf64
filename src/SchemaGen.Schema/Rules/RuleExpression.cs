using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Rules
{
    public enum TermKind
    {
        /// <summary>One row or column, by path.</summary>
        Reference,
        /// <summary><c>sum(group)</c>: every leaf under a group.</summary>
        Sum,
        /// <summary>A number.</summary>
        Constant,
    }

    /// <summary>
    /// One signed term of a rule. <see cref="Offset"/> and <see cref="Length"/> locate it in the rule text
    /// so a bad reference is reported at its own column.
    /// </summary>
    public sealed record RuleTerm(int Sign, TermKind Kind, string Path, bool Previous, decimal Constant, int Offset, int Length)
    {
        public override string ToString()
        {
            string body = Kind switch
            {
                TermKind.Constant => Constant.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TermKind.Sum => "sum(" + (Previous ? "previous." : "") + Path + ")",
                _ => (Previous ? "previous." : "") + Path,
            };
            return (Sign < 0 ? "- " : "+ ") + body;
        }
    }

    /// <summary>A parsed rule: a linear comparison of two sums of terms.</summary>
    public sealed record RuleExpression(EquatableArray<RuleTerm> Left, Comparison Operator, EquatableArray<RuleTerm> Right)
    {
        public static string Symbol(Comparison op) => op switch
        {
            Comparison.Equal => "==",
            Comparison.LessOrEqual => "<=",
            Comparison.GreaterOrEqual => ">=",
            Comparison.Less => "<",
            _ => ">",
        };
    }
}
