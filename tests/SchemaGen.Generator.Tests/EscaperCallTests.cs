using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Emit;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The templates' plain escaper calls are evaluated by <see cref="EscaperCall"/> nodes, not by Scriban's function call:
    /// each must write what Scriban's call of the same escaper writes, and every such call in the templates must be one.
    /// </summary>
    public class EscaperCallTests
    {
        private static ScriptObject Globals()
        {
            var globals = new ScriptObject();
            globals.SetValue("text", "a\"b\u2028c\\d */ <e>", readOnly: true);
            globals.SetValue("lines", "first \"line\"\nsecond\r\nthird", readOnly: true);
            globals.SetValue("nothing", null, readOnly: true);
            globals.SetValue("items", new List<string> { "x", "y\"", "z" }, readOnly: true);
            globals.SetValue("count", 42, readOnly: true);
            globals.SetValue("amount", 12.50m, readOnly: true);
            return globals;
        }

        [Theory]
        [InlineData("{{ lit text }}")]
        [InlineData("{{ lit(text) }}")]
        [InlineData("{{ lit nothing }}")]
        [InlineData("{{ lit count }}")]
        [InlineData("{{ lits items }}")]
        [InlineData("{{ lit_lines lines }}")]
        [InlineData("{{ doc text }}")]
        [InlineData("{{ comment text }}")]
        [InlineData("{{ num count }}")]
        [InlineData("{{ num amount }}")]
        [InlineData("{{ for x in items }}{{ lit x }}{{ if !for.last }}, {{ end }}{{ end }}")]
        [InlineData("{{ if text }}{{ doc text }} {{ end }}[{{ lit items[1] }}]")]
        [InlineData("{{ text | lit }}")]
        public void A_plain_call_writes_what_Scriban_s_call_writes(string source)
        {
            Template template = Template.Parse(source);
            Assert.False(template.HasErrors, string.Join("; ", template.Messages));
            string byScriban = template.Render(new EmitContext(Globals()));
            ScriptPage prepared = SchemaEmitter.Prepare(template);
            Assert.Equal(byScriban, SchemaEmitter.RenderPage(prepared, Globals()).ToString());
            Assert.NotEmpty(byScriban);
        }

        [Fact]
        public void Plain_calls_are_rewritten_and_other_forms_left_to_Scriban()
        {
            Assert.Equal(1, Count<EscaperCall>(SchemaEmitter.Prepare(Template.Parse("{{ lit text }}"))));
            Assert.Equal(2, Count<EscaperCall>(SchemaEmitter.Prepare(Template.Parse("{{ for x in items }}{{ lit x }}{{ doc(x) }}{{ end }}"))));
            ScriptPage piped = SchemaEmitter.Prepare(Template.Parse("{{ text | lit }}"));
            Assert.Equal(0, Count<EscaperCall>(piped));
        }

        [Fact]
        public void An_escaper_called_wrongly_still_fails_the_render()
        {
            ScriptPage twoArguments = SchemaEmitter.Prepare(Template.Parse("{{ lit text text }}"));
            Assert.Equal(0, Count<EscaperCall>(twoArguments));
            Assert.Throws<ScriptRuntimeException>(() => SchemaEmitter.RenderPage(twoArguments, Globals()));
            // A raw value inside a rewritten call's argument is still escaped; a raw value written is still refused.
            Assert.Throws<ScriptRuntimeException>(() => SchemaEmitter.RenderPage(SchemaEmitter.Prepare(Template.Parse("{{ lit text }}{{ text }}")), Globals()));
        }

        [Fact]
        public void Every_escaper_call_in_the_templates_is_a_rewritten_node()
        {
            IReadOnlyDictionary<string, ScriptPage> templates = SchemaEmitter.LoadedTemplates;
            Assert.True(templates.Count >= 9, $"{templates.Count} templates loaded");
            int rewritten = 0;
            foreach (var (name, page) in templates.Select(t => (t.Key, t.Value)))
            {
                rewritten += Count<EscaperCall>(page);
                var calls = Nodes(page).OfType<ScriptFunctionCall>().Where(call => call.Target is ScriptVariableGlobal { Name: "lit" or "lits" or "lit_lines" or "doc" or "comment" or "num" }).ToList();
                Assert.True(calls.Count == 0, $"template {name}: {calls.Count} escaper calls left to Scriban");
            }
            // Each template escapes something; together they make some dozens of such calls.
            Assert.True(rewritten > 50, $"{rewritten} escaper calls rewritten");
        }

        private static int Count<TNode>(ScriptNode root) => Nodes(root).OfType<TNode>().Count();

        private static IEnumerable<ScriptNode> Nodes(ScriptNode root)
        {
            var pending = new Stack<ScriptNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                ScriptNode node = pending.Pop();
                yield return node;
                foreach (ScriptNode? child in node.Children)
                    if (child is not null) pending.Push(child);
            }
        }
    }
}
