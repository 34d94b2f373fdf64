using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Tests.Support;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The templates are rewritten when loaded (<see cref="TemplateRewriter"/>): escaper calls into <see cref="EscaperCall"/>
    /// nodes, member reads into <see cref="MemberRead"/> nodes. Each must write what Scriban writes for the same template,
    /// and the shipped templates must use them.
    /// </summary>
    public class TemplateRewriteTests
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
                var calls = Nodes(page).OfType<ScriptFunctionCall>().Where(call => call.Target is ScriptVariableGlobal target && TemplateEscapers.Named(target.Name) is not null).ToList();
                Assert.True(calls.Count == 0, $"template {name}: {calls.Count} escaper calls left to Scriban");
            }
            // Each template escapes something; together they make some dozens of such calls.
            Assert.True(rewritten > 50, $"{rewritten} escaper calls rewritten");
        }

        /// <summary>A type of this assembly with a property of the same name as a spec type's: the rewritten read leaves it to Scriban.</summary>
        public sealed class Lookalike
        {
            public string HintName => "lookalike.g.cs";
        }

        private static ScriptObject SpecGlobals()
        {
            var globals = new ScriptObject();
            var file = new GeneratedFile("A.B.Table.g.cs", GeneratedText.Of("namespace A\n{\n}\n"));
            globals.SetValue("file", file, readOnly: true);
            globals.SetValue("name", new Spec.CSharpName("Table3"), readOnly: true);
            globals.SetValue("files", new object[] { file, new Lookalike(), file }, readOnly: true);
            globals.SetValue("nothing", null, readOnly: true);
            return globals;
        }

        [Theory]
        [InlineData("{{ lit file.HintName }} {{ lit file.Text }} {{ file.Content.Length }} {{ lit name.Value }}", 5)]
        [InlineData("{{ for f in files }}{{ lit f.HintName }}{{ if !for.last }}, {{ end }}{{ end }}", 1)]
        [InlineData("{{ lit file.NoSuchMember }}", 1)]
        public void A_rewritten_member_read_reads_what_Scriban_reads(string source, int rewritten)
        {
            Template template = Template.Parse(source);
            Assert.False(template.HasErrors, string.Join("; ", template.Messages));
            string byScriban = template.Render(new EmitContext(SpecGlobals()));
            ScriptPage prepared = SchemaEmitter.Prepare(template);
            Assert.Equal(rewritten, Count<MemberRead>(prepared));
            // Twice through the same nodes: the second render reads through the properties the first one found.
            Assert.Equal(byScriban, SchemaEmitter.RenderPage(prepared, SpecGlobals()).ToString());
            Assert.Equal(byScriban, SchemaEmitter.RenderPage(prepared, SpecGlobals()).ToString());
            Assert.NotEmpty(byScriban);
        }

        [Theory]
        [InlineData("[{{ lit nothing.HintName }}]")]
        [InlineData("{{ file.HintName.NoSuchMember.Again }}")]
        public void A_read_Scriban_refuses_is_refused_alike(string source)
        {
            Template template = Template.Parse(source);
            var byScriban = Assert.Throws<ScriptRuntimeException>(() => template.Render(new EmitContext(SpecGlobals())));
            ScriptPage prepared = SchemaEmitter.Prepare(template);
            Assert.True(Count<MemberRead>(prepared) > 0);
            var rewritten = Assert.Throws<ScriptRuntimeException>(() => SchemaEmitter.RenderPage(prepared, SpecGlobals()));
            Assert.Equal(byScriban.Message, rewritten.Message);
        }

        [Fact]
        public void A_loop_s_own_variable_and_an_assigned_member_stay_Scriban_s()
        {
            Assert.Equal(0, Count<MemberRead>(SchemaEmitter.Prepare(Template.Parse("{{ for x in items }}{{ for.index }}{{ end }}"))));
            Assert.Equal(0, Count<MemberRead>(SchemaEmitter.Prepare(Template.Parse("{{ o = {} }}{{ o.a = 1 }}"))));
        }

        [Fact]
        public void The_templates_read_spec_members_through_rewritten_nodes()
        {
            int reads = SchemaEmitter.LoadedTemplates.Values.Sum(page => Count<MemberRead>(page));
            int left = SchemaEmitter.LoadedTemplates.Values.Sum(page => Nodes(page).OfType<ScriptMemberExpression>()
                .Count(m => m.Target is not ScriptVariableGlobal { Name: "for" }));
            Assert.True(reads > 200, $"{reads} member reads rewritten");
            Assert.Equal(0, left);
        }

        /// <summary>
        /// The context does not re-indent what an expression writes over several lines (Scriban's AutoIndent, off): that
        /// writes the same bytes as long as only lit_lines writes line breaks and every template calls it at the start of
        /// a line, where the indent to repeat is empty.
        /// </summary>
        [Fact]
        public void Only_lit_lines_writes_line_breaks_and_every_template_calls_it_at_a_line_start()
        {
            const string awkward = "a\nb\r\nc\rd\u2028e\u2029f\u0085g";
            foreach (string written in new[]
                     {
                         CSharpText.Literal(awkward).Text, CSharpText.Literals(new[] { awkward, awkward }).Text, CSharpText.Doc(awkward).Text,
                         CSharpText.Comment(awkward).Text, CSharpText.Number(12.5m).Text,
                     })
                Assert.True(written.IndexOfAny(new[] { '\n', '\r' }) < 0, written);
            Assert.Contains('\n', CSharpText.LineLiterals(awkward).Text);

            var calls = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "SchemaGen.Generator", "Emit", "Templates"), "*.scriban")
                .SelectMany(File.ReadAllLines).Where(line => line.Contains("lit_lines")).ToList();
            Assert.NotEmpty(calls);
            Assert.All(calls, line => Assert.StartsWith("{{ lit_lines ", line));
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
