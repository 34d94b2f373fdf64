using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator;

namespace SchemaGen.Formats.Tests.Support
{
    /// <summary>A schema file held in memory, as the compiler hands additional files to the generator.</summary>
    public sealed class SchemaText : AdditionalText
    {
        private readonly SourceText _text;

        public SchemaText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Runs the real source generator over schema texts, and compiles and loads what it emits.</summary>
    public static class GeneratorRun
    {
        private static readonly IReadOnlyList<MetadataReference> References = LoadReferences();

        public static GeneratorDriver Driver(params AdditionalText[] files)
            => CSharpGeneratorDriver.Create(
                new[] { new SchemaSourceGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.Latest),
                optionsProvider: null, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        public static CSharpCompilation EmptyCompilation()
            => CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static GeneratorDriverRunResult Run(params AdditionalText[] files)
            => Driver(files).RunGenerators(EmptyCompilation()).GetRunResult();

        /// <summary>Generates, compiles with warnings reported, and loads the assembly (null when it does not compile).</summary>
        public static (Assembly? Assembly, ImmutableArray<Diagnostic> Diagnostics) CompileAndLoad(params AdditionalText[] files)
        {
            Driver(files).RunGeneratorsAndUpdateCompilation(EmptyCompilation(), out Compilation output, out var generatorDiagnostics);
            using var stream = new MemoryStream();
            var emit = output.Emit(stream);
            var diagnostics = generatorDiagnostics.Concat(emit.Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
            return (emit.Success ? Assembly.Load(stream.ToArray()) : null, diagnostics);
        }

        private static IReadOnlyList<MetadataReference> LoadReferences()
        {
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            var references = tpa.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(SchemaGen.Runtime.CellMath).Assembly.Location));
            return references;
        }
    }
}
