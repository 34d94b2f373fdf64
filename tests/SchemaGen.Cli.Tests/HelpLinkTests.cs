using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Schema.Diagnostics;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>Every diagnostic's help link leads to a page that ships with the tool and is in the repository's docs/diagnostics/.</summary>
    public class HelpLinkTests
    {
        /// <summary>Every id anything reports, with its help link: checker rules (SG40xx, reading SG3xxx, validation rules), schema SG1xxx through the generator's descriptors, and the analyzers' SG2xxx.</summary>
        public static IEnumerable<(string Id, string Link)> AllLinks()
        {
            foreach (RuleInfo rule in CheckerRules.All) yield return (rule.Id, rule.HelpUri);
            foreach (DiagnosticRule rule in SchemaDiagnosticIds.All) yield return (rule.Id, rule.HelpLink);
            foreach (DiagnosticDescriptor d in GeneratorDiagnostics.Descriptors.Values) yield return (d.Id, d.HelpLinkUri);
            foreach (DiagnosticDescriptor d in Analyzers().SelectMany(a => a.SupportedDiagnostics)) yield return (d.Id, d.HelpLinkUri);
        }

        private static IEnumerable<DiagnosticAnalyzer> Analyzers()
            => typeof(SchemaGen.Analyzers.Diagnostics.SchemaGenRules).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

        [Fact]
        public void Every_help_link_is_a_file_that_exists()
        {
            var links = AllLinks().ToList();
            Assert.Contains(links, l => l.Id.StartsWith("SG1", StringComparison.Ordinal));
            Assert.Contains(links, l => l.Id.StartsWith("SG2", StringComparison.Ordinal));
            Assert.Contains(links, l => l.Id.StartsWith("SG3", StringComparison.Ordinal));
            Assert.Contains(links, l => l.Id.StartsWith("SG4", StringComparison.Ordinal));
            Assert.Contains(links, l => l.Id == "outcome-total");
            foreach (var (id, link) in links)
            {
                Assert.True(Uri.TryCreate(link, UriKind.Absolute, out Uri? uri) && uri.IsFile, $"{id}: {link} is not a file address");
                Assert.True(File.Exists(uri!.LocalPath), $"{id}: {link} does not exist");
                Assert.Equal(id + ".md", Path.GetFileName(uri.LocalPath));
                Assert.True(File.Exists(Path.Combine(Repo.Root, HelpLinks.PageOf(id))), $"{id}: no {HelpLinks.PageOf(id)} in the repository");
            }
        }

        [Fact]
        public void The_tool_ships_every_page_beside_its_assemblies()
        {
            string toolDocs = Path.Combine(Path.GetDirectoryName(ToolProcess.ToolDll())!, "docs", "diagnostics");
            string[] shipped = Directory.GetFiles(toolDocs, "*.md").Select(Path.GetFileName).ToArray()!;
            string[] repository = Directory.GetFiles(Path.Combine(Repo.Root, "docs", "diagnostics"), "*.md").Select(Path.GetFileName).ToArray()!;
            Assert.NotEmpty(repository);
            Assert.Equal(repository.OrderBy(n => n, StringComparer.Ordinal), shipped.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void No_help_link_or_tool_address_names_a_repository_that_does_not_exist()
        {
            CliRun run = CliHarness.Run("check", Repo.Seed("003"), "--format", "sarif");
            Assert.DoesNotContain("github.com/schemagen", run.Out);
            Assert.DoesNotContain(AllLinks(), l => l.Link.Contains("github.com", StringComparison.Ordinal));
        }

        [Fact]
        public void SCHEMAGEN_HELP_BASE_sets_where_links_point()
        {
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            info.ArgumentList.Add(ToolProcess.ToolDll());
            foreach (string arg in new[] { "check", Repo.Seed("003"), "--format", "sarif" }) info.ArgumentList.Add(arg);
            info.Environment[HelpLinks.BaseVariable] = "https://docs.example.org/schemagen/diagnostics";
            using Process process = Process.Start(info)!;
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(ToolProcess.Patience));
            JsonElement rules = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
            Assert.NotEqual(0, rules.GetArrayLength());
            foreach (JsonElement rule in rules.EnumerateArray())
                Assert.Equal("https://docs.example.org/schemagen/diagnostics/" + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
        }
    }
}
