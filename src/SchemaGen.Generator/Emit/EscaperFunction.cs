using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>One escaper as the templates call it: a name and what it makes of the value of its one argument.</summary>
    internal interface ITemplateEscaper
    {
        string Name { get; }

        /// <summary>The escaped text of <paramref name="value"/>, converted to the escaper's parameter type as Scriban converts a function's argument.</summary>
        EscapedText Escape(TemplateContext context, SourceSpan span, object? value);
    }

    /// <summary>
    /// One escaper (<c>lit</c>, <c>doc</c>, …) as a template function of one argument. Written out rather than imported
    /// from a delegate, because Scriban reads an imported delegate's parameters by reflection, which a trimmed or
    /// Native AOT build of the CLI cannot promise to keep. The templates' plain calls do not come here: they are
    /// rewritten into <see cref="EscaperCall"/> nodes when the templates are loaded; this serves any other form.
    /// </summary>
    internal sealed class EscaperFunction<TArgument> : IScriptCustomFunction, ITemplateEscaper
    {
        private readonly Func<TArgument?, EscapedText> _escape;

        public EscaperFunction(string name, Func<TArgument?, EscapedText> escape)
        {
            Name = name;
            _escape = escape;
        }

        public string Name { get; }

        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(EscapedText);

        public ScriptParameterInfo GetParameterInfo(int index) => new ScriptParameterInfo(typeof(TArgument), "value");

        // The same conversion Scriban applies to an imported delegate's parameter.
        public EscapedText Escape(TemplateContext context, SourceSpan span, object? value) => _escape(context.ToObject<TArgument>(span, value));

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            SourceSpan span = callerContext?.Span ?? default;
            if (arguments.Count != 1)
                throw new ScriptRuntimeException(span, $"{Name} takes one argument, not {arguments.Count}");
            return Escape(context, span, arguments[0]);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
            => new ValueTask<object?>(Invoke(context, callerContext, arguments, blockStatement));
    }
}
