using Scriban.Parsing;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// Rewrites a parsed template, once when it is loaded, into nodes that write the same text with less of Scriban's
    /// machinery: escaper calls into <see cref="EscaperCall"/>, member reads into <see cref="MemberRead"/>.
    /// </summary>
    internal sealed class TemplateRewriter : ScriptRewriter
    {
        /// <summary>
        /// Each call of an escaper by name with one argument becomes an <see cref="EscaperCall"/>. Anything else (another
        /// function, a pipe, a named argument) is left to Scriban; no template assigns an escaper's name.
        /// </summary>
        public override ScriptNode Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal target
                && TemplateEscapers.Named(target.Name) is { } escaper
                && node.Arguments.Count == 1
                && node.Arguments[0] is not ScriptNamedArgument
                && !(node.Arguments[0] is ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand })
                && Visit(node.Arguments[0]) is ScriptExpression argument)
            {
                return new EscaperCall(escaper, argument) { Span = node.Span };
            }
            return base.Visit(node);
        }

        /// <summary>
        /// A read of a member of a variable or of another member read (<c>spec.Namespace</c>, <c>r.Parts</c>) becomes a
        /// <see cref="MemberRead"/>; a loop's own variable (<c>for.last</c>), a null-conditional read and anything assigned
        /// to stay Scriban's.
        /// </summary>
        public override ScriptNode Visit(ScriptMemberExpression node)
        {
            bool pureTarget = node.Target is ScriptMemberExpression || node.Target is ScriptVariableGlobal { Name: not ("for" or "while" or "tablerow") };
            bool assigned = node.Parent is ScriptAssignExpression assign && ReferenceEquals(assign.Target, node);
            if (pureTarget && !assigned && node.Member is not null && node.DotToken?.TokenType == TokenType.Dot && Visit(node.Target) is ScriptExpression target)
                return new MemberRead(target, node) { Span = node.Span };
            return base.Visit(node);
        }
    }
}
