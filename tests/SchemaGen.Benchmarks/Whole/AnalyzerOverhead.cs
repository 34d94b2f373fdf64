using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Generator;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// What the SG2xxx analyzers add to a consumer's build, in one process: a consumer of <c>files</c> generated source
    /// files (<see cref="ConsumerCode"/>) plus the generated 2021 model, built as the compiler builds it (every
    /// diagnostic, then emit) without and with every SchemaGen analyzer, rounds interleaved. Each build starts from a
    /// fresh copy of the compilation, so nothing bound in one build is reused by the next. Beside it, a build with one
    /// analyzer that does nothing, which is what the compiler charges for running any analyzer before our code does
    /// anything, and each of ours alone against that one.
    /// </summary>
    internal static class AnalyzerOverhead
    {
        private const string Section = "Analyzers in a consumer build";

        /// <summary>Seconds of builds (all three kinds in turn) before any is measured.</summary>
        private const double WarmUpSeconds = 30;

        public static IEnumerable<Figure> Run(int files, int rounds, int seed, Action<string> log)
        {
            log($"analyzers: a consumer of {files} files, generated model included");
            var (compilation, options) = Consumer(files, seed);
            DiagnosticAnalyzer[] ours = All();
            DiagnosticAnalyzer[] idle = { new IdleAnalyzer(syntaxNodeAction: false) };
            DiagnosticAnalyzer[] idleSyntax = { new IdleAnalyzer(syntaxNodeAction: true) };

            var none = new Series("build without analyzers (diagnostics + emit)");
            var all = new Series("build with SchemaGen's analyzers");
            var idling = new Series("build with one analyzer that does nothing");
            var idlingSyntax = new Series("build with one syntax-node analyzer that does nothing");
            int reported = 0;
            var configurations = new (DiagnosticAnalyzer[]? Analyzers, Series Series)[] { (null, none), (ours, all), (idle, idling), (idleSyntax, idlingSyntax) };
            // Warm-up: this process JIT-compiles the compiler (csc ships it precompiled), and tiered compilation keeps
            // promoting its methods for many builds; measured too early, whichever build came first in a round was the
            // slowest, and the ratios drifted below 1.
            WarmUp.For(WarmUpSeconds, () =>
            {
                foreach (var configuration in configurations) Build(compilation, configuration.Analyzers, options);
            });
            for (int round = 0; round < rounds; round++)
            {
                // Each round starts with another configuration, so that what drift remains falls on all three alike.
                for (int i = 0; i < configurations.Length; i++)
                {
                    var (analyzers, series) = configurations[(round + i) % configurations.Length];
                    var (sample, count) = Build(compilation, analyzers, options);
                    series.Samples.Add(sample);
                    if (analyzers == ours) reported = count;
                }
            }
            yield return Figure.Of(Section, $"{files} files + the generated model", all, none, "≤ 1.10× (wall)", $"{reported} SchemaGen diagnostics in the consumer");
            yield return Figure.Of(Section, "what the compiler charges for any analyzer", idling, none, "",
                "one analyzer with one operation action on object creation that returns at once: the analyzer driver's own cost");
            // Whether the driver's cost is the operation trees it builds for operation actions (ours all use them): a
            // syntax-node action needs none.
            yield return Figure.Of(Section, "what the compiler charges for an analyzer with syntax-node actions only", idlingSyntax, none, "",
                "one analyzer with one syntax-node action on object creation that returns at once: no operation tree is built");
            yield return Figure.Of(Section, "SchemaGen's analyzers beyond that", all, idling, "", "our callbacks' own cost: type checks that bail out on code touching no generated type, and the checks themselves");

            // Where our own share goes: each analyzer alone against the idle one (SG2001's first, as the issue asks).
            foreach (DiagnosticAnalyzer analyzer in ours)
            {
                string name = analyzer.GetType().Name;
                log($"analyzers: {name} alone");
                var alone = new Series(name + " alone");
                var against = new Series("the idle analyzer alone");
                Build(compilation, new[] { analyzer }, options);
                for (int round = 0; round < Math.Max(3, rounds / 2); round++)
                {
                    // Alternating which goes first, as above.
                    if (round % 2 == 0) against.Samples.Add(Build(compilation, idle, options).Sample);
                    alone.Samples.Add(Build(compilation, new[] { analyzer }, options).Sample);
                    if (round % 2 == 1) against.Samples.Add(Build(compilation, idle, options).Sample);
                }
                yield return Figure.Of(Section, name + " alone", alone, against, "", "");
            }
        }

        // A measuring stick run in this process only, never shipped: the rules for shipped analyzers do not apply.
#pragma warning disable RS1041, RS1036, RS2008
        /// <summary>Does nothing, with one action on object creation: an operation action, or a syntax-node action (no operation tree needed).</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class IdleAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new("IDLE01", "never", "never", "Idle", DiagnosticSeverity.Hidden, true);
            private readonly bool _syntaxNodeAction;

            public IdleAnalyzer(bool syntaxNodeAction) => _syntaxNodeAction = syntaxNodeAction;

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                if (_syntaxNodeAction) context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.ObjectCreationExpression);
                else context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
            }
        }
