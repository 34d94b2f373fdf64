using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Pipeline;

namespace SchemaGen.Cli.Commands
{
    /// <summary>
    /// schemagen generate SCHEMA.yaml… -o DIR: writes exactly the files the source generator adds for these schema
    /// files (Generation.GenerateAll runs the generator's own steps in a row: each schema's models, descriptor, parser,
    /// validator and format entry, a converter for each schema whose migration names another given schema, and the
    /// list of formats) as UTF-8 without BOM with \n line endings, so a checked-in copy such as generated-samples/ can be
    /// regenerated and compared byte for byte.
    /// </summary>
    internal static class GenerateCommand
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static Command Create(CliContext context)
        {
            var schemas = new Argument<string[]>("schemas") { Description = "Schema YAML files (give both versions to get the converter between them).", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--output", "-o") { Description = "Directory to write the C# files into (created if needed).", Required = true, HelpName = "DIR" };
            var ns = new Option<string?>("--namespace") { Description = "Namespace for the generated code, overriding each schema's format.namespace (as SchemaGenNamespace does in a project)." };
            var clean = new Option<bool>("--clean") { Description = "Delete the *.g.cs files already in DIR first, so that none is left stale." };
            var command = new Command("generate", "Generate the C# the source generator emits for schema files (models, descriptor, parser, validator, converters) into a directory.")
            {
                schemas, output, ns, clean,
            };
            command.SetAction(parsed => Run(context, parsed.GetValue(schemas)!, parsed.GetValue(output)!, parsed.GetValue(ns), parsed.GetValue(clean)));
            return command;
        }

        private static int Run(CliContext context, string[] schemaPaths, string outputDirectory, string? namespaceOverride, bool clean)
        {
            var inputs = new List<SchemaFileInput>();
            foreach (string path in schemaPaths)
            {
                if (!SchemaFiles.TryRead(path, context.Err, out string text)) return Cli.UsageOrInput;
                inputs.Add(new SchemaFileInput(path, text, namespaceOverride));
            }

            var (files, diagnostics) = Generation.GenerateAll(inputs);
            bool errors = SchemaFiles.Print(context.Err, diagnostics) > 0;
            if (errors)
            {
                context.Err.WriteLine("nothing written: the schemas have errors");
                return Cli.Findings;
            }

            Directory.CreateDirectory(outputDirectory);
            if (clean)
                foreach (string stale in Directory.GetFiles(outputDirectory, "*.g.cs")) File.Delete(stale);
            foreach (GeneratedFile file in files)
            {
                string target = Path.Combine(outputDirectory, file.HintName);
                File.WriteAllText(target, file.Text.Replace("\r\n", "\n"), Utf8NoBom);
                context.Out.WriteLine($"wrote {target}");
            }
            return Cli.Clean;
        }
    }
}
