using Scriban;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// A template's plain call of an escaper (<c>{{ lit x }}</c>, <c>{{ doc(x) }}</c>), evaluated directly: the argument, then the
    /// escaper. Scriban's own call of a function (an argument array taken and given back, a local frame entered and left,
    /// the arguments matched to parameters) cost more than the escaping itself, some thousands of times per file.
    /// <see cref="TemplateRewriter"/> puts these nodes in place of the calls when the templates are loaded.
    /// </summary>
    internal sealed class EscaperCall : ScriptExpression
    {
        private ScriptExpression _argument;

        public EscaperCall(ITemplateEscaper escaper, ScriptExpression argument)
        {
            Escaper = escaper;
            _argument = null!;
            ParentToThis(ref _argument, argument);
        }

        public ITemplateEscaper Escaper { get; }

        public override int ChildrenCount => 1;

        protected override ScriptNode GetChildrenImpl(int index) => _argument;

        // As Scriban evaluates a function's argument (a function value is called, not passed), then converts it as it would.
        public override object Evaluate(TemplateContext context) => Escaper.Escape(context, Span, context.Evaluate(_argument));

        public override void PrintTo(ScriptPrinter printer)
        {
            printer.Write(Escaper.Name);
            printer.ExpectSpace();
            printer.Write(_argument);
        }

        public override bool CanHaveLeadingTrivia() => false;
    }
}
