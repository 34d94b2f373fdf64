using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Pipeline;

namespace SchemaGen.Benchmarks
{
    /// <summary>
    /// What the generator costs a build and a keystroke: a cold run over both schemas (nothing kept from an earlier run),
    /// the next build in a compiler server (a new driver, schemas unchanged: the generator's memo), and a rerun of one
    /// driver after an unrelated C# edit (the driver's own caches, as in the IDE).
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private Compilation _compilation = null!;
        private Compilation _edited = null!;
        private AdditionalText[] _schemas = null!;
        private GeneratorDriver _warm = null!;

        /// <summary>The memo the next builds in one compiler server share.</summary>
        private readonly GenerationMemo _serverMemo = new();

        [GlobalSetup]
        public void Setup()
        {
            _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }"));
            _schemas = new AdditionalText[] { SchemaText.Read(Files.Schema("2019")), SchemaText.Read(Files.Schema("2021")) };
            _warm = NewDriver().RunGenerators(_compilation);
            // A generator that fails is cheap and silent (CS8785): make sure this measures real work.
            var result = _warm.GetRunResult();
            if (result.GeneratedTrees.Length == 0 || result.Diagnostics.Length > 0)
                throw new System.InvalidOperationException("the generator produced no output: " + string.Join("; ", result.Diagnostics));
        }

        private GeneratorDriver NewDriver(GenerationMemo? memo = null) => GeneratorDrivers.New(_schemas, memo);

        [Benchmark(Baseline = true, Description = "cold run, both schemas")]
        public int ColdRun() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

        [Benchmark(Description = "next build in a compiler server (new driver, schemas unchanged)")]
        public int NextServerBuild() => NewDriver(_serverMemo).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

        [Benchmark(Description = "rerun after an unrelated C# edit")]
        public int IncrementalRun() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;
    }
}
