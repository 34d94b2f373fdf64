using System;
using System.Collections.Concurrent;
using System.Globalization;
using SchemaGen.Generator.Spec;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// The template context every template renders in. It enforces escaping by construction: the value of every
    /// <c>{{ expression }}</c> must be escaped text (from <c>lit</c>, <c>lits</c>, <c>lit_lines</c>, <c>doc</c>, <c>comment</c>, <c>num</c>), a
    /// checked <see cref="CSharpName"/>, an int, a bool or an enum value; a raw string (or anything else) stops the render
    /// with an error naming the template line, so a template that forgets to escape fails generation and the tests.
    /// It also lifts Scriban's limits: output is never truncated, and a limit that is hit throws instead of truncating.
    /// A context renders one file; what costs the same for every file is made once (see the constructor).
    /// </summary>
    public sealed class EmitContext : TemplateContext
    {
        /// <summary>
        /// Scriban keeps the accessors of .NET types per context and reflects over a type's members to make one; every
        /// file reflected over the spec types afresh. An accessor depends only on the type here (every context renames
        /// and filters members alike), so one per type serves all contexts.
        /// </summary>
        private static readonly ConcurrentDictionary<Type, IObjectAccessor> AccessorsByType = new();

        // No built-in functions (date, string, array…): the templates call only the escapers, and building Scriban's
        // built-ins for every file cost a twentieth of a generator run.
        public EmitContext(ScriptObject globals) : base(new ScriptObject())
        {
            MemberRenamer = member => member.Name; // templates use the spec's own property names
            StrictVariables = true;
            LoopLimit = 0;
            RecursiveLimit = 0;
            LimitToString = 0;
            OutputLimit = null;
            OnStringLimit = ScriptLimitBehavior.Throw;
            OnOutputLimit = ScriptLimitBehavior.Throw;
            NewLine = "\n";
            // No re-indenting of what an expression writes over several lines: the escapers that write lines indent them
            // themselves (lit_lines), and Scriban's indenting searched every text written for its line ends.
            AutoIndent = false;
            PushGlobal(TemplateEscapers.AsGlobals());
            PushGlobal(globals);
            PushCulture(CultureInfo.InvariantCulture); // numbers in code never follow the machine's culture
        }

        protected override IObjectAccessor? GetMemberAccessorImpl(object target)
        {
            Type type = target.GetType();
            if (AccessorsByType.TryGetValue(type, out IObjectAccessor? known)) return known;
            // A target Scriban has no accessor for (null) keeps none.
            return base.GetMemberAccessorImpl(target) is { } made ? AccessorsByType.GetOrAdd(type, made) : null;
        }

        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            string text = textAsObject switch
            {
                EscapedText escaped => escaped.Text,
                CSharpName name => name.Value,
                int number => NumberText(number),
                bool flag => flag ? "true" : "false",
                Enum value when Enum.IsDefined(value.GetType(), value) => value.ToString(),
                null => throw new ScriptRuntimeException(span, "a template wrote null; write a checked value, or escape it (lit writes null as the literal null)"),
                _ => throw new ScriptRuntimeException(span, $"a template wrote a raw {textAsObject.GetType().Name} ('{Shorten(textAsObject)}'); pass text through lit, doc, comment or num"),
            };
            return base.Write(span, text);
        }

        /// <summary>
        /// The templates write indexes (of cells, rules, invariants) by the thousand: each one's text is made the first time
        /// it is written, not all at start-up (a first run is what a compile pays). Two threads may both make one: the same text.
        /// </summary>
        private static readonly string?[] SmallNumbers = new string?[1024];

        private static string NumberText(int number)
            => (uint)number < (uint)SmallNumbers.Length
                ? SmallNumbers[number] ??= number.ToString(CultureInfo.InvariantCulture)
                : number.ToString(CultureInfo.InvariantCulture);

        private static string Shorten(object value)
        {
            string text = value.ToString() ?? "";
            return text.Length <= 40 ? text : text.Substring(0, 40) + "…";
        }
    }
}
