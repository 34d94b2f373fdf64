using System;
using System.Diagnostics;
using System.IO;
using SchemaGen.Formats;
using SchemaGen.Runtime.Formats;
using static System.FormattableString;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// <c>validator-first-call</c>: what the generated validator costs a fresh process (as a library user's first report
    /// or the framework-dependent tool pays it: JIT compiling and loading included), then warm. Parses seed 001 (2021)
    /// and seed 003 (2019) first, so that only validating is timed; prints one line per version. Run it a few times, in a
    /// fresh process each: first calls vary from run to run.
    /// </summary>
    internal static class ValidatorFirstCall
    {
        private const int WarmCalls = 20000;

        public static int Run()
        {
            foreach (var (version, seed) in new[] { ("2021", "001"), ("2019", "003") })
            {
                IReportFormat format = FormatCatalog.Find(version)!.Format;
                object report = format.Parse(File.ReadAllText(Files.Seed(seed))).Report;
                var clock = Stopwatch.StartNew();
                int findings = format.Validate(report).Findings.Count;
                double first = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                for (int i = 0; i < WarmCalls; i++) format.Validate(report);
                double warm = clock.Elapsed.TotalMilliseconds * 1000 / WarmCalls;
                Console.WriteLine(Invariant($"{version} (seed {seed}, {findings} findings): first validation {first:F1} ms, then {warm:F1} µs each over {WarmCalls}"));
            }
            return 0;
        }
    }
}
