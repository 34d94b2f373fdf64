using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Schema.Diagnostics;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>`check --format sarif` validates against the official SARIF 2.1.0 JSON schema and carries rules, levels and locations.</summary>
    public class SarifTests
    {
        private static readonly CliRun Run = CliHarness.Run("check", Repo.Seeds, Path.Combine(Repo.Seeds, "no-such-report.txt"), "--format", "sarif");

        private static JsonElement RunElement => Run.Json().GetProperty("runs")[0];

        [Fact]
        public void Output_validates_against_the_SARIF_2_1_0_schema()
        {
            SarifSchema.AssertValid(Run.Out);
            Assert.Equal("2.1.0", Run.Json().GetProperty("version").GetString());
        }

        [Fact]
        public void The_validator_does_reject_a_broken_log()
        {
            // A control: a level SARIF does not define, and a result without a message, must fail validation.
            JsonNode broken = JsonNode.Parse(Run.Out)!;
            JsonObject result = broken["runs"]![0]!["results"]![0]!.AsObject();
            result["level"] = "fatal";
            result.Remove("message");
            Assert.NotEmpty(SarifSchema.Value.Validate(broken.ToJsonString()));
        }

        [Fact]
        public void Rules_carry_ids_names_and_help_links()
        {
            var rules = RunElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
            foreach (string id in new[] { "SG3003", "SG3004", "SG3005", "SG4001", "outcome-total", "balance", "carry-over-across-years" })
            {
                JsonElement rule = rules.Single(r => r.GetProperty("id").GetString() == id);
                Assert.Equal(HelpLinks.For(id), rule.GetProperty("helpUri").GetString());
                Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
                Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            }
            Assert.Equal("TableMissing", rules.Single(r => r.GetProperty("id").GetString() == "SG3003").GetProperty("name").GetString());
            Assert.Equal("error", rules.Single(r => r.GetProperty("id").GetString() == "SG3003").GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal("OutcomeTotal", rules.Single(r => r.GetProperty("id").GetString() == "outcome-total").GetProperty("name").GetString());
        }

        [Fact]
        public void Every_result_points_at_its_rule_by_id_and_index()
        {
            var rules = RunElement.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            foreach (JsonElement result in RunElement.GetProperty("results").EnumerateArray())
                Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }

        [Fact]
        public void A_rule_violation_has_file_line_and_logical_section_table_row_column()
        {
            JsonElement result = RunElement.GetProperty("results").EnumerateArray()
                .First(r => r.GetProperty("ruleId").GetString() == "outcome-total" && r.GetProperty("level").GetString() == "error");
            JsonElement location = result.GetProperty("locations")[0];
            JsonElement physical = location.GetProperty("physicalLocation");
            Assert.EndsWith("003_2751fb31f42ef292.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(406, physical.GetProperty("region").GetProperty("startLine").GetInt32());
            var logical = location.GetProperty("logicalLocations").EnumerateArray().ToArray();
            Assert.Equal(new[] { "section", "table", "row", "column" }, logical.Select(l => l.GetProperty("kind").GetString()));
            Assert.Equal(new[] { "Applications", "Applications", "Outcomes.Total", "NaturalPerson" }, logical.Select(l => l.GetProperty("name").GetString()));
            Assert.Equal("Applications/Applications/Outcomes.Total/NaturalPerson", logical[3].GetProperty("fullyQualifiedName").GetString());
            Assert.Equal("自然人", logical[3].GetProperty("properties").GetProperty("label").GetString());
            Assert.Equal(37m, result.GetProperty("properties").GetProperty("expected").GetDecimal());
            Assert.Equal(47m, result.GetProperty("properties").GetProperty("actual").GetDecimal());
        }

        [Fact]
        public void A_missing_table_is_an_error_result_and_an_unreadable_input_is_reported_too()
        {
            var results = RunElement.GetProperty("results").EnumerateArray().ToArray();
            Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "SG3003" && r.GetProperty("level").GetString() == "error"
                && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("002_adca01a883d7caee.txt"));
            JsonElement unreadable = results.Single(r => r.GetProperty("ruleId").GetString() == "SG4001");
            Assert.Equal("error", unreadable.GetProperty("level").GetString());
            JsonElement invocation = RunElement.GetProperty("invocations")[0];
            Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
            Assert.Equal(2, invocation.GetProperty("exitCode").GetInt32());
            Assert.Equal(2, Run.ExitCode);
            Assert.Equal(6, RunElement.GetProperty("artifacts").GetArrayLength());
        }
    }
}
