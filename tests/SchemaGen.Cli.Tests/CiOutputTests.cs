using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AngleSharp.Html.Parser;
using Markdig;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>--format junit, github and markdown, each read back by what consumes it.</summary>
    public class CiOutputTests
    {
        private static readonly Lazy<CliRun> JUnitSeeds = new(() => CliHarness.Run("check", Repo.Seeds, "--format", "junit"));

        private static XDocument ValidJUnit(string xml)
        {
            var schemas = new XmlSchemaSet();
            schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "JUnit", "junit-10.xsd"));
            var problems = new List<string>();
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
            settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
            using (var reader = XmlReader.Create(new StringReader(xml), settings))
                while (reader.Read()) { }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            return XDocument.Parse(xml);
        }

        [Fact]
        public void Junit_of_the_seeds_is_valid_against_the_junit_schema_one_case_per_file_and_rule()
        {
            CliRun run = JUnitSeeds.Value;
            Assert.Equal(1, run.ExitCode);
            XDocument junit = ValidJUnit(run.Out);
            var suites = junit.Root!.Elements("testsuite").ToList();
            Assert.Equal(Directory.GetFiles(Repo.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal), suites.Select(s => (string)s.Attribute("name")!));
            foreach (XElement suite in suites)
            {
                var cases = suite.Elements("testcase").ToList();
                Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
                Assert.Equal(cases.Count(c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
                Assert.Equal(cases.Count(c => c.Element("skipped") is not null), (int)suite.Attribute("skipped")!);
                // One case per rule: no rule twice in a file.
                Assert.Equal(cases.Count, cases.Select(c => (string)c.Attribute("name")!).Distinct().Count());
            }
            XElement seed003 = suites.Single(s => (string)s.Attribute("name")! == Repo.Seed("003"));
            XElement outcome = seed003.Elements("testcase").Single(c => (string)c.Attribute("name")! == "outcome-total");
            Assert.Equal(2, outcome.Elements("failure").Count());
            Assert.Contains("47 = 37 does not hold", (string)outcome.Element("failure")!.Attribute("message")!);
            Assert.Null(seed003.Elements("testcase").Single(c => (string)c.Attribute("name")! == "balance").Element("failure"));
            // Table 四 of seed 003 cannot be placed: its rules were not checked, which is a skip, not a pass.
            Assert.NotNull(seed003.Elements("testcase").Single(c => (string)c.Attribute("name")! == "reconsideration-total").Element("skipped"));
            XElement seed001 = suites.Single(s => (string)s.Attribute("name")! == Repo.Seed("001"));
            Assert.Equal("0", (string)seed001.Attribute("failures")!);
            Assert.True((int)seed001.Attribute("tests")! >= 8);
        }

        [Fact]
        public void Junit_reports_an_input_that_was_not_read_as_an_error_case()
        {
            string missing = Path.Combine(Path.GetTempPath(), "schemagen-none-" + Guid.NewGuid().ToString("N") + ".txt");
            CliRun run = CliHarness.Run("check", missing, "--format", "junit");
            Assert.Equal(2, run.ExitCode);
            XElement testCase = ValidJUnit(run.Out).Root!.Element("testsuite")!.Element("testcase")!;
            Assert.Equal("read", (string)testCase.Attribute("name")!);
            Assert.Contains("SG4001", testCase.Element("error")!.Value);
        }

        /// <summary>
        /// A workflow command as the Actions runner reads it: ::command key=value,key=value::data, where data has
        /// % CR LF escaped and property values also : and , (docs.github.com, "Workflow commands for GitHub Actions").
        /// </summary>
        private static readonly Regex WorkflowCommand = new(@"^::(error|warning|notice)(?: ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*))?::(.*)$");

        /// <summary>The level of every finding of the seeds, from the JSON output of the same check.</summary>
        private static List<string> SeedFindingLevels()
        {
            using var json = System.Text.Json.JsonDocument.Parse(CliHarness.Run("check", Repo.Seeds, "--format", "json").Out);
            return json.RootElement.GetProperty("files").EnumerateArray()
                .SelectMany(f => f.GetProperty("findings").EnumerateArray())
                .Select(f => f.GetProperty("level").GetString()!).ToList();
        }

        private static string Unescape(string text) => text.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%3A", ":").Replace("%2C", ",").Replace("%25", "%");

        [Fact]
        public void Github_annotations_follow_the_workflow_command_syntax_and_carry_each_finding()
        {
            CliRun run = CliHarness.Run("check", Repo.Seeds, "--format", "github");
            Assert.Equal(1, run.ExitCode);
            string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var annotations = lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
            // Every finding of the seeds, as the JSON output counts them by level.
            var levels = SeedFindingLevels();
            Assert.True(levels.Count(l => l == "error") > 0 && levels.Count(l => l == "warning") > 0);
            Assert.Equal(levels.Count, annotations.Count);
            Assert.Equal(levels.Count(l => l == "error"), annotations.Count(a => a.StartsWith("::error ", StringComparison.Ordinal)));
            Assert.Equal(levels.Count(l => l == "warning"), annotations.Count(a => a.StartsWith("::warning ", StringComparison.Ordinal)));
            foreach (string annotation in annotations)
            {
                Match match = WorkflowCommand.Match(annotation);
                Assert.True(match.Success, annotation);
                var properties = match.Groups[2].Value.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Unescape(p[1]));
                Assert.True(File.Exists(properties["file"]), annotation);
                Assert.DoesNotContain('\n', match.Groups[3].Value);
            }
            string outcome = annotations.Single(a => a.Contains("title=outcome-total", StringComparison.Ordinal) && a.Contains("column 自然人", StringComparison.Ordinal));
            Assert.StartsWith($"::error file={Repo.Seed("003")},line=406,title=outcome-total::", outcome);
            Assert.Contains("(expected 37, actual 47)", outcome);
            Assert.Contains(annotations, a => a.StartsWith("::warning ", StringComparison.Ordinal) && a.Contains("title=SG3005", StringComparison.Ordinal));
            Assert.EndsWith("5 files: 19 errors, 3 warnings", lines.Last());
        }

        [Fact]
        public void Github_data_and_properties_are_escaped_so_nothing_ends_them_early()
        {
            string data = Output.GitHubCheckOutput.Data("50% done\nnext: line");
            Assert.Equal("50%25 done%0Anext: line", data);
            Assert.Equal("a%3Ab%2Cc%25", Output.GitHubCheckOutput.Property("a:b,c%"));
            Assert.Equal("50% done\nnext: line", Unescape(data));
        }

        [Fact]
        public void Markdown_renders_as_two_pipe_tables_with_every_finding_and_every_file()
        {
            CliRun run = CliHarness.Run("check", Repo.Seeds, "--format", "markdown");
            Assert.Equal(1, run.ExitCode);
            string html = Markdown.ToHtml(run.Out, new MarkdownPipelineBuilder().UsePipeTables().Build());
            var document = new HtmlParser().ParseDocument(html);
            var tables = document.QuerySelectorAll("table").ToList();
            Assert.Equal(2, tables.Count);
            var findings = tables[0].QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
            var levels = SeedFindingLevels();
            Assert.Equal(levels.Count, findings.Count);
            Assert.Equal(levels.Count(l => l == "error"), findings.Count(r => r[0] == "error"));
            Assert.All(findings, r => Assert.Equal(7, r.Length));
            string[] outcome = findings.First(r => r[1] == "outcome-total");
            Assert.Equal(new[] { "error", "outcome-total", Repo.Seed("003") + ":406" }, outcome.Take(3));
            Assert.Equal(("37", "47"), (outcome[4], outcome[5]));
            var files = tables[1].QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
            Assert.Equal(Directory.GetFiles(Repo.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal), files.Select(r => r[0]));
            Assert.Contains("5 files: 19 errors, 3 warnings", document.Body!.TextContent);
        }

        [Fact]
        public void A_pipe_in_a_cell_does_not_split_it()
        {
            string html = Markdown.ToHtml("| a | b |\n|---|---|\n| " + Output.MarkdownCheckOutput.Cell("x | y <b>") + " | z |\n", new MarkdownPipelineBuilder().UsePipeTables().Build());
            var cells = new HtmlParser().ParseDocument(html).QuerySelectorAll("tbody td").Select(c => c.TextContent).ToArray();
            Assert.Equal(new[] { "x | y <b>", "z" }, cells);
        }
    }
}
