namespace SchemaGen.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            // Ctrl-C or SIGTERM during a batch closes the output properly instead of cutting it off.
            using Interruption interruption = Interruption.OnSignals();
            Output.StandardOutput output = Output.StandardOutput.Open();
            var context = new CliContext(output.Writer, System.Console.Error, !System.Console.IsErrorRedirected)
            {
                Interruption = interruption,
                OutBytes = output.Bytes,
            };
            return Cli.Run(args, context);
        }
    }
}
