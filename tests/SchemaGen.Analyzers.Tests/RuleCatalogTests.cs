using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.Schema.Diagnostics;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>The rules as a set: ids, help pages, release tracking, assembly boundaries, and which files are schemas.</summary>
    public class RuleCatalogTests
    {
        private static readonly DiagnosticAnalyzer[] Analyzers =
        {
            new InvariantInitializerAnalyzer(), new CellValueAnalyzer(), new DerivedCellAssignmentAnalyzer(),
            new SchemaKeyAnalyzer(), new IgnoredValidationResultAnalyzer(), new MirrorTypeAnalyzer(), new PositionalCellsAnalyzer(),
        };

        /// <summary>Every SG2xxx: the analyzers', and the two the compiler reports through [Obsolete(DiagnosticId = …)] on generated members.</summary>
        private static IEnumerable<DiagnosticDescriptor> Descriptors
            => Analyzers.SelectMany(a => a.SupportedDiagnostics).Concat(new[] { SchemaGenRules.RenamedMember, SchemaGenRules.RemovedMember });

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "src", "SchemaGen.Analyzers"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }

        [Fact]
        public void Every_rule_has_a_stable_id_a_help_link_and_a_help_page()
        {
            Assert.Equal(new[] { "SG2001", "SG2002", "SG2003", "SG2004", "SG2005", "SG2006", "SG2007", "SG2008", "SG2009" }, Descriptors.Select(d => d.Id).OrderBy(i => i));
            foreach (DiagnosticDescriptor rule in Descriptors)
            {
                Assert.Equal(HelpLinks.For(rule.Id), rule.HelpLinkUri);
                Assert.StartsWith("SchemaGen.", rule.Category);
                string page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", rule.Id + ".md");
                Assert.True(File.Exists(page), "missing help page " + page);
                string text = File.ReadAllText(page);
                Assert.StartsWith("# " + rule.Id + ": ", text);
                Assert.Contains("dotnet_diagnostic." + rule.Id + ".severity", text);
            }
        }

        [Fact]
        public void Release_tracking_lists_every_rule_with_its_category_and_severity()
        {
            string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "SchemaGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
            foreach (DiagnosticDescriptor rule in Descriptors)
                Assert.Contains($"{rule.Id} | {rule.Category} | {rule.DefaultSeverity} |", unshipped);
        }

        [Fact]
        public void The_analyzer_assembly_does_not_reference_workspaces()
        {
            var references = typeof(InvariantInitializerAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain("Microsoft.CodeAnalysis.Workspaces", references);
            Assert.Contains("SchemaGen.Schema", references);
        }

        [Fact]
        public async Task A_yaml_file_marked_as_not_a_schema_is_not_read()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>("""
                using SchemaGen.Formats.V2021;
                class C { object M() => AnnualReportSchema.Table("Aplications"); }
                """, withSchema: false, model: ModelPlacement.Source);
            test.TestState.AdditionalFiles.Add(("/schema/gov-info-annual-report-2021.yaml", GeneratedModel.Yaml2021));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", SourceText.From("""
                is_global = true

                [/schema/gov-info-annual-report-2021.yaml]
                build_metadata.AdditionalFiles.SchemaGenSchema = false
                """)));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_yaml_file_marked_as_a_schema_is_read()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>("""
                using SchemaGen.Formats.V2021;
                class C { object M() => AnnualReportSchema.Table({|#0:"Aplications"|}); }
                """, withSchema: false, model: ModelPlacement.Source);
            test.TestState.AdditionalFiles.Add(("/schema/gov-info-annual-report-2021.yaml", GeneratedModel.Yaml2021));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", SourceText.From("""
                is_global = true

                [/schema/gov-info-annual-report-2021.yaml]
                build_metadata.AdditionalFiles.SchemaGenSchema = true
                """)));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 0));
            await test.RunAsync();
        }
    }
}
