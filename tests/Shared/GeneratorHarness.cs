using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Tests.Shared
{
    /// <summary>An additional file held in memory, as the compiler would hand it to the generator.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Runs the real generator over schema texts and compiles what it produced. Linked into each test project that needs it.</summary>
    public static class GeneratorHarness
    {
        /// <summary>Reference assemblies of the running runtime plus SchemaGen.Runtime: what a consumer compiles against.</summary>
        public static IReadOnlyList<MetadataReference> References { get; } = LoadReferences();

        public static CSharpCompilation NewCompilation(params string[] sources)
            => CSharpCompilation.Create("Consumer",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Source{i}.cs")),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <param name="generator">The generator to run (by default a SchemaSourceGenerator with the process's shared memo).</param>
        public static GeneratorDriver NewDriver(IEnumerable<AdditionalText> files, bool trackSteps = true, IReadOnlyDictionary<string, string>? metadataByPath = null,
            ISourceGenerator? generator = null)
            => CSharpGeneratorDriver.Create(
                new[] { generator ?? new SchemaGen.Generator.SchemaSourceGenerator().AsSourceGenerator() },
                files,
                new CSharpParseOptions(LanguageVersion.Latest),
                optionsProvider: metadataByPath is null ? null : new MetadataOptions(metadataByPath),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>
        /// Generates from the files into a compilation of <paramref name="sources"/>, and returns the generator's
        /// diagnostics, the compiler's (warnings and errors) and the generated sources.
        /// </summary>
        public static (ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Compiler, IReadOnlyList<string> Sources) GenerateAndCompile(
            IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? metadataByPath = null, params string[] sources)
        {
            GeneratorDriver driver = NewDriver(files, trackSteps: false, metadataByPath)
                .RunGeneratorsAndUpdateCompilation(NewCompilation(sources), out Compilation output, out var generatorDiagnostics);
            var compiler = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
            var generated = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
            return (generatorDiagnostics, compiler, generated);
        }

        /// <summary>A file on disk, read into memory.</summary>
        public static AdditionalText FromFile(string path) => new InMemoryAdditionalText(path, File.ReadAllText(path));

        public static GeneratorDriverRunResult Run(params AdditionalText[] files)
        {
            GeneratorDriver driver = NewDriver(files).RunGeneratorsAndUpdateCompilation(NewCompilation(), out _, out _);
            return driver.GetRunResult();
        }

        /// <summary>Generates from the files, compiles the result with every warning reported, and loads the assembly.</summary>
        public static (Assembly? Assembly, ImmutableArray<Diagnostic> Diagnostics) CompileAndLoad(params AdditionalText[] files)
        {
            NewDriver(files).RunGeneratorsAndUpdateCompilation(NewCompilation(), out Compilation output, out var generatorDiagnostics);
            using var stream = new MemoryStream();
            var emit = output.Emit(stream);
            var diagnostics = generatorDiagnostics.Concat(emit.Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
            if (!emit.Success) return (null, diagnostics);
            return (Assembly.Load(stream.ToArray()), diagnostics);
        }

        /// <summary>Per-file MSBuild metadata as the compiler hands it over (build_metadata.AdditionalFiles.X = value), keyed by file path.</summary>
        private sealed class MetadataOptions : AnalyzerConfigOptionsProvider
        {
            private readonly IReadOnlyDictionary<string, string> _byPath;

            public MetadataOptions(IReadOnlyDictionary<string, string> byPath) => _byPath = byPath;

            public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
                => _byPath.TryGetValue(textFile.Path, out string? line) ? new Options(line) : Options.Empty;

            private sealed class Options : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new("");

                private readonly Dictionary<string, string> _values = new();

                /// <param name="lines">"key = value" lines.</param>
                public Options(string lines)
                {
                    foreach (string line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        int eq = line.IndexOf('=');
                        _values[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
                    }
                }

                public override bool TryGetValue(string key, out string value)
                {
                    bool found = _values.TryGetValue(key, out string? v);
                    value = v ?? "";
                    return found;
                }
            }
        }

        private static IReadOnlyList<MetadataReference> LoadReferences()
        {
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            var refs = tpa.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            refs.Add(MetadataReference.CreateFromFile(typeof(SchemaGen.Runtime.CellMath).Assembly.Location));
            return refs;
        }
    }
}