#pragma warning restore RS1041, RS1036, RS2008

        /// <summary>Builds the consumer <paramref name="builds"/> times with one analyzer (by type name), for a profiler.</summary>
        public static int Probe(string analyzerName, int builds)
        {
            DiagnosticAnalyzer? analyzer = All().FirstOrDefault(a => a.GetType().Name == analyzerName);
            if (analyzer is null)
            {
                Console.Error.WriteLine($"no analyzer '{analyzerName}'; one of {string.Join(", ", All().Select(a => a.GetType().Name))}");
                return 2;
            }
            var (compilation, options) = Consumer(240, 1);
            for (int i = 0; i < builds; i++) Console.WriteLine(Build(compilation, new[] { analyzer }, options).Sample);
            return 0;
        }

        public static DiagnosticAnalyzer[] All() => new DiagnosticAnalyzer[]
        {
            new InvariantInitializerAnalyzer(), new CellValueAnalyzer(), new DerivedCellAssignmentAnalyzer(), new SchemaKeyAnalyzer(),
            new IgnoredValidationResultAnalyzer(), new MirrorTypeAnalyzer(), new PositionalCellsAnalyzer(),
        };

        /// <summary>The consumer's compilation with the generator's output in it, and the analyzer options that carry the schema.</summary>
        public static (Compilation Compilation, AnalyzerOptions Options) Consumer(int files, int seed)
        {
            var references = ConsumerReferences.All();
            var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "NET", "NET5_0_OR_GREATER", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER" });
            var trees = ConsumerCode.Write(files, seed).Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Name));
            var user = CSharpCompilation.Create("Consumer", trees, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var schema = SchemaText.Read(Files.Schema("2021"));
            CSharpGeneratorDriver.Create(new[] { new SchemaSourceGenerator().AsSourceGenerator() }, new AdditionalText[] { schema }, parse)
                .RunGeneratorsAndUpdateCompilation(user, out Compilation compilation, out var generatorDiagnostics);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Concat(generatorDiagnostics).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("the consumer does not build: " + string.Join("; ", errors.Take(5)));
            return (compilation, new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(schema)));
        }

        private static (Sample Sample, int Reported) Build(Compilation compilation, DiagnosticAnalyzer[]? analyzers, AnalyzerOptions options)
        {
            Compilation fresh = compilation.WithOptions(compilation.Options); // a new compilation: nothing bound yet
            Process self = Process.GetCurrentProcess();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            int reported = 0;
            if (analyzers is null)
            {
                _ = fresh.GetDiagnostics();
            }
            else
            {
                var withAnalyzers = fresh.WithAnalyzers(analyzers.ToImmutableArray(),
                    new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
                var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                reported = diagnostics.Count(d => d.Id.StartsWith("SG2", StringComparison.Ordinal));
            }
            using (var image = new MemoryStream()) fresh.Emit(image);
            clock.Stop();
            self.Refresh();
            return (new Sample(clock.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpuBefore).TotalSeconds, 0, 0), reported);
        }
    }
}
