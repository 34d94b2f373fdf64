using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using SchemaGen.Docs.Diagnostics;
using SchemaGen.Docs.Tests.Support;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    /// <summary>The SG1xxx help pages: where HelpLinks point, generated from the catalog, checked in under docs/diagnostics/.</summary>
    public class DiagnosticPagesTests
    {
        /// <summary>Set to 1 to rewrite the checked-in pages instead of comparing them.</summary>
        public const string UpdateVariable = "SCHEMAGEN_UPDATE_DOCS";

        public static IEnumerable<object[]> Ids() => SchemaDiagnosticIds.All.Select(r => new object[] { r.Id });

        [Fact]
        public void Every_schema_diagnostic_has_an_example_or_says_why_not()
        {
            Assert.Equal(SchemaDiagnosticIds.All.Select(r => r.Id), DiagnosticExamples.All.Select(e => e.Id));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Example_triggers_its_diagnostic(string id)
        {
            DiagnosticExample example = HelpPages.ExampleOf(id);
            if (example.TriggerYaml is null)
            {
                Assert.Contains(id, DiagnosticExamples.WithoutExample);
                return;
            }
            SchemaLoadResult result = SchemaLoader.Load(example.TriggerYaml, DiagnosticExamples.FileName);
            Assert.Contains(result.Diagnostics, d => d.Id == id);
            Assert.NotEmpty(HelpPages.ReportedFor(example));
        }

        [Fact]
        public void The_example_base_is_a_valid_schema()
        {
            SchemaLoadResult result = SchemaLoader.Load(DiagnosticExamples.Base, DiagnosticExamples.FileName);
            Assert.Empty(result.Diagnostics);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Output_has_html_and_markdown_pages(string id)
        {
            var docs = GeneratedDocs.Shared;
            DiagnosticRule rule = SchemaDiagnosticIds.All.Single(r => r.Id == id);
            var page = new HtmlParser().ParseDocument(docs.Read("diagnostics/" + id + ".html"));
            Assert.Equal(id + ": " + rule.Title, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(rule.Description, page.Body!.TextContent);
            Assert.Contains(HelpPages.SeverityText(rule.Severity), page.QuerySelector("dl.meta")!.TextContent);
            Assert.Contains("How to fix", page.Body.TextContent);
            DiagnosticExample example = HelpPages.ExampleOf(id);
            if (example.TriggerYaml is not null)
                Assert.Equal(example.TriggerYaml.TrimEnd('\n'), page.QuerySelector("code.language-yaml")!.TextContent);
            Assert.Equal(HelpPages.Markdown(rule), docs.Read("diagnostics/" + id + ".md"));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Checked_in_page_exists_and_is_up_to_date(string id)
        {
            DiagnosticRule rule = SchemaDiagnosticIds.All.Single(r => r.Id == id);
            string path = Path.Combine(Repo.DiagnosticsDocs, id + ".md");
            Assert.StartsWith(HelpLinks.Base, rule.HelpLink);
            Assert.EndsWith("docs/diagnostics/" + id + ".md", rule.HelpLink);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
                HelpPages.WriteMarkdownPages(Repo.DiagnosticsDocs);
            Assert.True(File.Exists(path), $"{path} is missing: run the tests once with {UpdateVariable}=1 to write it");
            Assert.True(HelpPages.Markdown(rule) == File.ReadAllText(path),
                $"{path} is out of date: run `{UpdateVariable}=1 dotnet test tests/SchemaGen.Docs.Tests` and commit docs/diagnostics/");
        }

        [Fact]
        public void Pages_written_by_hand_are_never_overwritten()
        {
            string dir = Repo.NewTempDirectory("hand-written");
            string handWritten = Path.Combine(dir, "diagnostics", "SG1001.md");
            Directory.CreateDirectory(Path.GetDirectoryName(handWritten)!);
            File.WriteAllText(handWritten, "# SG1001, by hand\n");
            var log = new StringWriter();

            Assert.Equal(0, DocsWriter.Write(new[] { Repo.Schema2021 }, dir, log));

            Assert.Equal("# SG1001, by hand\n", File.ReadAllText(handWritten));
            Assert.Contains("SG1001.md: warning: not overwritten", log.ToString());
            Assert.True(File.Exists(Path.Combine(dir, "diagnostics", "SG1002.md")));

            // A generated page is regenerated in place.
            File.WriteAllText(Path.Combine(dir, "diagnostics", "SG1002.md"), GeneratedFiles.MarkdownMarker + "\nstale\n");
            Assert.Equal(0, DocsWriter.Write(new[] { Repo.Schema2021 }, dir, TextWriter.Null));
            Assert.Equal(HelpPages.Markdown(SchemaDiagnosticIds.UnknownKey), File.ReadAllText(Path.Combine(dir, "diagnostics", "SG1002.md")));
        }

        [Fact]
        public void Repository_writer_leaves_other_pages_alone()
        {
            string dir = Repo.NewTempDirectory("repo-docs");
            File.WriteAllText(Path.Combine(dir, "SG2001.md"), "# SG2001, by hand\n");
            File.WriteAllText(Path.Combine(dir, "SG1003.md"), "# SG1003, by hand\n");
            var skipped = HelpPages.WriteMarkdownPages(dir);
            Assert.Equal(new[] { "SG1003" }, skipped);
            Assert.Equal("# SG2001, by hand\n", File.ReadAllText(Path.Combine(dir, "SG2001.md")));
            Assert.Equal(SchemaDiagnosticIds.All.Count + 1, Directory.GetFiles(dir).Length);
        }
    }
}
