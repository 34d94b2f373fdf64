using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// One escaper (<c>lit</c>, <c>doc</c>, …) as a template function of one argument. Written out rather than imported
    /// from a delegate, because Scriban reads an imported delegate's parameters by reflection, which a trimmed or
    /// Native AOT build of the CLI cannot promise to keep.
    /// </summary>
    internal sealed class EscaperFunction<TArgument> : IScriptCustomFunction
    {
        private readonly Func<TArgument?, EscapedText> _escape;
        private readonly string _name;

        public EscaperFunction(string name, Func<TArgument?, EscapedText> escape)
        {
            _name = name;
            _escape = escape;
        }

        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(EscapedText);

        public ScriptParameterInfo GetParameterInfo(int index) => new ScriptParameterInfo(typeof(TArgument), "value");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            Scriban.Parsing.SourceSpan span = callerContext?.Span ?? default;
            if (arguments.Count != 1)
                throw new ScriptRuntimeException(span, $"{_name} takes one argument, not {arguments.Count}");
            // The same conversion Scriban applies to an imported delegate's parameter.
            return _escape(context.ToObject<TArgument>(span, arguments[0]));
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
            => new ValueTask<object?>(Invoke(context, callerContext, arguments, blockStatement));
    }
}
