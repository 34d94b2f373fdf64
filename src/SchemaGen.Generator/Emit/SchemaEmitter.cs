using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Generator.Spec;
using Scriban;
using Scriban.Runtime;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// Writes C# from a <see cref="GenerationSpec"/> with the Scriban templates embedded in this assembly.
    /// Used by the source generator and by <c>schemagen generate</c>, so both write the same bytes.
    /// </summary>
    public static class SchemaEmitter
    {
        private static readonly Lazy<IReadOnlyDictionary<string, Template>> Templates = new(LoadTemplates);

        public static IReadOnlyList<GeneratedFile> Emit(GenerationSpec spec)
        {
            string prefix = spec.Namespace + "." + spec.ModelName;
            var files = new List<GeneratedFile>
            {
                new(prefix + ".g.cs", Render("Model", spec, null)),
            };
            foreach (TableModelSpec table in spec.Tables)
                files.Add(new(spec.Namespace + "." + table.ClassName + ".g.cs", Render("Table", spec, table)));
            files.Add(new(spec.Namespace + "." + spec.SchemaClass + ".g.cs", Render("Schema", spec, null)));
            files.Add(new(spec.Namespace + "." + spec.ParserClass + ".g.cs", Render("Parser", spec, null)));
            files.Add(new(spec.Namespace + "." + spec.ValidatorClass + ".g.cs", Render("Validator", spec, null)));
            return files;
        }

        /// <summary>The converter from an older format version, declared by the newer schema's migration block.</summary>
        public static GeneratedFile EmitConverter(ConverterSpec converter)
        {
            var globals = new ScriptObject();
            globals.SetValue("converter", converter, readOnly: true);
            return new GeneratedFile(converter.HintName, Render("Converter", globals));
        }

        private static string Render(string templateName, GenerationSpec spec, TableModelSpec? table)
        {
            var globals = new ScriptObject();
            globals.SetValue("spec", spec, readOnly: true);
            globals.SetValue("table", table, readOnly: true);
            return Render(templateName, globals);
        }

        private static string Render(string templateName, ScriptObject globals)
        {
            var context = new TemplateContext
            {
                MemberRenamer = member => member.Name, // templates use the spec's own property names
                StrictVariables = true,
                LoopLimit = 0,
                RecursiveLimit = 0,
                NewLine = "\n",
            };
            context.PushGlobal(globals);
            context.PushCulture(System.Globalization.CultureInfo.InvariantCulture); // numbers in code never follow the machine's culture
            string text = Templates.Value[templateName].Render(context);
            return text.Replace("\r\n", "\n");
        }

        private static IReadOnlyDictionary<string, Template> LoadTemplates()
        {
            var assembly = typeof(SchemaEmitter).Assembly;
            const string prefix = "SchemaGen.Templates.";
            var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
            foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                string name = resource.Substring(prefix.Length, resource.Length - prefix.Length - ".scriban".Length);
                Template template = Template.Parse(reader.ReadToEnd(), resource);
                if (template.HasErrors)
                    throw new InvalidOperationException($"template {name}: {string.Join("; ", template.Messages)}");
                templates[name] = template;
            }
            return templates;
        }
    }
}
