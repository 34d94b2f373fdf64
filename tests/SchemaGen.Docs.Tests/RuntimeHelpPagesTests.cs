using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using SchemaGen.Cli.Checking;
using SchemaGen.Docs.Diagnostics;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Tests.Support;
using SchemaGen.Checking;
using SchemaGen.Runtime.Reading;
using SchemaGen.Schema.Diagnostics;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    /// <summary>The SG3xxx, SG40xx and invariant help pages: every id schemagen check can cite has a checked-in, current page.</summary>
    public class RuntimeHelpPagesTests
    {
        private static readonly Lazy<IReadOnlyList<SchemaFacts>> Schemas =
            new(() => DocsWriter.LoadAll(Repo.BothSchemas, TextWriter.Null) ?? throw new InvalidOperationException("schemas do not load"));

        private static IReadOnlyList<HelpPage> Pages => RuntimeHelpPages.All(Schemas.Value);

        /// <summary>Every id from the catalogs and both schemas' invariants, enumerated independently of the page list.</summary>
        public static IEnumerable<object[]> CatalogIds()
        {
            var schemas = DocsWriter.LoadAll(Repo.BothSchemas, TextWriter.Null)!;
            return ReadDiagnosticIds.All.Select(d => d.Id)
                .Concat(CheckerDiagnosticIds.All.Select(d => d.Id))
                .Concat(schemas.SelectMany(s => s.Document.Invariants).Select(i => i.Id))
                .Append("cell-kind")
                .Distinct()
                .Select(id => new object[] { id });
        }

        public static IEnumerable<object[]> CliIds() => CheckerRules.All.Select(r => new object[] { r.Id });

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void Every_catalog_id_has_a_generated_page(string id)
        {
            Assert.Contains(Pages, p => p.Id == id);
            Assert.True(File.Exists(Path.Combine(Repo.DiagnosticsDocs, id + ".md")), $"docs/diagnostics/{id}.md is missing");
        }

        [Theory]
        [MemberData(nameof(CliIds))]
        public void Cli_help_uri_resolves_to_a_checked_in_page(string id)
        {
            RuleInfo rule = CheckerRules.Find(id);
            Assert.StartsWith(HelpLinks.Base, rule.HelpUri);
            string relative = "docs/diagnostics/" + rule.HelpUri.Substring(HelpLinks.Base.Length);
            Assert.True(File.Exists(Path.Combine(Repo.Root, relative)), $"{rule.HelpUri} points to {relative}, which does not exist");
        }

        [Theory]
        [MemberData(nameof(CliIds))]
        public void Page_level_is_the_level_the_cli_reports(string id)
        {
            HelpPage page = Pages.Single(p => p.Id == id);
            Assert.Equal(CheckerRules.Find(id).Level.Word(), page.Severity);
        }

        [Fact]
        public void Table_missing_page_says_the_cli_raises_it_to_error()
        {
            HelpPage page = Pages.Single(p => p.Id == ReadDiagnosticIds.TableMissing);
            Assert.Equal("error", page.Severity);
            Assert.Contains("reports it as an error", HelpPageRenderer.Markdown(page));
        }

        [Fact]
        public void Cli_checker_rules_come_from_the_checking_catalog()
        {
            Assert.Equal(CheckerDiagnosticIds.All.Select(d => (d.Id, d.Title, d.Description)),
                CheckerRules.Own.Select(r => (r.Id, r.Title, r.Description)));
            Assert.Equal(new[] { "SG4001", "SG4002", "SG4003", "SG4010" }, CheckerRules.Own.Select(r => r.Id));
        }

        [Fact]
        public void Invariant_page_shows_each_version_with_labels_identifiers_and_blank_reading()
        {
            string md = HelpPageRenderer.Markdown(Pages.Single(p => p.Id == "outcome-total"));
            Assert.Contains("Format version 2019", md);
            Assert.Contains("Format version 2021", md);
            Assert.Contains("rule in labels: ", md);
            Assert.Contains("rule in identifiers: ", md);
            Assert.Contains("standing: implied", md);
            Assert.Contains("not assessable", md);
        }

        [Fact]
        public void Checked_in_pages_exist_and_are_up_to_date()
        {
            if (Environment.GetEnvironmentVariable(DiagnosticPagesTests.UpdateVariable) == "1")
                Assert.Empty(RuntimeHelpPages.WriteMarkdownPages(Repo.DiagnosticsDocs, Schemas.Value));
            foreach (HelpPage page in Pages)
            {
                string path = Path.Combine(Repo.DiagnosticsDocs, page.Id + ".md");
                Assert.True(File.Exists(path), $"{path} is missing: run the tests once with {DiagnosticPagesTests.UpdateVariable}=1 to write it");
                Assert.True(HelpPageRenderer.Markdown(page) == File.ReadAllText(path),
                    $"{path} is out of date: run `{DiagnosticPagesTests.UpdateVariable}=1 dotnet test tests/SchemaGen.Docs.Tests` and commit docs/diagnostics/");
            }
        }

        [Fact]
        public void Docs_output_has_html_and_markdown_for_every_page()
        {
            var docs = GeneratedDocs.Shared;
            foreach (HelpPage page in Pages)
            {
                var html = new HtmlParser().ParseDocument(docs.Read("diagnostics/" + page.Id + ".html"));
                Assert.Equal(page.Heading, html.QuerySelector("h1")!.TextContent);
                Assert.Equal(HelpPageRenderer.Markdown(page), docs.Read("diagnostics/" + page.Id + ".md"));
            }
        }
    }
}
