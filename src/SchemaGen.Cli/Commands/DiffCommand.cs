using System.CommandLine;
using SchemaGen.Schema.Semantics;
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
                SchemaModel? old = SchemaFiles.LoadModel(context.Err, parsed.GetValue(older)!, "diff");
                SchemaModel? @new = SchemaFiles.LoadModel(context.Err, parsed.GetValue(newer)!, "diff");
                if (old is null || @new is null) return Cli.UsageOrInput;
                ChangeReport report = ChangeReport.Compare(old, @new);
                string text = parsed.GetValue(format) == "json" ? report.ToJson() : report.ToText();
                context.Out.Write(text);
                if (!text.EndsWith('\n')) context.Out.WriteLine();
                return Cli.Clean;
            });
            return command;
        }
    }
}
