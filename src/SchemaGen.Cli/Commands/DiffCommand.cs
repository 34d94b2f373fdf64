using System.CommandLine;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Versioning;

namespace SchemaGen.Cli.Commands
{
    /// <summary>schemagen diff OLD.yaml NEW.yaml: the change report between two schema versions.</summary>
    internal static class DiffCommand
    {
        public static Command Create(CliContext context)
        {
            var older = new Argument<string>("OLD") { Description = "The older schema YAML." };
            var newer = new Argument<string>("NEW") { Description = "The newer schema YAML." };
            Option<string> format = CommonOptions.Format("text", "json");
            var command = new Command("diff", "Report what changed between two schema versions, classified as breaking for code and for data.") { older, newer, format };
            command.SetAction(parsed =>
            {
                SchemaLoadResult? old = Load(context, parsed.GetValue(older)!);
                SchemaLoadResult? @new = Load(context, parsed.GetValue(newer)!);
                if (old?.Document is null || @new?.Document is null) return Cli.UsageOrInput;
                ChangeReport report = ChangeReport.Compare(old.Document, @new.Document);
                string text = parsed.GetValue(format) == "json" ? report.ToJson() : report.ToText();
                context.Out.Write(text);
                if (!text.EndsWith('\n')) context.Out.WriteLine();
                return Cli.Clean;
            });
            return command;
        }

        /// <summary>A schema with errors cannot be diffed meaningfully: its diagnostics go to stderr and the result is null.</summary>
        private static SchemaLoadResult? Load(CliContext context, string path)
        {
            if (!SchemaFiles.TryRead(path, context.Err, out string text)) return null;
            SchemaLoadResult loaded = SchemaLoader.Load(text, path);
            if (!loaded.HasErrors) return loaded;
            SchemaFiles.Print(context.Err, loaded.Diagnostics);
            context.Err.WriteLine($"{path}: cannot diff: the schema has errors");
            return null;
        }
    }
}
