using System.Collections.Generic;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Analyzers.Analyzers;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Where the generated model lives in a test compilation.</summary>
    internal enum ModelPlacement
    {
        /// <summary>Generated sources in the compilation, as in a project that uses the package (the generator runs in it).</summary>
        Source,
        /// <summary>A referenced assembly built from the same sources, as in a project that references SchemaGen.Formats.</summary>
        Reference,
    }

    /// <summary>Puts the generated model, the schema YAML and the references into a test state.</summary>
    internal static class SchemaTestState
    {
        public static void AddGeneratedModel(SolutionState state, ModelPlacement placement)
        {
            if (placement == ModelPlacement.Reference)
            {
                state.AdditionalReferences.Add(GeneratedModel.Reference2021);
                return;
            }
            foreach (var (name, text) in GeneratedModel.Sources2021)
                state.Sources.Add(("Generated/" + name, SourceText.From(text, System.Text.Encoding.UTF8)));
        }

        public static void AddSchemaAndReferences(SolutionState state)
        {
            state.AdditionalFiles.Add((GeneratedModel.Schema2021Path, GeneratedModel.Yaml2021));
            state.AdditionalReferences.AddRange(TestReferences.All);
        }
    }

    /// <summary>
    /// An analyzer test over code that uses the generated 2021 model, with the 2021 schema among the AdditionalFiles.
    /// The model is a referenced assembly by default (compiled once, so a test takes milliseconds);
    /// <see cref="GeneratedSourceTests"/> repeats the rules with the model as generated sources in the compilation.
    /// </summary>
    internal sealed class SchemaAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public SchemaAnalyzerTest(string source, bool withSchema = true, ModelPlacement model = ModelPlacement.Reference)
        {
            // The suppression check only re-proves that #pragma works; the generated-code check (our analyzers must
            // stay silent in generated code) stays on.
            TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            ReferenceAssemblies = TestReferences.None;
            TestCode = source;
            SchemaTestState.AddGeneratedModel(TestState, model);
            if (withSchema) SchemaTestState.AddSchemaAndReferences(TestState);
            else TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }

    /// <summary>All six analyzers at once, over one document: what a build of a consuming project runs.</summary>
    internal sealed class AllRulesTest : CSharpAnalyzerTest<InvariantInitializerAnalyzer, DefaultVerifier>
    {
        public AllRulesTest(string source, ModelPlacement model)
        {
            TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            ReferenceAssemblies = TestReferences.None;
            TestCode = source;
            SchemaTestState.AddGeneratedModel(TestState, model);
            SchemaTestState.AddSchemaAndReferences(TestState);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
        {
            new InvariantInitializerAnalyzer(), new CellValueAnalyzer(), new DerivedCellAssignmentAnalyzer(),
            new SchemaKeyAnalyzer(), new IgnoredValidationResultAnalyzer(), new MirrorTypeAnalyzer(),
        };
    }

    /// <summary>A code fix test: the fixed state inherits the schema, the references and (as sources, when so placed) the model.</summary>
    internal sealed class SchemaCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public SchemaCodeFixTest(string source, string fixedSource, ModelPlacement model = ModelPlacement.Reference)
        {
            TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            ReferenceAssemblies = TestReferences.None;
            TestCode = source;
            FixedCode = fixedSource;
            SchemaTestState.AddGeneratedModel(TestState, model);
            if (model == ModelPlacement.Source)
            {
                SchemaTestState.AddGeneratedModel(FixedState, model);
                // With thousands of generated lines in the document set, fix-all in project and solution would only
                // repeat the fix-all-in-document check at many times the cost.
                CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
            }
            SchemaTestState.AddSchemaAndReferences(TestState);
        }
    }
}
