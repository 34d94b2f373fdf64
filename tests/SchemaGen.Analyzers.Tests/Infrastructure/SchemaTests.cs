using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Puts the generated model, the schema YAML and the references into a test state.</summary>
    internal static class SchemaTestState
    {
        public static void AddGeneratedModel(SolutionState state)
        {
            foreach (var (name, text) in GeneratedModel.Sources2021)
                state.Sources.Add(("Generated/" + name, SourceText.From(text, System.Text.Encoding.UTF8)));
        }

        public static void AddSchemaAndReferences(SolutionState state)
        {
            state.AdditionalFiles.Add((GeneratedModel.Schema2021Path, GeneratedModel.Yaml2021));
            state.AdditionalReferences.AddRange(TestReferences.All);
        }
    }

    /// <summary>An analyzer test over code that uses the generated 2021 model, with the 2021 schema among the AdditionalFiles.</summary>
    internal sealed class SchemaAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public SchemaAnalyzerTest(string source, bool withSchema = true)
        {
            ReferenceAssemblies = TestReferences.None;
            TestCode = source;
            SchemaTestState.AddGeneratedModel(TestState);
            if (withSchema) SchemaTestState.AddSchemaAndReferences(TestState);
            else TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }

    /// <summary>A code fix test: the fixed state holds the same generated model and inherits the schema and references.</summary>
    internal sealed class SchemaCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public SchemaCodeFixTest(string source, string fixedSource)
        {
            ReferenceAssemblies = TestReferences.None;
            TestCode = source;
            FixedCode = fixedSource;
            SchemaTestState.AddGeneratedModel(TestState);
            SchemaTestState.AddGeneratedModel(FixedState);
            SchemaTestState.AddSchemaAndReferences(TestState);
        }
    }
}
