using System;
using System.Collections;
using System.Collections.Generic;
using Scriban.Runtime;

namespace SchemaGen.Generator.Emit
{
    /// <summary>The escapers every template may call, by the name it calls them: the one list both the context and the rewriter read.</summary>
    internal static class TemplateEscapers
    {
        private static readonly ITemplateEscaper[] All =
        {
            new EscaperFunction<string>("lit", CSharpText.Literal),
            new EscaperFunction<IEnumerable>("lits", CSharpText.Literals),
            new EscaperFunction<string>("lit_lines", CSharpText.LineLiterals),
            new EscaperFunction<string>("doc", CSharpText.Doc),
            new EscaperFunction<string>("comment", CSharpText.Comment),
            new EscaperFunction<object>("num", CSharpText.Number),
        };

        private static readonly Dictionary<string, ITemplateEscaper> ByName = Index();

        public static ITemplateEscaper? Named(string name) => ByName.TryGetValue(name, out ITemplateEscaper? escaper) ? escaper : null;

        /// <summary>The escapers as read-only template functions, for a context's globals.</summary>
        public static ScriptObject AsGlobals()
        {
            var globals = new ScriptObject();
            foreach (ITemplateEscaper escaper in All) globals.SetValue(escaper.Name, escaper, readOnly: true);
            return globals;
        }

        private static Dictionary<string, ITemplateEscaper> Index()
        {
            var index = new Dictionary<string, ITemplateEscaper>(StringComparer.Ordinal);
            foreach (ITemplateEscaper escaper in All) index.Add(escaper.Name, escaper);
            return index;
        }
    }
}
