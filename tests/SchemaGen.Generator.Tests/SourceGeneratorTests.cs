using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>The generator as the compiler runs it (Microsoft.CodeAnalysis.Testing): diagnostics on the YAML, output that compiles cleanly.</summary>
    public class SourceGeneratorTests
    {
        private static CSharpSourceGeneratorTest<SchemaSourceGenerator, DefaultVerifier> NewTest(string schemaPath, string schemaText)
        {
            var test = new CSharpSourceGeneratorTest<SchemaSourceGenerator, DefaultVerifier>
            {
                // The running runtime's assemblies, so the test needs no reference pack from a feed.
                ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
                TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            };
            test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
            test.TestState.AdditionalFiles.Add((schemaPath, schemaText));
            test.TestState.Sources.Add("namespace App { internal static class Placeholder { } }");
            return test;
        }

        [Fact]
        public async Task Schema_error_is_a_compiler_error_at_its_yaml_line_and_column()
        {
            string text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "BrokenSchemas", "unknown-reference.yaml"));
            var test = NewTest("/schema/mini.yaml", text);
            test.TestState.ExpectedDiagnostics.Add(
                DiagnosticResult.CompilerError("SG1007").WithSpan("/schema/mini.yaml", 39, 24, 39, 27)
                    .WithArguments("invariant 'row-total': table 'Counts' has no column 'Bee' (did you mean 'B'?) (rules checked for each row name columns)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Valid_schema_generates_code_that_compiles_without_any_diagnostic()
        {
            // Any warning in generated code (nullability included) would fail this test: the test verifies the compilation's diagnostics.
            var test = NewTest(RepoPaths.Schema("2021"), File.ReadAllText(RepoPaths.Schema("2021")));
            test.TestState.Sources.Add(@"
namespace App
{
    public static class Use
    {
        public static bool Check(string text)
        {
            var parsed = SchemaGen.Formats.V2021.AnnualReportParser.Parse(text);
            parsed.Report.Applications.RecomputeTotals();
            return SchemaGen.Formats.V2021.AnnualReportValidator.Validate(parsed.Report).IsValid;
        }
    }
}");
            await test.RunAsync();
        }

        [Fact]
        public async Task Namespace_can_be_chosen_by_msbuild_metadata()
        {
            var test = NewTest("/schema/mini.yaml", File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "BrokenSchemas", "valid-minimal.yaml")));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/schema/.editorconfig", "root = true\n[mini.yaml]\nbuild_metadata.AdditionalFiles.SchemaGenNamespace = Custom.Place\n"));
            test.TestState.Sources.Add("namespace App { public static class Use { public static Custom.Place.CountsTable Make() => new Custom.Place.CountsTable(); } }");
            await test.RunAsync();
        }

        [Fact]
        public async Task A_schema_listed_for_analysis_only_generates_nothing()
        {
            // SchemaGenGenerate=false: its types come from a referenced assembly, so generating them again would give CS0436.
            var test = NewTest("/schema/mini.yaml", File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "BrokenSchemas", "valid-minimal.yaml")));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/schema/.editorconfig", "root = true\n[mini.yaml]\nbuild_metadata.AdditionalFiles.SchemaGenGenerate = false\n"));
            test.TestState.Sources.Add("namespace App { public static class Use { public static object Make() => new {|CS0246:CountsTable|}(); } }");
            await test.RunAsync();
        }

        [Fact]
        public void The_assembly_carries_the_schema_text_for_referencing_projects()
        {
            string yaml = File.ReadAllText(RepoPaths.Schema("2021"));
            var result = GeneratorHarness.Run(new InMemoryAdditionalText(RepoPaths.Schema("2021"), yaml));
            string embedded = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("SchemaGen.Formats.V2021.EmbeddedSchema.g.cs", System.StringComparison.Ordinal)).ToString();
            Assert.Contains("[assembly: global::SchemaGen.Runtime.EmbeddedSchema(\"gov-info-annual-report@2021\", \"SchemaGen.Formats.V2021\",", embedded);
            Assert.Contains("国办公开办函〔2021〕30号", embedded);
        }

        [Fact]
        public void Non_schema_yaml_is_ignored()
        {
            var result = GeneratorHarness.Run(new InMemoryAdditionalText("/x/config.yaml", "name: something\nitems: [1, 2]\n"));
            Assert.Empty(result.GeneratedTrees);
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void Two_versions_generate_side_by_side_and_compile()
        {
            var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(SchemaFiles.Of("2019"), SchemaFiles.Of("2021"));
            Assert.True(assembly is not null, string.Join("\n", diagnostics));
            Assert.Empty(diagnostics);
            Assert.NotNull(assembly!.GetType("SchemaGen.Formats.V2019.AnnualReport"));
            Assert.NotNull(assembly.GetType("SchemaGen.Formats.V2021.AnnualReport"));
        }
    }
}
