using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>Rule levels from schemagen.json or .editorconfig, in every output and the exit code.</summary>
    public sealed class SeverityOverrideTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "schemagen-levels-" + Guid.NewGuid().ToString("N"));

        public SeverityOverrideTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string Config(string name, string text)
        {
            string path = Path.Combine(_folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        [Fact]
        public void Without_a_config_seed_003_fails_on_outcome_total()
        {
            CliRun run = CliHarness.Run("check", Repo.Seed("003"));
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error outcome-total", run.Out);
        }

        [Fact]
        public void Lowering_a_rule_to_warning_changes_the_text_the_json_the_sarif_and_the_exit_code()
        {
            string config = Config("schemagen.json", "{ \"rules\": { \"outcome-total\": \"warning\" } }");
            CliRun text = CliHarness.Run("check", Repo.Seed("003"), "--config", config);
            Assert.Equal(0, text.ExitCode);
            Assert.Contains("warning outcome-total", text.Out);
            Assert.DoesNotContain("error outcome-total", text.Out);
            Assert.Equal(1, CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--fail-on", "warning").ExitCode);

            JsonElement json = CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--format", "json").Json();
            var outcome = json.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "outcome-total").ToList();
            Assert.Equal(2, outcome.Count);
            Assert.All(outcome, f => Assert.Equal("warning", f.GetProperty("level").GetString()));
            Assert.Equal(0, json.GetProperty("summary").GetProperty("errors").GetInt32());

            JsonElement run = CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--format", "sarif").Json().GetProperty("runs")[0];
            var sarifOutcome = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "outcome-total").ToList();
            Assert.Equal(2, sarifOutcome.Count); // the same two findings as the JSON's: a filter that found none would prove nothing
            Assert.All(sarifOutcome, r => Assert.Equal("warning", r.GetProperty("level").GetString()));
            JsonElement rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "outcome-total");
            Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());

            Assert.Contains("::warning file=", CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--format", "github").Out);
            Assert.Contains("<failure", CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--format", "junit", "--fail-on", "warning").Out);
            Assert.DoesNotContain("name=\"outcome-total\">\n      <failure", CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--format", "junit").Out);
        }

        [Fact]
        public void Silencing_a_rule_in_an_editorconfig_removes_its_findings_and_raising_one_fails_the_run()
        {
            string config = Config(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.outcome-total.severity = none\ndotnet_diagnostic.SG3005.severity = error\n");
            CliRun run = CliHarness.Run("check", Repo.Seed("003"), "--config", config);
            Assert.DoesNotContain("outcome-total", run.Out);
            Assert.Contains("error SG3005", run.Out);
            Assert.Equal(1, run.ExitCode);

            CliRun silenced = CliHarness.Run("check", Repo.Seed("003"), "--config", Config("quiet.editorconfig", "[*]\ndotnet_diagnostic.outcome-total.severity = silent\n"));
            Assert.Equal(0, silenced.ExitCode);
            JsonElement rules = CliHarness.Run("check", Repo.Seed("003"), "--config", config, "--format", "sarif").Json().GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
            Assert.Equal("none", rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "outcome-total").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        }

        [Fact]
        public void The_nearest_schemagen_json_is_found_from_the_current_directory()
        {
            Config("schemagen.json", "{ \"rules\": { \"outcome-total\": \"suggestion\" } }");
            string nested = Directory.CreateDirectory(Path.Combine(_folder, "reports", "2020")).FullName;
            string before = Directory.GetCurrentDirectory();
            try
            {
                Directory.SetCurrentDirectory(nested);
                CliRun run = CliHarness.Run("check", Repo.Seed("003"));
                Assert.Contains("note outcome-total", run.Out);
                Assert.Equal(0, run.ExitCode);
            }
            finally
            {
                Directory.SetCurrentDirectory(before);
            }
        }

        [Fact]
        public void A_bad_level_is_a_usage_error_naming_the_file_and_an_unknown_rule_is_named()
        {
            CliRun bad = CliHarness.Run("check", Repo.Seed("001"), "--config", Config("bad.editorconfig", "[*]\n\ndotnet_diagnostic.balance.severity = loud\n"));
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("bad.editorconfig:3: dotnet_diagnostic.balance.severity: \"loud\" is not a level", bad.Err);

            CliRun unknown = CliHarness.Run("check", Repo.Seed("001"), "--config", Config("schemagen.json", "{ \"rules\": { \"outcome-totl\": \"none\" } }"));
            Assert.Equal(0, unknown.ExitCode);
            Assert.Contains("no rule has the id 'outcome-totl'", unknown.Err);
        }

        [Fact]
        public void Compare_applies_the_levels_to_cross_year_rules()
        {
            string last = Path.Combine(Repo.Root, "tests", "fixtures", "corpus", "hebei", "005_hebei-gongxinting_2022.txt");
            string current = Path.Combine(Repo.Root, "tests", "fixtures", "corpus", "hebei", "004_hebei-gongxinting_2023.txt");
            CliRun plain = CliHarness.Run("compare", last, current, "--format", "json");
            CliRun quiet = CliHarness.Run("compare", last, current, "--format", "json", "--config", Config("schemagen.json", "{ \"rules\": { \"carry-over-across-years\": \"none\", \"in-force-across-years\": \"none\" } }"));
            string[] Ids(CliRun r) => r.Json().GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();
            Assert.DoesNotContain("carry-over-across-years", Ids(quiet));
            Assert.DoesNotContain("in-force-across-years", Ids(quiet));
            Assert.True(Ids(plain).Length >= Ids(quiet).Length);
        }
    }
}
