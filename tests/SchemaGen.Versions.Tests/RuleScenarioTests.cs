using System.Linq;
using SchemaGen.Schema.Versioning;
using SchemaGen.Versions.Tests.Support;
using Xunit;

namespace SchemaGen.Versions.Tests
{
    /// <summary>Each rule id, produced by a one-edit change of a small schema, with its code and data classes.</summary>
    public class RuleScenarioTests
    {
        [Theory]
        [MemberData(nameof(RuleScenarios.Names), MemberType = typeof(RuleScenarios))]
        public void Scenario_reports_its_rule_with_its_classes(string name)
        {
            RuleScenario scenario = RuleScenarios.Named(name);
            ChangeReport report = Schemas.Compare(scenario.Older.ToYaml(), scenario.Newer.ToYaml());

            var found = report.Changes.Where(c => c.RuleId == scenario.RuleId && c.Path == scenario.Path).ToList();
            Assert.True(found.Count == 1, $"expected one {scenario.RuleId} at {scenario.Path}; got:\n{report.ToText()}");
            SchemaChange change = found[0];
            Assert.Equal(scenario.BreaksCode, change.BreaksCode);
            Assert.Equal(scenario.BreaksData, change.BreaksData);
            if (scenario.OldPath is not null) Assert.Equal(scenario.OldPath, change.OldPath);
            Assert.Equal(ChangeRules.Find(scenario.RuleId)!.Kind, change.Kind);
            Assert.False(string.IsNullOrWhiteSpace(change.Message));
        }

        [Fact]
        public void Every_rule_of_the_catalog_has_a_scenario()
        {
            var covered = RuleScenarios.All.Select(s => s.RuleId).ToHashSet();
            var missing = ChangeRules.All.Where(r => !covered.Contains(r.Id)).Select(r => r.Id).ToList();
            Assert.True(missing.Count == 0, "rules without a scenario: " + string.Join(", ", missing));
        }

        [Fact]
        public void Renamed_row_is_one_rename_not_an_addition_and_a_removal()
        {
            RuleScenario scenario = RuleScenarios.Named("row renamed (wording)");
            ChangeReport report = Schemas.Compare(scenario.Older.ToYaml(), scenario.Newer.ToYaml());
            Assert.DoesNotContain(report.Changes, c => c.RuleId is "SCH-ROW-ADDED" or "SCH-ROW-REMOVED");
        }

        [Fact]
        public void Split_row_does_not_also_report_its_sub_rows_as_added()
        {
            RuleScenario scenario = RuleScenarios.Named("row split");
            ChangeReport report = Schemas.Compare(scenario.Older.ToYaml(), scenario.Newer.ToYaml());
            Assert.DoesNotContain(report.Changes, c => c.RuleId == "SCH-ROW-ADDED");
            SchemaChange split = report.Changes.Single(c => c.RuleId == "SCH-ROW-SPLIT");
            Assert.Contains("逾期", split.Message);
            Assert.Contains("其他", split.Message);
        }

        [Fact]
        public void Removed_group_is_one_change_covering_its_children()
        {
            var older = SyntheticSchema.Base;
            var newer = older with { Cases = SyntheticSchema.Edit(older.Cases, "        columns:\n          - id: Business\n            label: 企业\n          - id: Charity\n            label: 公益组织\n", "")
                .Replace("      - id: Organisations\n        label: 法人\n", ""), Invariants = SyntheticSchema.Edit(older.Invariants, " + sum(Organisations)", "") };
            ChangeReport report = Schemas.Compare(older.ToYaml(), newer.ToYaml());
            SchemaChange removed = Assert.Single(report.Changes, c => c.RuleId == "SCH-COLUMN-REMOVED");
            Assert.Equal("Cases.column:Organisations", removed.Path);
            Assert.Contains("2 sub-columns", removed.Message);
        }

        [Fact]
        public void Rows_sharing_an_id_but_not_the_wording_are_not_taken_for_a_move()
        {
            // Results.Other (其他处理) goes; a top-level Other (另一项) comes: same id, different row.
            var older = SyntheticSchema.Base;
            var newer = older with
            {
                Cases = SyntheticSchema.Edit(SyntheticSchema.Edit(older.Cases, "          - id: Other\n            number: （三）\n            label: 其他处理\n", ""),
                    "      - id: Pending\n", "      - id: Other\n        label: 另一项\n      - id: Pending\n"),
            };
            ChangeReport report = Schemas.Compare(older.ToYaml(), newer.ToYaml());
            Assert.DoesNotContain(report.Changes, c => c.RuleId == "SCH-ROW-MOVED");
            Assert.Contains(report.Changes, c => c.RuleId == "SCH-ROW-REMOVED" && c.Path == "Cases.row:Results.Other");
            Assert.Contains(report.Changes, c => c.RuleId == "SCH-ROW-ADDED" && c.Path == "Cases.row:Other");
        }
    }
}
