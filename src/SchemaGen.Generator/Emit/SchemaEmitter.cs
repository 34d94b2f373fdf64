using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Generator.Spec;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SchemaGen.Generator.Emit
{
    /// <summary>A template could not write a whole file (a limit, or a template error): nothing of it may reach the compilation.</summary>
    public sealed class IncompleteOutputException : Exception
    {
        public IncompleteOutputException(string message, Exception? inner = null) : base(message, inner)
        {
        }
    }

    /// <summary>
    /// Writes C# from the specs with the Scriban templates embedded in this assembly: the one place C# is written.
    /// Used by the source generator and by <c>schemagen generate</c>, so both write the same bytes.
    /// </summary>
    public static class SchemaEmitter
    {
        /// <summary>Each template's page as parsed, then rewritten (see <see cref="TemplateRewriter"/>).</summary>
        private static readonly Lazy<IReadOnlyDictionary<string, ScriptPage>> Templates = new(LoadTemplates);

        public static IReadOnlyList<GeneratedFile> Emit(GenerationSpec spec)
        {
            string ns = spec.Namespace.Value;
            var files = new List<GeneratedFile> { new(ns + "." + spec.Model + ".g.cs", Render("Model", spec, null)) };
            foreach (TableModelSpec table in spec.Tables)
                files.Add(new(ns + "." + table.ClassName + ".g.cs", Render("Table", spec, table)));
            files.Add(new(ns + "." + spec.SchemaClass + ".g.cs", Render("Schema", spec, null)));
            files.Add(new(ns + "." + spec.ParserClass + ".g.cs", Render("Parser", spec, null)));
            files.Add(new(ns + "." + spec.ValidatorClass + ".g.cs", Render("Validator", spec, null)));
            files.Add(new(ns + "." + spec.FormatClass + ".g.cs", Render("Format", spec, null)));
            // Members of an earlier version (renamed, removed), as partial declarations of the records above.
            if (spec.Changes.Count > 0) files.Add(new(ns + "." + spec.Model + ".Changes.g.cs", Render("Changes", spec, null)));
            return files;
        }

        /// <summary>The converter from an older format version, declared by the newer schema's migration block, with its map as data.</summary>
        public static GeneratedFile EmitConverter(ConverterSpec converter)
            => new(ConverterSpecBuilder.HintName(converter), Render("Converter", Globals(("converter", converter))));

        /// <summary>The list of every format in the compilation.</summary>
        public static GeneratedFile EmitFormatList(FormatListSpec list) => new(FormatListHintName, Render("FormatList", Globals(("list", list))));

        public const string FormatListHintName = "SchemaGen.Generated.ReportFormats.g.cs";

        /// <summary>The schema's text as an assembly attribute ([EmbeddedSchema]), read by the analyzers of referencing projects.</summary>
        public static GeneratedFile EmitEmbeddedSchema(EmbeddedSchemaSpec schema)
            => new(schema.Namespace.Value + ".EmbeddedSchema.g.cs", Render("EmbeddedSchema", Globals(("schema", schema))));

        private static GeneratedText Render(string templateName, GenerationSpec spec, TableModelSpec? table)
            => Render(templateName, Globals(("spec", spec), ("table", table)));

        private static ScriptObject Globals(params (string Name, object? Value)[] values)
        {
            var globals = new ScriptObject();
            foreach (var (name, value) in values) globals.SetValue(name, value, readOnly: true);
            return globals;
        }

        private static GeneratedText Render(string templateName, ScriptObject globals)
        {
            GeneratedText text;
            try
            {
                text = RenderPage(Templates.Value[templateName], globals);
            }
            catch (ScriptRuntimeException ex)
            {
                throw new IncompleteOutputException($"template {templateName}: {ex.Message}", ex);
            }
            // Every file closes its namespace last: a file that does not end so was cut short somewhere.
            if (!text.EndsWith("}\n"))
                throw new IncompleteOutputException($"template {templateName} wrote a file that does not end with its closing brace ({text.Length} characters)");
            return text;
        }

        /// <summary>What Template.Render does, into pieces instead of one StringBuilder (see GeneratedText).</summary>
        internal static GeneratedText RenderPage(ScriptPage page, ScriptObject globals)
        {
            var output = new TextPieces();
            var context = new EmitContext(globals);
            context.PushOutput(output);
            if (context.Evaluate(page) is { } result) context.Write(page.Span, result);
            return output.ToText();
        }

        /// <summary>The templates as rendered: each one's page, loaded once.</summary>
        internal static IReadOnlyDictionary<string, ScriptPage> LoadedTemplates => Templates.Value;

        /// <summary>A parsed template's page, rewritten (see <see cref="TemplateRewriter"/>).</summary>
        internal static ScriptPage Prepare(Template template)
            => (ScriptPage)new TemplateRewriter().Visit(template.Page ?? throw new InvalidOperationException("a template with no page"));

        private static IReadOnlyDictionary<string, ScriptPage> LoadTemplates()
        {
            var assembly = typeof(SchemaEmitter).Assembly;
            const string prefix = "SchemaGen.Templates.";
            var templates = new Dictionary<string, ScriptPage>(StringComparer.Ordinal);
            foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                string name = resource.Substring(prefix.Length, resource.Length - prefix.Length - ".scriban".Length);
                Template template = Template.Parse(reader.ReadToEnd(), resource);
                if (template.HasErrors)
                    throw new InvalidOperationException($"template {name}: {string.Join("; ", template.Messages)}");
                templates[name] = Prepare(template);
            }
            return templates;
        }
    }
}
