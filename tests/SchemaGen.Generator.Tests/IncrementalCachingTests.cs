using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Tests.Shared;
using Xunit;
using Names = SchemaGen.Generator.SchemaSourceGenerator.TrackingNames;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The pipeline must cache: an unrelated edit (C# code, or a clone of the compilation) leaves every tracked step
    /// Cached or Unchanged; a YAML comment edit changes the file step but leaves the spec Unchanged; a real schema edit
    /// changes that schema's outputs only. And nothing in the pipeline holds a Roslyn symbol, compilation or syntax node.
    /// </summary>
    public class IncrementalCachingTests
    {
        private static readonly string[] AllSteps =
        {
            Names.Files, Names.Compiled, Names.Models, Names.Identities, Names.Specs, Names.Diagnostics, Names.CrossSchemaDiagnostics,
            Names.Outlines, Names.Converters, Names.FormatList,
        };

        /// <summary>The steps after the span-free model: a comment or a moved line must leave all of them cached or unchanged.</summary>
        private static readonly string[] StepsAfterTheModel = { Names.Models, Names.Identities, Names.Specs, Names.Outlines, Names.Converters, Names.FormatList };

        private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(params AdditionalText[] files)
        {
            Compilation compilation = GeneratorHarness.NewCompilation("namespace App { public class A { } }");
            GeneratorDriver driver = GeneratorHarness.NewDriver(files).RunGenerators(compilation);
            return (driver, compilation);
        }

        [Fact]
        public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
        {
            var (driver, compilation) = FirstRun(SchemaFiles.Of("2019"), SchemaFiles.Of("2021"));
            Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public class B { public int X => 1; } }", new CSharpParseOptions(LanguageVersion.Latest)));

            GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

            AssertAllCachedOrUnchanged(result, AllSteps);
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output step was {o.Reason}"));
        }

        [Fact]
        public void Cloned_compilation_leaves_every_step_cached_or_unchanged()
        {
            var (driver, compilation) = FirstRun(SchemaFiles.Of("2021"));
            GeneratorRunResult result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
            AssertAllCachedOrUnchanged(result, AllSteps);
        }

        [Fact]
        public void Yaml_comment_edit_reaches_no_output()
        {
            AdditionalText v2019 = SchemaFiles.Of("2019");
            AdditionalText original = SchemaFiles.Of("2021");
            var (driver, compilation) = FirstRun(v2019, original);
            AdditionalText commented = new InMemoryAdditionalText(original.Path, "# an added comment\n\n" + original.GetText()!.ToString());

            GeneratorRunResult result = driver.ReplaceAdditionalText(original, commented).RunGenerators(compilation).GetRunResult().Results.Single();

            // The text changed, so the file and load steps re-ran (their diagnostics' positions moved one line) ...
            Assert.Contains(result.TrackedSteps[Names.Files].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains(result.TrackedSteps[Names.Compiled].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            // ... but the model carries no positions: everything from it on, the converter step included, is left as it was.
            AssertAllCachedOrUnchanged(result, StepsAfterTheModel);
            Assert.Single(result.TrackedSteps[Names.Converters].SelectMany(s => s.Outputs));
            // No source is re-emitted: every source output (all but the diagnostics outputs) is cached or unchanged.
            var sourceOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
                .Where(o => o.Value is not SchemaGen.Schema.Model.EquatableArray<SchemaGen.Schema.Diagnostics.SchemaDiagnostic>).ToList();
            Assert.True(sourceOutputs.Count >= 4, $"{sourceOutputs.Count} source outputs tracked");
            Assert.All(sourceOutputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"a source output was {o.Reason}"));
        }

        [Fact]
        public void Schema_edit_modifies_only_that_schemas_output()
        {
            AdditionalText v2019 = SchemaFiles.Of("2019");
            AdditionalText v2021 = SchemaFiles.Of("2021");
            var (driver, compilation) = FirstRun(v2019, v2021);
            AdditionalText edited = new InMemoryAdditionalText(v2021.Path, v2021.GetText()!.ToString().Replace("label: 予以公开", "label: 予以公开（全部）"));

            GeneratorRunResult result = driver.ReplaceAdditionalText(v2021, edited).RunGenerators(compilation).GetRunResult().Results.Single();

            var specs = result.TrackedSteps[Names.Specs].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(2, specs.Count);
            Assert.Single(specs, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Single(specs, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("予以公开（全部）"));
        }

        [Fact]
        public void Pipeline_holds_no_roslyn_symbols_compilations_or_syntax()
        {
            var (driver, compilation) = FirstRun(SchemaFiles.Of("2019"), SchemaFiles.Of("2021"));
            GeneratorRunResult result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
            // Our named steps; the compiler's own input steps (AdditionalTexts, options) naturally hold Roslyn objects.
            foreach (string name in AllSteps)
                foreach (var step in result.TrackedSteps[name])
                    foreach (var output in step.Outputs)
                        AssertNoBannedTypes(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }

        private static void AssertAllCachedOrUnchanged(GeneratorRunResult result, IEnumerable<string> steps)
        {
            foreach (string name in steps)
            {
                Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
                foreach (var step in result.TrackedSteps[name])
                    foreach (var output in step.Outputs)
                        Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} output was {output.Reason}");
            }
        }

        private static readonly Type[] Banned = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(Location), typeof(Diagnostic), typeof(AdditionalText) };

        /// <summary>Walks an output value's fields recursively; fails on any Roslyn object that would defeat caching or pin memory.</summary>
        private static void AssertNoBannedTypes(object? value, string step, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value.GetType().IsEnum) return;
            Type type = value.GetType();
            Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), $"step {step} holds a {type.FullName}");
            if (!type.IsValueType && !seen.Add(value)) return;
            if (value is IEnumerable sequence && type.Namespace?.StartsWith("SchemaGen", StringComparison.Ordinal) != true)
            {
                foreach (object? item in sequence) AssertNoBannedTypes(item, step, seen);
                return;
            }
            if (value is IEnumerable ours)
                foreach (object? item in ours) AssertNoBannedTypes(item, step, seen);
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                AssertNoBannedTypes(field.GetValue(value), step, seen);
        }
    }
}
