using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using SchemaGen.Cli.Commands;
using SchemaGen.Formats;

namespace SchemaGen.Cli
{
    /// <summary>
    /// Where a command writes, whether stderr is a terminal (the progress bar draws only then), what interrupts a run, and
    /// the format versions check and compare know (the generated catalog unless a caller, such as a test with a made-up
    /// version, gives others).
    /// </summary>
    public sealed record CliContext(TextWriter Out, TextWriter Err, bool ErrorIsTerminal)
    {
        public IReadOnlyList<FormatEntry> Formats { get; init; } = FormatCatalog.All;

        /// <summary>
        /// The stream <see cref="Out"/> writes UTF-8 to, when known: JSON goes there as the bytes it is written in (see
        /// <see cref="Output.OutputTarget.Utf8Bytes"/>). None by default (in-process, <see cref="Out"/> is the caller's writer).
        /// </summary>
        public Stream? OutBytes { get; init; }

        /// <summary>Ctrl-C and SIGTERM for the real process (see <see cref="Program"/>); never, in-process.</summary>
        public Interruption Interruption { get; init; } = Interruption.None;
    }

    /// <summary>
    /// The command-line entry, callable in-process. Exit codes: 0 clean; 1 findings at or above --fail-on (or, for
    /// lint, schema errors); 2 usage errors, unreadable input, or a failure of the tool itself.
    /// </summary>
    public static class Cli
    {
        public const int Clean = 0;
        public const int Findings = 1;
        public const int UsageOrInput = 2;

        /// <summary>Runs schemagen with the given writers; stderr counts as a terminal only when it is the real, unredirected console.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error)
            => Run(args, new CliContext(output, error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected));

        public static int Run(string[] args, CliContext context)
        {
            RootCommand root = BuildRoot(context);
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var parseError in parsed.Errors) context.Err.WriteLine("schemagen: " + parseError.Message);
                context.Err.WriteLine("Run 'schemagen --help' for usage.");
                return UsageOrInput;
            }
            try
            {
                int code = parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Err, EnableDefaultExceptionHandler = false });
                context.Out.Flush();
                return code;
            }
            catch (Output.OutputUnavailableException ex)
            {
                context.Err.WriteLine("schemagen: " + ex.Message);
                return UsageOrInput;
            }
            catch (Exception ex)
            {
                FlushQuietly(context.Out); // what was written before the failure is kept
                context.Err.WriteLine($"schemagen: internal error: {ex.GetType().Name}: {ex.Message}");
                if (Environment.GetEnvironmentVariable("SCHEMAGEN_DEBUG") is { Length: > 0 }) context.Err.WriteLine(ex);
                return UsageOrInput;
            }
        }

        private static void FlushQuietly(TextWriter writer)
        {
            try
            {
                writer.Flush();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                // The failure being reported may be this writer's own.
            }
        }

        public static RootCommand BuildRoot(CliContext context)
        {
            var root = new RootCommand("schemagen — check government information disclosure annual reports against the statutory formats, and work with SchemaGen schema files.");
            root.Subcommands.Add(CheckCommand.Create(context));
            root.Subcommands.Add(CompareCommand.Create(context));
            root.Subcommands.Add(ExtractCommand.Create(context));
            root.Subcommands.Add(GenerateCommand.Create(context));
            root.Subcommands.Add(LintCommand.Create(context));
            root.Subcommands.Add(DiffCommand.Create(context));
            root.Subcommands.Add(DocsCommand.Create(context));
            return root;
        }
    }
}
