using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Generator;

namespace SchemaGen.Benchmarks
{
    /// <summary>
    /// What the SG2xxx analyzers add to a build: the compiler's own diagnostics of a consumer compilation (the generated
    /// 2021 model plus user code) against the same compilation with every SchemaGen analyzer attached.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        private const string UserCode = @"
using SchemaGen.Formats.V2021;
public static class ReportTool
{
    public static ApplicationsTable Build(int received)
    {
        var table = new ApplicationsTable { NewlyReceived = { NaturalPerson = 17, Business = 3, Total = 20 }, CarriedForward = { NaturalPerson = 1, Total = 1 } };
        table.NewlyReceived.NaturalPerson = received;
        table.RecomputeTotals();
        var row = AnnualReportSchema.Row(""Applications"", ""Outcomes.Granted"");
        _ = AnnualReportValidator.Validate(table);
        return table;
    }
}";

        private Compilation _compilation = null!;
        private ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private AnalyzerOptions _options = null!;

        [GlobalSetup]
        public void Setup()
        {
            var references = ConsumerReferences.All();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var user = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(UserCode, parse) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var schema = SchemaText.Read(Files.Schema("2021"));
            CSharpGeneratorDriver.Create(new[] { new SchemaSourceGenerator().AsSourceGenerator() }, new AdditionalText[] { schema }, parse)
                .RunGeneratorsAndUpdateCompilation(user, out _compilation, out _);
            if (!_compilation.SyntaxTrees.Skip(1).Any())
                throw new InvalidOperationException("the generator produced no output");
            _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(schema));
            _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new InvariantInitializerAnalyzer(), new CellValueAnalyzer(), new DerivedCellAssignmentAnalyzer(),
                new SchemaKeyAnalyzer(), new IgnoredValidationResultAnalyzer(), new MirrorTypeAnalyzer());
        }

        [Benchmark(Baseline = true, Description = "compiler diagnostics only")]
        public int CompilerOnly() => _compilation.WithOptions(_compilation.Options).GetDiagnostics().Length;

        [Benchmark(Description = "compiler + SchemaGen analyzers")]
        public async Task<int> WithAnalyzers()
        {
            var withAnalyzers = _compilation.WithOptions(_compilation.Options).WithAnalyzers(_analyzers, _options);
            return (await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
        }
    }
}
