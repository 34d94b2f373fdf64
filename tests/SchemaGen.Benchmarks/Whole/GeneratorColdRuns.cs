using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static System.FormattableString;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// <c>generator-cold-runs [SECONDS]</c>: cold generator runs over both schemas (a new driver and memo each, as in the
    /// harness's warm figure) back to back for SECONDS (8 by default) after 3 s of warm-up, and their spread: mean,
    /// median and 90th percentile, bytes allocated per run and collections per 100 runs. The harness reports a median of
    /// 15, which leaves out the runs a collection lands in; the mean and the count of full collections show them.
    /// </summary>
    internal static class GeneratorColdRuns
    {
        public static int Run(string[] args)
        {
            double seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 8;
            var schemas = new[] { Files.Schema("2019"), Files.Schema("2021") }.Select(p => (AdditionalText)SchemaText.Read(p)).ToArray();
            Compilation compilation = CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText("class A { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            void ColdRun() => GeneratorDrivers.New(schemas).RunGenerators(compilation).GetRunResult();

            WarmUp.For(3, ColdRun);
            var times = new List<double>();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            var total = Stopwatch.StartNew();
            while (total.Elapsed.TotalSeconds < seconds)
            {
                var clock = Stopwatch.StartNew();
                ColdRun();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            int runs = times.Count;
            double perRun = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / runs;
            times.Sort();
            Console.WriteLine(Invariant($"{runs} cold runs: mean {times.Average():0.00} ms, median {times[runs / 2]:0.00} ms, 90th percentile {times[runs * 9 / 10]:0.00} ms; ")
                + Invariant($"{perRun:0.0} MB allocated per run (this thread); per 100 runs {100.0 * (GC.CollectionCount(0) - gen0) / runs:0} collections, {100.0 * (GC.CollectionCount(2) - gen2) / runs:0} of them full"));
            return 0;
        }
    }
}
