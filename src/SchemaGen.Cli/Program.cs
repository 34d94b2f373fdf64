namespace SchemaGen.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            // Ctrl-C or SIGTERM during a batch closes the output properly instead of cutting it off.
            using Interruption interruption = Interruption.OnSignals();
            var context = new CliContext(System.Console.Out, System.Console.Error, !System.Console.IsErrorRedirected) { Interruption = interruption };
            return Cli.Run(args, context);
        }
    }
}
