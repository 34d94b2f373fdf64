using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGen.Corpus;
using SchemaGen.Corpus.Rendering;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/SchemaGen.Benchmarks -- process [options]</c>: schemagen measured from
    /// outside, as a user runs it, each figure beside a baseline measured in the same run with runs interleaved
    /// (subject, baseline, subject, …) so that load on a shared machine falls on both. Writes results.md and
    /// results.json to the output directory.
    /// </summary>
    internal static class WholeProcessHarness
    {
        public static int Run(string[] args)
        {
            var options = HarnessOptions.Parse(args);
            if (options is null)
            {
                Console.Error.WriteLine(HarnessOptions.Usage);
                return 2;
            }
            if (!ProcessMeasurer.IsAvailable)
            {
                Console.Error.WriteLine("the whole-process harness needs GNU time at /usr/bin/time (Debian package 'time')");
                return 2;
            }
            Action<string> log = message => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
            Directory.CreateDirectory(options.WorkDirectory);
            // Only the parts that run published programs need them published.
            Programs? programs = options.Parts.Overlaps(new[] { "startup", "throughput", "large" }) ? Programs.Publish(options.WorkDirectory, options.Reuse, log) : null;
            var figures = new List<Figure>();
            if (options.Parts.Contains("startup")) figures.AddRange(StartUp(programs!, options, log));
            if (options.Parts.Contains("throughput")) figures.AddRange(Throughput(programs!, options, log));
            if (options.Parts.Contains("large")) figures.AddRange(LargeReport(programs!, options, log));
            if (options.Parts.Contains("generator")) figures.AddRange(GeneratorProbe.Run(options.Runs, log));
            if (options.Parts.Contains("inprocess")) figures.AddRange(InProcessComparison.Run(options.InProcessReports, options.Runs, options.Seed, log));
            if (options.Parts.Contains("analyzers")) figures.AddRange(AnalyzerOverhead.Run(options.ConsumerFiles, Math.Max(options.Runs, 5), (int)options.Seed, log));
            var context = new List<string>
            {
                $"taken {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}); load average at the end: {LoadAverage()}",
                "figures are medians of the runs; wall = elapsed time, CPU = user + system time of every thread, peak = maximum resident set",
                $"command: dotnet run -c Release --project tests/SchemaGen.Benchmarks -- process {string.Join(' ', args)}",
            };
            FigureReport.Write(options.OutputDirectory, "schemagen performance", figures, context);
            log($"wrote {Path.Combine(options.OutputDirectory, "results.md")} and results.json");
            Console.WriteLine(File.ReadAllText(Path.Combine(options.OutputDirectory, "results.md")));
            return 0;
        }

        private static IEnumerable<Figure> StartUp(Programs programs, HarnessOptions options, Action<string> log)
        {
            string seed = Files.Seed("001");
            var empty = new Series("empty console program");
            var readyToRun = new Series("schemagen check (ReadyToRun)");
            var jit = new Series("schemagen check (JIT only)");
            var native = new Series("schemagen check (Native AOT)");
            var version = new Series("schemagen --version (ReadyToRun)");
            string[] check = { "check", seed, "--format", "json" };
            log($"start-up: {options.StartupRuns} rounds");
            for (int i = 0; i < options.StartupRuns; i++)
            {
                empty.Samples.Add(ProcessMeasurer.Run(programs.Empty, Array.Empty<string>()));
                readyToRun.Samples.Add(ProcessMeasurer.Run(programs.CliReadyToRun, check));
                jit.Samples.Add(ProcessMeasurer.Run(programs.CliJit, check));
                native.Samples.Add(ProcessMeasurer.Run(programs.CliNative, check));
                version.Samples.Add(ProcessMeasurer.Run(programs.CliReadyToRun, new[] { "--version" }));
            }
            const string section = "Start-up: one file (seed 001), JSON output";
            yield return Figure.Of(section, "check one file, Native AOT", native, empty, "wall ≤ 1.5×");
            yield return Figure.Of(section, "check one file, ReadyToRun", readyToRun, empty, "wall ≤ 1.5×");
            yield return Figure.Of(section, "check one file, JIT only (as `dotnet build` leaves it)", jit, empty, "wall ≤ 1.5×");
            yield return Figure.Of(section, "ReadyToRun against JIT only", readyToRun, jit, "");
            yield return Figure.Of(section, "Native AOT against ReadyToRun", native, readyToRun, "");
            yield return Figure.Of(section, "--version: host, runtime and System.CommandLine alone", version, empty, "");
        }

        private static IEnumerable<Figure> Throughput(Programs programs, HarnessOptions options, Action<string> log)
        {
            log($"throughput: rendering a pool of {options.Pool} text reports (seed {options.Seed}, a fifth broken)");
            // Markdown reports are written as .txt: `check DIR` reads a folder's .md files only when named (they are usually
            // its README), and a file the checker skips must not count as a report checked (before this, a fifth did).
            var pool = SchemaGen.Corpus.Corpus.Sample(options.Pool, options.Seed, new SampleOptions { Shapes = Shapes.TextShapes, BrokenShare = 0.2 })
                .Select(r => (Name: Path.ChangeExtension(r.FileName, ".txt"), r.Content)).ToArray();
            foreach (int files in options.Scales)
            {
                string directory = Path.Combine(options.WorkDirectory, "corpus-" + files.ToString(CultureInfo.InvariantCulture));
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                Directory.CreateDirectory(directory);
                long bytes = 0;
                for (int i = 0; i < files; i++)
                {
                    var (name, content) = pool[i % pool.Length];
                    File.WriteAllBytes(Path.Combine(directory, i.ToString("D6", CultureInfo.InvariantCulture) + "-" + name), content);
                    bytes += content.Length;
                }
                var baseline = new Series("read + UTF-8 decode + split lines (one thread)");
                var check = new Series("schemagen check DIR --format json (ReadyToRun)");
                var native = new Series("schemagen check DIR --format json (Native AOT)");
                // Large scales take minutes a run: fewer rounds (said in the results by the runs column).
                int runs = files >= 100_000 ? 1 : files >= 10_000 ? Math.Min(options.Runs, 2) : options.Runs;
                log($"throughput: {files} files ({bytes / (1024 * 1024)} MiB), {runs} rounds");
                string[] checkDirectory = { "check", directory, "--format", "json" };
                for (int i = 0; i < runs; i++)
                {
                    baseline.Samples.Add(ProcessMeasurer.Run(programs.ReadLines, new[] { directory }));
                    check.Samples.Add(ProcessMeasurer.Run(programs.CliReadyToRun, checkDirectory));
                    native.Samples.Add(ProcessMeasurer.Run(programs.CliNative, checkDirectory));
                }
                if (!options.Keep) Directory.Delete(directory, recursive: true);
                const string section = "Batch throughput: text reports rendered by tests/SchemaGen.Corpus (every text layout, a fifth broken)";
                const string goal = "≥ 10,000 reports/s on 2 cores; peak < 200 MiB at 10,000";
                yield return Figure.Of(section, $"{files:N0} files", check, baseline, goal,
                    Invariant($"schemagen {files / check.Wall:0} reports/s wall, {files / check.Cpu:0} per CPU-second; baseline {files / baseline.Wall:0} files/s wall"));
                yield return Figure.Of(section, $"{files:N0} files, Native AOT", native, baseline, goal,
                    Invariant($"schemagen {files / native.Wall:0} reports/s wall, {files / native.Cpu:0} per CPU-second"));
            }
        }

        private static IEnumerable<Figure> LargeReport(Programs programs, HarnessOptions options, Action<string> log)
        {
            string largest = Directory.GetFiles(Path.Combine(Files.Root, "tests", "fixtures", "seeds"), "*.txt").OrderByDescending(f => new FileInfo(f).Length).First();
            string text = File.ReadAllText(largest);
            var checks = new List<(int Copies, Series Check, Series Baseline)>();
            foreach (int copies in new[] { 1, 10, 100 })
            {
                string path = Path.Combine(options.WorkDirectory, $"largest-x{copies}.txt");
                var joined = new StringBuilder();
                for (int i = 0; i < copies; i++) joined.Append(text).Append('\n');
                File.WriteAllText(path, joined.ToString(), new UTF8Encoding(false));
                checks.Add((copies, new Series($"schemagen check, {Path.GetFileName(largest)} ×{copies} in one file"), new Series($"read + decode + split, ×{copies}")));
            }
            log($"large report: {Path.GetFileName(largest)} ×1, ×10, ×100, {options.Runs} rounds");
            for (int i = 0; i < options.Runs; i++)
                foreach (var (copies, check, baseline) in checks)
                {
                    string path = Path.Combine(options.WorkDirectory, $"largest-x{copies}.txt");
                    baseline.Samples.Add(ProcessMeasurer.Run(programs.ReadLines, new[] { path }));
                    check.Samples.Add(ProcessMeasurer.Run(programs.CliReadyToRun, new[] { "check", path, "--format", "json" }));
                }
            const string section = "One large file: the largest real report repeated (linear means each added copy costs the same)";
            double perCopyLow = (checks[1].Check.Cpu - checks[0].Check.Cpu) / 9;
            double perCopyHigh = (checks[2].Check.Cpu - checks[1].Check.Cpu) / 90;
            // GNU time reads CPU to 10 ms: nine copies may add less than two ticks, and a ratio to that would mean nothing.
            string ratio = perCopyLow * 9 >= 0.02 ? Invariant($"ratio {perCopyHigh / perCopyLow:0.00}") : "no ratio: the first step is within two ticks of the 10 ms CPU clock";
            foreach (var (copies, check, baseline) in checks)
                yield return Figure.Of(section, $"×{copies}", check, baseline, copies == 100 ? "linear" : "",
                    copies == 100 ? Invariant($"CPU per added copy: {perCopyLow * 1000:0.#} ms from ×1 to ×10, {perCopyHigh * 1000:0.#} ms from ×10 to ×100 ({ratio})") : "");
        }

        private static string LoadAverage()
        {
            try
            {
                return File.ReadAllText("/proc/loadavg").Split(' ')[0];
            }
            catch (IOException)
            {
                return "unknown";
            }
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class HarnessOptions
    {
        public const string Usage =
            "usage: process [--parts startup,throughput,large,generator,inprocess,analyzers] [--scales 1000,10000] [--runs 3] [--startup-runs 10]\n" +
            "               [--pool 500] [--inprocess-reports 60] [--consumer-files 240] [--seed 1] [--work DIR] [--out DIR] [--reuse] [--keep]";

        public HashSet<string> Parts { get; private set; } = new() { "startup", "throughput", "large", "generator", "inprocess", "analyzers" };

        /// <summary>How many source files the consumer of the analyzers part has (the issue asks for at least 200).</summary>
        public int ConsumerFiles { get; private set; } = 240;

        public int[] Scales { get; private set; } = { 1_000, 10_000 };

        public int Runs { get; private set; } = 3;

        public int StartupRuns { get; private set; } = 10;

        public int Pool { get; private set; } = 500;

        public int InProcessReports { get; private set; } = 60;

        public long Seed { get; private set; } = 1;

        public string WorkDirectory { get; private set; } = Path.Combine(Path.GetTempPath(), "schemagen-perf");

        public string OutputDirectory { get; private set; } = Path.Combine(Files.Root, "artifacts", "perf");

        /// <summary>Reuse programs already published to the work directory.</summary>
        public bool Reuse { get; private set; }

        /// <summary>Keep the generated corpus directories.</summary>
        public bool Keep { get; private set; }

        public static HarnessOptions? Parse(string[] args)
        {
            var options = new HarnessOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string? Next() => i + 1 < args.Length ? args[++i] : null;
                int[]? Numbers() => Next()?.Split(',').Select(n => int.Parse(n.Replace("_", ""), CultureInfo.InvariantCulture)).ToArray();
                switch (args[i])
                {
                    case "--parts": options.Parts = new HashSet<string>((Next() ?? "").Split(',')); break;
                    case "--scales": options.Scales = Numbers() ?? options.Scales; break;
                    case "--runs": options.Runs = Numbers()?[0] ?? options.Runs; break;
                    case "--startup-runs": options.StartupRuns = Numbers()?[0] ?? options.StartupRuns; break;
                    case "--pool": options.Pool = Numbers()?[0] ?? options.Pool; break;
                    case "--inprocess-reports": options.InProcessReports = Numbers()?[0] ?? options.InProcessReports; break;
                    case "--consumer-files": options.ConsumerFiles = Numbers()?[0] ?? options.ConsumerFiles; break;
                    case "--seed": options.Seed = Numbers()?[0] ?? options.Seed; break;
                    case "--work": options.WorkDirectory = Path.GetFullPath(Next() ?? options.WorkDirectory); break;
                    case "--out": options.OutputDirectory = Path.GetFullPath(Next() ?? options.OutputDirectory); break;
                    case "--reuse": options.Reuse = true; break;
                    case "--keep": options.Keep = true; break;
                    default: return null;
                }
            }
            return options;
        }
    }
}
