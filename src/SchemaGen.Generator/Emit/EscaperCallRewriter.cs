using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// Replaces each call of an escaper by name with one argument by an <see cref="EscaperCall"/>, which writes the same
    /// text. Anything else (another function, a pipe, a named argument) is left to Scriban; no template assigns an escaper's name.
    /// </summary>
    internal sealed class EscaperCallRewriter : ScriptRewriter
    {
        public override ScriptNode Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal target
                && TemplateEscapers.Named(target.Name) is { } escaper
                && node.Arguments.Count == 1
                && node.Arguments[0] is not ScriptNamedArgument
                && !(node.Arguments[0] is ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand })
                && Visit(node.Arguments[0]) is ScriptExpression argument)
            {
                return new EscaperCall(target.Name, escaper, argument) { Span = node.Span };
            }
            return base.Visit(node);
        }
    }
}
