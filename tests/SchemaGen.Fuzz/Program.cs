using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// <code>
    /// SchemaGen.Fuzz list                                   the harnesses
    /// SchemaGen.Fuzz seeds TARGET DIR                       write the seed corpus (for afl-fuzz -i)
    /// SchemaGen.Fuzz dict TARGET                            print the dictionary file's path (for afl-fuzz -x)
    /// SchemaGen.Fuzz afl TARGET                             under afl-fuzz (SharpFuzz's fork server; the input on stdin)
    /// SchemaGen.Fuzz libfuzzer TARGET                       under libfuzzer-dotnet
    /// SchemaGen.Fuzz replay TARGET FILE|DIR…                run inputs once each, say what failed (exit 1 if any)
    /// SchemaGen.Fuzz mutate TARGET [--seconds N] [--inputs N] [--seed N] [--crashes DIR]
    ///                                                       the built-in mutator, no afl-fuzz needed
    /// </code>
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help") return Usage(0);
            if (args[0] == "list")
            {
                foreach (FuzzTarget t in FuzzTarget.All) Console.WriteLine($"{t.Name,-8} {t.Description} (time limit {t.TimeLimit.TotalSeconds:0}s, dictionary {t.Dictionary ?? "none"})");
                return 0;
            }
            if (args.Length < 2) return Usage(2);
            FuzzTarget? target = FuzzTarget.Find(args[1]);
            if (target is null)
            {
                Console.Error.WriteLine($"no target '{args[1]}'; targets: {string.Join(", ", FuzzTarget.All.Select(t => t.Name))}");
                return 2;
            }
            switch (args[0])
            {
                case "afl":
                    // The harness runs in a child process that afl-fuzz's fork server restarts after a stack overflow or a kill on timeout.
                    Fuzzer.OutOfProcess.Run(stream => target.Run(ReadAll(stream)));
                    return 0;
                case "libfuzzer":
                    Fuzzer.LibFuzzer.Run(span => target.Run(span));
                    return 0;
                case "seeds":
                    return WriteSeeds(target, args);
                case "dict":
                    Console.WriteLine(target.Dictionary is null ? "" : Path.Combine(FuzzDictionary.DirectoryPath, target.Dictionary));
                    return 0;
                case "replay":
                    // Reproducing: run known open crashes too.
                    FuzzTarget.SkipKnownOpenCrashes = false;
                    return Replay(target, args.Skip(2));
                case "mutate":
                    return Mutate(target, args.Skip(2).ToArray());
                default:
                    return Usage(2);
            }
        }

        private static int Usage(int code)
        {
            (code == 0 ? Console.Out : Console.Error).WriteLine(
                "usage: SchemaGen.Fuzz list | seeds TARGET DIR | dict TARGET | afl TARGET | libfuzzer TARGET | replay TARGET FILE|DIR... | mutate TARGET [--seconds N] [--inputs N] [--seed N] [--crashes DIR]\n" +
                "targets: " + string.Join(", ", FuzzTarget.All.Select(t => t.Name)));
            return code;
        }

        private static byte[] ReadAll(Stream stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        private static int WriteSeeds(FuzzTarget target, string[] args)
        {
            if (args.Length < 3) return Usage(2);
            Directory.CreateDirectory(args[2]);
            int i = 0;
            foreach (Seed seed in target.LoadSeeds())
            {
                string name = string.Concat(seed.Name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
                File.WriteAllBytes(Path.Combine(args[2], $"{i++:D3}-{name}"), seed.Bytes);
            }
            Console.WriteLine($"{i} seeds written to {args[2]}");
            return 0;
        }

        private static int Replay(FuzzTarget target, IEnumerable<string> paths)
        {
            int failed = 0, run = 0;
            foreach (string path in paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.GetFiles(p).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal) : new[] { p }))
            {
                run++;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    target.Run(File.ReadAllBytes(path));
                    Console.WriteLine($"ok     {clock.Elapsed.TotalSeconds,6:0.000}s {path}");
                }
                catch (Exception ex)
                {
                    failed++;
                    Console.WriteLine($"FAILED {clock.Elapsed.TotalSeconds,6:0.000}s {path}\n  [{FuzzRunner.Signature(ex)}] {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
                }
            }
            Console.WriteLine($"{run} inputs, {failed} failed");
            return failed == 0 ? 0 : 1;
        }

        private static int Mutate(FuzzTarget target, string[] args)
        {
            var options = new FuzzRunOptions { Log = line => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}") };
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                string value = args[i + 1];
                options = args[i] switch
                {
                    "--seconds" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                    "--inputs" => options with { MaxInputs = long.Parse(value, CultureInfo.InvariantCulture) },
                    "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                    "--crashes" => options with { CrashDirectory = value },
                    _ => throw new ArgumentException("unknown option " + args[i]),
                };
            }
            FuzzRunResult result = FuzzRunner.Run(target, options);
            Console.WriteLine(result.Summary());
            foreach (FuzzFailure failure in result.Failures) Console.WriteLine("  " + failure);
            return result.Failures.Count == 0 ? 0 : 1;
        }
    }
}
