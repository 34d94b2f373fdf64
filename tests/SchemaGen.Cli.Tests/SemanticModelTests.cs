using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Cli.Commands;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Docs;
using SchemaGen.Formats;
using SchemaGen.Generator;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Semantics;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// One semantic model per schema: the generator's pipeline, the analyzers' catalog, the docs and the CLI all hold the
    /// model SchemaModelBuilder builds from the file (equal values; the model is value-equatable), and the code the
    /// generator emitted carries its decisions (leaves, label paths, cross-year leaves).
    /// </summary>
    public class SemanticModelTests
    {
        public static TheoryData<string> Versions() => new() { "2019", "2021" };

        private static SchemaModel Built(string version)
        {
            string path = Repo.Schema(version);
            SchemaModelResult result = SchemaModelBuilder.Load(File.ReadAllText(path), path);
            Assert.Empty(result.Diagnostics);
            return result.Model!;
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void Generator_analyzers_docs_and_cli_read_the_same_model(string version)
        {
            SchemaModel model = Built(version);
            string path = Repo.Schema(version);

            // The generator: the value its Models step holds.
            GeneratorDriver driver = GeneratorHarness.NewDriver(new[] { GeneratorHarness.FromFile(path) }).RunGenerators(GeneratorHarness.NewCompilation());
            var generatorModels = driver.GetRunResult().Results.Single().TrackedSteps[SchemaSourceGenerator.TrackingNames.Models]
                .SelectMany(s => s.Outputs).Select(o => o.Value).OfType<SchemaModel>().ToList();
            Assert.Equal(model, Assert.Single(generatorModels));

            // The analyzers' catalog.
            Assert.Equal(model, LoadedSchema.Load(File.ReadAllText(path), path)!.Model);

            // The docs.
            var facts = DocsWriter.LoadAll(new[] { path }, TextWriter.Null);
            Assert.NotNull(facts);
            Assert.Equal(model, Assert.Single(facts!).Model);

            // The CLI (diff, docs and generate read schemas this way).
            Assert.Equal(model, SchemaFiles.LoadModel(TextWriter.Null, path, "test"));
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void The_generated_descriptor_carries_the_models_decisions(string version)
        {
            SchemaModel model = Built(version);
            SchemaDescriptor descriptor = FormatCatalog.Find(version)!.Descriptor;

            Assert.Equal(model.Tables.Select(t => t.Id), descriptor.Tables.Select(t => t.Id));
            foreach (TableModel table in model.Tables)
            {
                TableDescriptor generated = descriptor.Table(table.Id);
                Assert.Equal(table.Rows.Select(r => r.Path), generated.LeafRows.Select(r => r.Path));
                Assert.Equal(table.Columns.Select(c => (c.Id, c.LabelPath)), generated.LeafColumns.Select(c => (c.Id, generated.LabelPathOf(c))));
            }
            Assert.Equal(model.Rules.Select(r => (r.Id, string.Join(",", r.PreviousYearLeaves))),
                descriptor.Invariants.Select(i => (i.Id, string.Join(",", i.PreviousYearLeaves))));
            Assert.Contains(descriptor.Invariants, i => i.PreviousYearLeaves.Count > 0);
        }

        [Fact]
        public void A_comment_or_a_moved_line_leaves_the_model_equal()
        {
            string path = Repo.Schema("2021");
            string text = File.ReadAllText(path);
            SchemaModel before = SchemaModelBuilder.Load(text, path).Model!;
            SchemaModel after = SchemaModelBuilder.Load("# a comment\n\n" + text, path).Model!;
            Assert.Equal(before, after);
            Assert.NotEqual(before, SchemaModelBuilder.Load(text.Replace("label: 予以公开", "label: 予以公开（全部）"), path).Model);
        }
    }
}
