using System.IO;
using System.Text.Json;

namespace SchemaGen.Cli.Tests.Support
{
    internal sealed record CliRun(int ExitCode, string Out, string Err)
    {
        public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    /// <summary>Runs schemagen in-process with captured stdout and stderr.</summary>
    internal static class CliHarness
    {
        public static CliRun Run(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int code = Cli.Run(args, output, error);
            return new CliRun(code, output.ToString(), error.ToString());
        }

        /// <summary>As if stderr were a terminal: the only way the progress bar draws.</summary>
        public static CliRun RunWithTerminal(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int code = Cli.Run(args, new CliContext(output, error, ErrorIsTerminal: true));
            return new CliRun(code, output.ToString(), error.ToString());
        }
    }
}
