using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>`check --format json`: per file the format version, table presence and findings with rule ids, row/column and expected/actual.</summary>
    public class JsonOutputTests
    {
        private static readonly CliRun Run = CliHarness.Run("check", Repo.Seeds, "--format", "json");

        private static JsonElement File(string number)
            => Run.Json().GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == Repo.Seed(number));

        private static Dictionary<string, string> Presence(JsonElement file)
            => file.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("number").GetString()!, t => t.GetProperty("presence").GetString()!);

        private static IEnumerable<JsonElement> Findings(JsonElement file) => file.GetProperty("findings").EnumerateArray();

        [Fact]
        public void Top_level_shape_and_property_order_are_stable()
        {
            JsonElement root = Run.Json();
            Assert.Equal(new[] { "schema", "tool", "files", "summary" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal("schemagen-check/1", root.GetProperty("schema").GetString());
            Assert.Equal(new[] { "path", "status", "problem", "format", "tables", "findings", "counts" }, File("001").EnumerateObject().Select(p => p.Name));
            JsonElement summary = root.GetProperty("summary");
            Assert.Equal(5, summary.GetProperty("files").GetInt32());
            Assert.Equal(19, summary.GetProperty("errors").GetInt32());
            Assert.Equal(1, summary.GetProperty("exitCode").GetInt32());
            Assert.Equal(1, Run.ExitCode);
            Assert.DoesNotContain("\\u", Run.Out); // Chinese stays readable
        }

        [Fact]
        public void Each_file_carries_its_format_version_and_confidence()
        {
            foreach (var (number, version) in new[] { ("000", "2021"), ("001", "2021"), ("002", "2021"), ("003", "2019"), ("004", "2021") })
            {
                JsonElement format = File(number).GetProperty("format");
                Assert.Equal(version, format.GetProperty("version").GetString());
                Assert.Equal("gov-info-annual-report@" + version, format.GetProperty("key").GetString());
                Assert.False(format.GetProperty("forced").GetBoolean());
                double confidence = format.GetProperty("confidence").GetDouble();
                Assert.InRange(confidence, 0, 1);
                Assert.NotEmpty(format.GetProperty("evidence").EnumerateArray());
            }
        }

        [Fact]
        public void Table_presence_per_file()
        {
            Assert.Equal(new Dictionary<string, string> { ["二"] = "missing", ["三"] = "empty", ["四"] = "missing" }, Presence(File("000")));
            Assert.Equal(new Dictionary<string, string> { ["二"] = "present", ["三"] = "present", ["四"] = "present" }, Presence(File("001")));
            Assert.Equal(new Dictionary<string, string> { ["二"] = "missing", ["三"] = "missing", ["四"] = "missing" }, Presence(File("002")));
            Assert.Equal(new Dictionary<string, string> { ["二"] = "present", ["三"] = "present", ["四"] = "unplaceable" }, Presence(File("003")));
            Assert.Equal(new Dictionary<string, string> { ["二"] = "missing", ["三"] = "missing", ["四"] = "missing" }, Presence(File("004")));

            JsonElement blocks003 = File("003").GetProperty("tables")[0].GetProperty("blocks");
            Assert.Equal(new[] { "Regulations", "Licensing", "Enforcement", "Fees", "Procurement" }, blocks003.EnumerateArray().Select(b => b.GetProperty("table").GetString()));
            JsonElement applications = File("001").GetProperty("tables")[1].GetProperty("blocks")[0];
            Assert.Equal(175, applications.GetProperty("figures").GetInt32());
            Assert.Equal(175, applications.GetProperty("cells").GetInt32());
        }

        [Fact]
        public void The_outcome_total_finding_of_seed_003_has_rule_row_column_expected_actual_and_cells()
        {
            var broken = Findings(File("003")).Where(f => f.GetProperty("ruleId").GetString() == "outcome-total" && f.GetProperty("level").GetString() == "error").ToArray();
            // The seeds README: the outcome rows add up to 37 while （七）总计 says 47, in columns 自然人 and 总计.
            Assert.Equal(new[] { "NaturalPerson", "Total" }, broken.Select(f => f.GetProperty("column").GetString()));
            JsonElement finding = broken[0];
            Assert.Equal("validation", finding.GetProperty("origin").GetString());
            Assert.Equal("Applications", finding.GetProperty("table").GetString());
            Assert.Equal("三", finding.GetProperty("tableNumber").GetString());
            Assert.Equal("Outcomes.Total", finding.GetProperty("row").GetString());
            Assert.Equal("（七）总计", finding.GetProperty("rowLabel").GetString());
            Assert.Equal("NaturalPerson", finding.GetProperty("column").GetString());
            Assert.Equal("自然人", finding.GetProperty("columnLabel").GetString());
            Assert.Equal(37m, finding.GetProperty("expected").GetDecimal());
            Assert.Equal(47m, finding.GetProperty("actual").GetDecimal());
            Assert.Equal(406, finding.GetProperty("line").GetInt32());
            var cells = finding.GetProperty("cells").EnumerateArray().ToArray();
            Assert.Contains(cells, c => c.GetProperty("row").GetString() == "Outcomes.Granted" && c.GetProperty("column").GetString() == "NaturalPerson" && c.GetProperty("line").ValueKind == JsonValueKind.Number);
            Assert.EndsWith("/outcome-total.md", finding.GetProperty("helpUri").GetString());
        }

        [Fact]
        public void Missing_tables_are_errors_with_a_stable_id_and_the_table_named()
        {
            var missing = Findings(File("002")).Where(f => f.GetProperty("ruleId").GetString() == "SG3003").ToArray();
            Assert.Equal(new[] { "Regulations", "Licensing", "Enforcement", "Fees", "Applications", "Appeals" }, missing.Select(f => f.GetProperty("table").GetString()));
            Assert.All(missing, f => Assert.Equal("error", f.GetProperty("level").GetString()));
            Assert.All(missing, f => Assert.Equal("presence", f.GetProperty("origin").GetString()));

            JsonElement empty = Findings(File("000")).Single(f => f.GetProperty("ruleId").GetString() == "SG3004");
            Assert.Equal("warning", empty.GetProperty("level").GetString());
            Assert.Equal("Applications", empty.GetProperty("table").GetString());

            JsonElement unplaceable = Findings(File("003")).Single(f => f.GetProperty("ruleId").GetString() == "SG3005");
            Assert.Equal("warning", unplaceable.GetProperty("level").GetString());
            Assert.Equal("Appeals", unplaceable.GetProperty("table").GetString());
        }

        [Fact]
        public void Seed_001_has_no_findings()
        {
            JsonElement file = File("001");
            Assert.Empty(Findings(file));
            Assert.Equal(0, file.GetProperty("counts").GetProperty("errors").GetInt32());
        }
    }
}
