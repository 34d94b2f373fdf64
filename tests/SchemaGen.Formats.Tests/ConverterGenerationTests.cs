using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Generator;
using SchemaGen.Runtime.Migration;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>The converter as the source generator emits it: only when both versions are in the compilation, and never by throwing.</summary>
    public class ConverterGenerationTests
    {
        private const string ConverterHint = "SchemaGen.Formats.V2021.AnnualReportMigration.FromV2019.g.cs";

        private static AdditionalText Statutory(string version) => new InMemoryAdditionalText(Fixtures.SchemaPath(version), Fixtures.SchemaText(version));

        private static IEnumerable<string> Hints(GeneratorDriverRunResult run) => run.Results.Single().GeneratedSources.Select(s => s.HintName);

        [Fact]
        public void Both_statutory_schemas_yield_the_converter_without_diagnostics()
        {
            GeneratorDriverRunResult run = GeneratorHarness.Run(Statutory("2019"), Statutory("2021"));
            Assert.Empty(run.Diagnostics);
            Assert.Contains(ConverterHint, Hints(run));
        }

        [Theory]
        [InlineData("2021")]
        [InlineData("2019")]
        public void One_schema_alone_yields_no_converter_and_no_diagnostic(string version)
        {
            GeneratorDriverRunResult run = GeneratorHarness.Run(Statutory(version));
            Assert.Empty(run.Diagnostics);
            Assert.NotEmpty(Hints(run));
            Assert.DoesNotContain(Hints(run), h => h.Contains("Migration"));
        }

        [Fact]
        public void Converter_output_is_deterministic()
        {
            string Text() => GeneratorHarness.Run(Statutory("2019"), Statutory("2021")).Results.Single().GeneratedSources.Single(s => s.HintName == ConverterHint).SourceText.ToString();
            Assert.Equal(Text(), Text());
        }

        [Fact]
        public void Converter_steps_are_cached_on_an_unrelated_rerun()
        {
            GeneratorDriver driver = GeneratorHarness.NewDriver(new[] { Statutory("2019"), Statutory("2021") }).RunGenerators(GeneratorHarness.NewCompilation());
            GeneratorRunResult rerun = driver.RunGenerators(GeneratorHarness.NewCompilation().AddSyntaxTrees(
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Unrelated { }"))).GetRunResult().Results.Single();
            foreach (string step in new[] { SchemaSourceGenerator.TrackingNames.Outlines, SchemaSourceGenerator.TrackingNames.Converters })
                Assert.All(rerun.TrackedSteps[step].SelectMany(s => s.Outputs),
                    o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        [Fact]
        public void Merge_rename_and_drop_convert_a_made_up_format()
        {
            var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText(MiniSchemas.V1Path, MiniSchemas.V1), new InMemoryAdditionalText(MiniSchemas.V2Path, MiniSchemas.V2));
            Assert.True(assembly is not null, string.Join("\n", diagnostics));
            Assert.Empty(diagnostics);

            object old = Activator.CreateInstance(assembly!.GetType("Mini.V1.MiniReport")!)!;
            object counts = old.GetType().GetProperty("Counts")!.GetValue(old)!;
            void Set(string row, string column, decimal value) => counts.GetType().GetMethod("SetCell", new[] { typeof(string), typeof(string), typeof(decimal?) })!.Invoke(counts, new object?[] { row, column, value });
            Set("First", "A", 1); Set("First", "B", 10); Set("First", "Total", 11);
            Set("Second", "A", 2); Set("Second", "Total", 2);
            Set("Third", "A", 3); Set("Third", "Total", 3);

            object result = assembly.GetType("Mini.V2.MiniReportMigration")!.GetMethod("FromV1")!.Invoke(null, new[] { old })!;
            object report = result.GetType().GetProperty("Report")!.GetValue(result)!;
            object newCounts = report.GetType().GetProperty("Counts")!.GetValue(report)!;
            decimal? Get(string row, string column) => (decimal?)newCounts.GetType().GetMethod("GetCell", new[] { typeof(string), typeof(string) })!.Invoke(newCounts, new object[] { row, column });

            Assert.Equal((3m, 13m), (Get("Both", "Alpha"), Get("Both", "Total")));   // merged: 1 + 2, 11 + 2
            Assert.Equal((3m, 3m), (Get("Third", "Alpha"), Get("Third", "Total")));  // renamed column, same row
            var dropped = Assert.Single((IReadOnlyList<NotCarriedOver>)result.GetType().GetProperty("NotCarriedOver")!.GetValue(result)!);
            Assert.Equal(("Counts.row:First.column:B", 10m, "乙 is no longer asked for."), (dropped.Element, dropped.Value, dropped.Reason));
        }

        [Fact]
        public void An_undeclared_loss_is_advice_and_the_converter_still_says_why()
        {
            string v2 = MiniSchemas.V2.Replace("    - action: drop\n      from: [Counts.column:B]\n      note: 乙 is no longer asked for.\n", "");
            GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryAdditionalText(MiniSchemas.V1Path, MiniSchemas.V1), new InMemoryAdditionalText(MiniSchemas.V2Path, v2));
            Diagnostic advice = Assert.Single(run.Diagnostics);
            Assert.Equal(("SG1013", DiagnosticSeverity.Warning), (advice.Id, advice.Severity));
            Assert.Contains("'Counts.column:B'", advice.GetMessage());
            string converter = run.Results.Single().GeneratedSources.Single(s => s.HintName.Contains("Migration")).SourceText.ToString();
            Assert.Contains("mini@2 has no column 'B' in table 'Counts'", converter);
        }

        [Fact]
        public void A_source_the_older_schema_lacks_is_reported_where_it_is_written_and_no_converter_is_emitted()
        {
            string v2 = MiniSchemas.V2.Replace("from: [Counts.column:A]", "from: [Counts.column:AA]");
            GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryAdditionalText(MiniSchemas.V1Path, MiniSchemas.V1), new InMemoryAdditionalText(MiniSchemas.V2Path, v2));
            Diagnostic error = Assert.Single(run.Diagnostics);
            Assert.Equal("SG1007", error.Id);
            Assert.Contains("did you mean 'A'", error.GetMessage());
            AssertAt(error, v2, "Counts.column:AA");
            Assert.DoesNotContain(Hints(run), h => h.Contains("Migration"));
        }

        [Fact]
        public void A_target_this_schema_lacks_is_reported_even_without_the_older_schema()
        {
            string v2 = MiniSchemas.V2.Replace("to: [Counts.column:Alpha]", "to: [Counts.column:Alfa]");
            GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryAdditionalText(MiniSchemas.V2Path, v2));
            Diagnostic error = Assert.Single(run.Diagnostics);
            Assert.Equal("SG1007", error.Id);
            Assert.Contains("did you mean 'Alpha'", error.GetMessage());
            AssertAt(error, v2, "Counts.column:Alfa");
        }

        [Fact]
        public void Two_older_cells_landing_on_one_without_a_merge_is_an_error()
        {
            string v2 = MiniSchemas.V2.Replace("action: merge", "action: split").Replace("from: [Counts.row:First, Counts.row:Second]\n      to: [Counts.row:Both]",
                "from: [Counts.row:First]\n      to: [Counts.row:Both, Counts.row:Third]\n      carry-into: Counts.row:Third\n      note: cannot be apportioned.");
            GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryAdditionalText(MiniSchemas.V1Path, MiniSchemas.V1), new InMemoryAdditionalText(MiniSchemas.V2Path, v2));
            Assert.Contains(run.Diagnostics, d => d.Id == "SG1004" && d.GetMessage().Contains("declare a merge"));
            Assert.DoesNotContain(Hints(run), h => h.Contains("Migration"));
        }

        [Fact]
        public void A_rule_that_sends_figures_nowhere_is_one_error_at_that_rule()
        {
            // Both becomes a row group in this variant: a rename onto it names a real row that holds no figures.
            string v2 = MiniSchemas.V2
                .Replace("- { id: Both, label: 第一二行 }", "- { id: Both, label: 第一二行, rows: [ { id: Part, label: 部分 } ] }")
                .Replace("action: merge\n      from: [Counts.row:First, Counts.row:Second]\n      to: [Counts.row:Both]",
                    "action: rename\n      from: [Counts.row:First]\n      to: [Counts.row:Both]");
            GeneratorDriverRunResult run = GeneratorHarness.Run(new InMemoryAdditionalText(MiniSchemas.V1Path, MiniSchemas.V1), new InMemoryAdditionalText(MiniSchemas.V2Path, v2));
            Diagnostic error = Assert.Single(run.Diagnostics, d => d.Id == "SG1007");
            Assert.Contains("2 cells", error.GetMessage());          // First × A and First × Total (B is dropped)
            Assert.Contains("only a row group 'Both'", error.GetMessage());
            AssertAt(error, v2, "action: rename\n      from: [Counts.row:First]");
            Assert.DoesNotContain(Hints(run), h => h.Contains("Migration"));
        }

        /// <summary>The diagnostic points at the first occurrence of <paramref name="snippet"/> in the YAML (1-based line and column).</summary>
        private static void AssertAt(Diagnostic diagnostic, string yaml, string snippet)
        {
            int offset = yaml.IndexOf(snippet, StringComparison.Ordinal);
            int line = yaml.Substring(0, offset).Count(c => c == '\n');
            int column = offset - (yaml.LastIndexOf('\n', offset - 1) + 1);
            var position = diagnostic.Location.GetLineSpan().StartLinePosition;
            Assert.Equal((line, column), (position.Line, position.Character));
        }
    }
}
