using System.CommandLine;
using System.Linq;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Loading;

namespace SchemaGen.Cli.Commands
{
    /// <summary>schemagen lint SCHEMA.yaml…: the schema diagnostics as file:line:column: severity ID: message; exit 1 on errors.</summary>
    internal static class LintCommand
    {
        public static Command Create(CliContext context)
        {
            var schemas = new Argument<string[]>("schemas") { Description = "Schema YAML files.", Arity = ArgumentArity.OneOrMore };
            var command = new Command("lint", "Check schema files and print their diagnostics as file:line:column: severity ID: message.") { schemas };
            command.SetAction(parsed =>
            {
                int errors = 0, warnings = 0;
                bool unreadable = false;
                foreach (string path in parsed.GetValue(schemas)!)
                {
                    if (!SchemaFiles.TryRead(path, context.Err, out string text)) { unreadable = true; continue; }
                    SchemaLoadResult loaded = SchemaLoader.Load(text, path);
                    errors += SchemaFiles.Print(context.Out, loaded.Diagnostics);
                    warnings += loaded.Diagnostics.Count(d => d.Severity == FindingSeverity.Warning);
                }
                context.Err.WriteLine($"{Output.SummaryTable.Plural(errors, "error")}, {Output.SummaryTable.Plural(warnings, "warning")}");
                return unreadable ? Cli.UsageOrInput : errors > 0 ? Cli.Findings : Cli.Clean;
            });
            return command;
        }
    }
}
