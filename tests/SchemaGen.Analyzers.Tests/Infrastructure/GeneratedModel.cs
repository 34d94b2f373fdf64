using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Tests.Shared;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The generated model the analyzers look at, produced by running the real generator once over the real schema
    /// YAML (CSharpGeneratorDriver). Test compilations then hold these sources (their <c>.g.cs</c> names and
    /// auto-generated headers mark them as generated, as in a build) and the YAML as AdditionalFiles — the same inputs
    /// the analyzers get in a project that uses the package, without hand-written stand-ins for generated types.
    /// </summary>
    internal static class GeneratedModel
    {
        public const string Schema2021Path = "schema/gov-info-annual-report-2021.yaml";
        public const string Schema2019Path = "schema/gov-info-annual-report-2019.yaml";

        private static readonly Lazy<string> LazyYaml2021 = new(() => ReadSchema("gov-info-annual-report-2021.yaml"));
        private static readonly Lazy<string> LazyYaml2019 = new(() => ReadSchema("gov-info-annual-report-2019.yaml"));
        private static readonly Lazy<ImmutableArray<(string Name, string Text)>> LazySources2021 = new(() => Generate((Schema2021Path, Yaml2021)));

        private static readonly Lazy<MetadataReference> LazyReference2021 = new(() => Compile(Sources2021));

        public static string Yaml2021 => LazyYaml2021.Value;

        /// <summary>The generated 2021 model compiled once into an assembly, as a project referencing SchemaGen.Formats sees it.</summary>
        public static MetadataReference Reference2021 => LazyReference2021.Value;

        public static string Yaml2019 => LazyYaml2019.Value;

        /// <summary>What the generator writes for the 2021 schema: (hint name, text) per file.</summary>
        public static ImmutableArray<(string Name, string Text)> Sources2021 => LazySources2021.Value;

        public static ImmutableArray<(string Name, string Text)> Generate(params (string Path, string Text)[] schemas)
        {
            var compilation = CSharpCompilation.Create("Generated", references: TestReferences.All,
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new SchemaSourceGenerator().AsSourceGenerator() },
                schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)));
            GeneratorDriverRunResult result = driver.RunGenerators(compilation).GetRunResult();
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("The generator failed: " + string.Join("; ", errors));
            return result.GeneratedTrees.Select(t => (Path.GetFileName(t.FilePath), t.GetText().ToString())).ToImmutableArray();
        }

        private static MetadataReference Compile(ImmutableArray<(string Name, string Text)> sources)
        {
            var compilation = CSharpCompilation.Create("SchemaGen.GeneratedModel",
                sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Name)),
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success) throw new InvalidOperationException("The generated model does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            return MetadataReference.CreateFromImage(image.ToArray());
        }

        private static string ReadSchema(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", fileName));
    }
}
