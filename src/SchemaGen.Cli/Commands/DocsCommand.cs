using System.CommandLine;
using SchemaGen.Docs;

namespace SchemaGen.Cli.Commands
{
    /// <summary>schemagen docs SCHEMA.yaml… -o DIR: Markdown and HTML documentation of the schemas.</summary>
    internal static class DocsCommand
    {
        public static Command Create(CliContext context)
        {
            var schemas = new Argument<string[]>("schemas") { Description = "Schema YAML files.", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--output", "-o") { Description = "Directory to write the documentation into.", Required = true, HelpName = "DIR" };
            var command = new Command("docs", "Write Markdown and HTML documentation for schema files, with a help page per diagnostic.") { schemas, output };
            command.SetAction(parsed => DocsWriter.Write(parsed.GetValue(schemas)!, parsed.GetValue(output)!, context.Err));
            return command;
        }
    }
}
