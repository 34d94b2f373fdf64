using System;
using BenchmarkDotNet.Running;
using SchemaGen.Benchmarks.Whole;

namespace SchemaGen.Benchmarks
{
    internal static class Program
    {
        /// <summary>
        /// <c>process …</c>: the whole-process harness (throughput, start-up, one large file, per-report cost by kind);
        /// <c>corpus DIR …</c>: write a rendered corpus; <c>consumer DIR</c>: write the analyzers part's 240 source files
        /// into DIR (for a real build of them against the package); <c>generator-steps</c>: the generator's steps, first run and warm;
        /// <c>generator-cold-runs [SECONDS]</c>: cold generator runs back to back, their mean, median, allocation and collections;
        /// <c>validator-first-call</c>: the generated validators' first call in a fresh process, then warm;
        /// <c>report-stages [KIND] [REPORTS] [--shape NAME] [--dir DIR] [--types]</c>: one report's CPU and allocation stage by stage, warm;
        /// <c>alloc-sites TRACE [DEPTH] [UNDER]</c>: bytes allocated by type and SchemaGen method, from a dotnet-trace file;
        /// <c>analyzer-probe NAME BUILDS</c>: builds the consumer of the analyzers
        /// part that many times with one analyzer, for a profiler to watch (dotnet-trace); anything else goes to BenchmarkDotNet (<c>--filter '*'</c>).
        /// </summary>
        private static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "process") return WholeProcessHarness.Run(args[1..]);
            if (args.Length > 0 && args[0] == "corpus") return CorpusWriter.Run(args[1..]);
            if (args.Length > 1 && args[0] == "generator-probe") return GeneratorProbe.RunChild(args[1]);
            if (args.Length > 0 && args[0] == "generator-steps") return GeneratorSteps.Run(args[1..]);
            if (args.Length > 0 && args[0] == "generator-cold-runs") return GeneratorColdRuns.Run(args[1..]);
            if (args.Length > 0 && args[0] == "validator-first-call") return ValidatorFirstCall.Run();
            if (args.Length > 0 && args[0] == "report-stages") return ReportStages.Run(args[1..]);
            if (args.Length > 0 && args[0] == "alloc-sites") return AllocationSites.Run(args[1..]);
            if (args.Length > 1 && args[0] == "consumer") return WriteConsumer(args[1]);
            if (args.Length > 2 && args[0] == "analyzer-probe") return AnalyzerOverhead.Probe(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        private static int WriteConsumer(string directory)
        {
            System.IO.Directory.CreateDirectory(directory);
            foreach (var (name, text) in ConsumerCode.Write(240, 1))
                System.IO.File.WriteAllText(System.IO.Path.Combine(directory, name), text);
            return 0;
        }
    }
}
