namespace SchemaGen.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            // Ctrl-C or SIGTERM during a batch closes the output properly instead of cutting it off.
            using Interruption interruption = Interruption.OnSignals();
            var context = new CliContext(System.Console.Out, System.Console.Error, !System.Console.IsErrorRedirected)
            {
                Interruption = interruption,
                OutBytes = StandardOutputBytes,
            };
            return Cli.Run(args, context);
        }

        /// <summary>
        /// Standard output's own stream when the console writer encodes UTF-8 (as it does unless the locale says otherwise):
        /// the same bytes reach it either way, without JSON's UTF-8 being decoded into text and encoded back.
        /// </summary>
        private static System.IO.Stream? StandardOutputBytes()
            => System.Console.OutputEncoding.CodePage == System.Text.Encoding.UTF8.CodePage ? System.Console.OpenStandardOutput() : null;
    }
}
