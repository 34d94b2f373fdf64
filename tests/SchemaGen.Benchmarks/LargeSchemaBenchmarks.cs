using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Tests.Shared;

namespace SchemaGen.Benchmarks
{
    /// <summary>Generation time against schema size: it must grow linearly (issue 14 measured 10k rows 3.8 s, 20k 12.2 s, 40k 43.8 s).</summary>
    [MemoryDiagnoser]
    public class LargeSchemaBenchmarks
    {
        private Compilation _compilation = null!;
        private AdditionalText _schema = null!;

        [Params(10_000, 20_000, 40_000)]
        public int Rows { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            _schema = new SchemaText("/big.yaml", LargeSchema.Text(Rows));
            var result = Run().GetRunResult();
            if (result.GeneratedTrees.Length == 0 || result.Diagnostics.Length > 0)
                throw new System.InvalidOperationException("the generator produced no output: " + string.Join("; ", result.Diagnostics));
        }

        private GeneratorDriver Run() => GeneratorDrivers.New(new[] { _schema }).RunGenerators(_compilation);

        [Benchmark(Description = "generate a one-table schema")]
        public int Generate() => Run().GetRunResult().GeneratedTrees.Length;
    }
}
