using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Pipeline;
using YamlDotNet.RepresentationModel;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// The generator against a plain YamlDotNet parse of the same two schema files, each in a fresh process so that the
    /// first call pays what a compiler pays when it loads the generator (assembly loading, JIT of YamlDotNet, Scriban and
    /// the generator), then warm (what BenchmarkDotNet reports), then a rerun after an unrelated C# edit. The child prints
    /// milliseconds; the harness runs several children and takes medians. A cold run is a new driver with a generator of
    /// its own memo (nothing kept from an earlier run); the next build in a compiler server is a new driver whose generator
    /// shares one memo with the runs before it (what the SDK's default compiler server does between builds).
    /// </summary>
    internal static class GeneratorProbe
    {
        private const int WarmRuns = 15;

        /// <summary>
        /// Seconds of repeated runs before the warm ones are timed: tiered compilation promotes a method only after it
        /// has run for a while, and without this the "warm" runs were still tier-0 code (0.20 s, against 0.06 s with
        /// tiering off).
        /// </summary>
        private const double WarmUpSeconds = 3;

        /// <summary>
        /// In the child: <c>generator-probe yaml|generator|generator-after-roslyn</c>; prints "first warm [incremental
        /// emitted next-server-build]" in milliseconds (emitted in characters; the last mode: the first run only).
        /// </summary>
        public static int RunChild(string mode)
        {
            string[] paths = { Files.Schema("2019"), Files.Schema("2021") };
            if (mode == "yaml")
            {
                string[] texts = paths.Select(File.ReadAllText).ToArray();
                double first = Time(() => ParseYaml(texts));
                WarmUp.For(WarmUpSeconds, () => ParseYaml(texts));
                double warm = Series.Median(Enumerable.Range(0, WarmRuns).Select(_ => Time(() => ParseYaml(texts))));
                Console.WriteLine(Invariant($"{first} {warm}"));
                return 0;
            }
            var schemas = paths.Select(p => (AdditionalText)SchemaText.Read(p)).ToArray();
            Compilation compilation = CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText("class A { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }"));
            var serverMemo = new GenerationMemo();
            GeneratorDriver NewDriver(GenerationMemo? memo = null) => GeneratorDrivers.New(schemas, memo);
            if (mode == "generator-after-roslyn")
            {
                // csc ships precompiled (ReadyToRun) while this program JIT-compiles Roslyn: a trivial generator run twice
                // first leaves the driver's own code compiled, so that the first run below pays only for SchemaGen's.
                for (int i = 0; i < 2; i++)
                    CSharpGeneratorDriver.Create(new[] { new TrivialGenerator().AsSourceGenerator() }, schemas).RunGenerators(compilation).GetRunResult();
                double ours = Time(() => NewDriver().RunGenerators(compilation).GetRunResult());
                Console.WriteLine(Invariant($"{ours}"));
                return 0;
            }
            GeneratorDriver driver = NewDriver();
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            double firstRun = clock.Elapsed.TotalMilliseconds;
            if (driver.GetRunResult().GeneratedTrees.Length == 0) throw new InvalidOperationException("the generator produced nothing");
            long emitted = driver.GetRunResult().GeneratedTrees.Sum(t => (long)t.GetText().Length);
            WarmUp.For(WarmUpSeconds, () => NewDriver().RunGenerators(compilation).GetRunResult());
            WarmUp.For(WarmUpSeconds, () => driver.RunGenerators(edited).GetRunResult());
            WarmUp.For(WarmUpSeconds, () => NewDriver(serverMemo).RunGenerators(compilation).GetRunResult());
            double warmRun = Series.Median(Enumerable.Range(0, WarmRuns).Select(_ => Time(() => NewDriver().RunGenerators(compilation).GetRunResult())));
            double incremental = Series.Median(Enumerable.Range(0, WarmRuns).Select(_ => Time(() => driver.RunGenerators(edited).GetRunResult())));
            double nextServerBuild = Series.Median(Enumerable.Range(0, WarmRuns).Select(_ => Time(() => NewDriver(serverMemo).RunGenerators(compilation).GetRunResult())));
            Console.WriteLine(Invariant($"{firstRun} {warmRun} {incremental} {emitted} {nextServerBuild}"));
            return 0;
        }

        public static IEnumerable<Figure> Run(int runs, Action<string> log)
        {
            string self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
            var yamlFirst = new Series("YamlDotNet parse of both schemas, first call in a fresh process");
            var yamlWarm = new Series("YamlDotNet parse of both schemas, warm (after warm-up)");
            var genFirst = new Series("generator, first run in a fresh process (JIT and loading included)");
            var genWarm = new Series("generator, cold run (new driver), warm process (after warm-up)");
            var genIncremental = new Series("generator, rerun after an unrelated C# edit");
            var genNextServerBuild = new Series("generator, next build in a compiler server (new driver, schemas unchanged)");
            var genFirstRoslynWarm = new Series("generator, first run in a fresh process after a trivial generator (Roslyn's code already compiled, as in csc)");
            double emittedChars = 0;
            long yamlChars = new[] { Files.Schema("2019"), Files.Schema("2021") }.Sum(p => (long)File.ReadAllText(p).Length);
            log($"generator: {runs} fresh processes each");
            for (int i = 0; i < runs; i++)
            {
                double[] yaml = Child(self, "yaml");
                double[] generator = Child(self, "generator");
                yamlFirst.Samples.Add(Ms(yaml[0]));
                yamlWarm.Samples.Add(Ms(yaml[1]));
                genFirst.Samples.Add(Ms(generator[0]));
                genWarm.Samples.Add(Ms(generator[1]));
                genIncremental.Samples.Add(Ms(generator[2]));
                genNextServerBuild.Samples.Add(Ms(generator[4]));
                genFirstRoslynWarm.Samples.Add(Ms(Child(self, "generator-after-roslyn")[0]));
                emittedChars = generator[3];
            }
            // What bounds the ratio: the generator writes many times the characters YamlDotNet reads.
            string volume = Invariant($"the generator writes {emittedChars / 1000:0} k characters of C# from {yamlChars / 1000.0:0} k of YAML ({emittedChars / yamlChars:0}×)");
            const string section = "Generator over both schemas against a YamlDotNet parse of the same files (times in s; CPU = wall here, one thread)";
            yield return Figure.Of(section, "warm: generator cold run vs YamlDotNet parse", genWarm, yamlWarm, "≤ 3×", volume);
            yield return Figure.Of(section, "first call in a fresh process: generator vs YamlDotNet parse", genFirst, yamlFirst, "≤ 3×");
            yield return Figure.Of(section, "first call, Roslyn already compiled: generator vs YamlDotNet parse", genFirstRoslynWarm, yamlFirst, "≤ 3×");
            yield return Figure.Of(section, "first call vs warm cold run (what a compiler pays on loading vs what BenchmarkDotNet reports)", genFirst, genWarm, "");
            yield return Figure.Of(section, "first call with Roslyn already compiled vs warm cold run (SchemaGen's own loading and JIT)", genFirstRoslynWarm, genWarm, "");
            yield return Figure.Of(section, "rerun after an unrelated edit vs warm cold run", genIncremental, genWarm, "≤ 0.01×");
            yield return Figure.Of(section, "next build in a compiler server (new driver, schemas unchanged) vs warm cold run", genNextServerBuild, genWarm, "≤ 0.01×");
        }

        /// <summary>Reads every schema file and writes one empty class: what the generator driver does for any generator.</summary>
        private sealed class TrivialGenerator : IIncrementalGenerator
        {
            public void Initialize(IncrementalGeneratorInitializationContext context)
            {
                var lengths = context.AdditionalTextsProvider.Select((text, token) => text.GetText(token)?.Length ?? 0).Collect();
                context.RegisterSourceOutput(lengths, (output, all) => output.AddSource("Trivial.g.cs", $"internal static class Trivial {{ public const int Length = {all.Sum()}; }}"));
            }
        }

        private static Sample Ms(double milliseconds) => new(milliseconds / 1000, milliseconds / 1000, 0, 0);

        private static double[] Child(string self, string mode)
        {
            var start = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardOutput = true };
            start.ArgumentList.Add("generator-probe");
            start.ArgumentList.Add(mode);
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"generator-probe {mode} failed ({process.ExitCode})");
            return output.Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }

        private static int ParseYaml(string[] texts)
        {
            int documents = 0;
            foreach (string text in texts)
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                documents += stream.Documents.Count;
            }
            return documents;
        }

        private static double Time(Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed.TotalMilliseconds;
        }

        private static double Time<T>(Func<T> function)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(function());
            return clock.Elapsed.TotalMilliseconds;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
