using System.Linq;
using SchemaGen.Schema.Versioning;
using SchemaGen.Versions.Tests.Support;
using Xunit;
using static SchemaGen.Versions.Tests.Support.SyntheticSchema;

namespace SchemaGen.Versions.Tests
{
    /// <summary>A newer schema's migration block wins over inference: declared renames, drops, splits and merges.</summary>
    public class MigrationTests
    {
        private static ChangeReport CompareWith(SyntheticSchema newer, string rules, string from = "\"1\"")
            => Schemas.Compare(Base.ToYaml(), (newer with { Migration = $"migration:\n  from: {from}\n  rules:\n{rules}" }).ToYaml());

        private static SyntheticSchema Cases(string find, string replace) => Base with { Cases = Edit(Base.Cases, find, replace) };

        [Fact]
        public void Declared_rename_pairs_elements_whose_wording_differs()
        {
            SyntheticSchema newer = Cases("id: Refused\n            number: （二）\n            label: 不予公开", "id: Denied\n            number: （五）\n            label: 拒绝");
            ChangeReport inferred = Schemas.Compare(Base.ToYaml(), newer.ToYaml());
            Assert.Contains(inferred.Changes, c => c.RuleId == "SCH-ROW-REMOVED" && c.Path == "Cases.row:Results.Refused");

            ChangeReport declared = CompareWith(newer, "    - { action: rename, from: [Cases.row:Results.Refused], to: [Cases.row:Results.Denied] }\n");
            SchemaChange renamed = Assert.Single(declared.Changes, c => c.RuleId == "SCH-ROW-RENAMED");
            Assert.Equal("Cases.row:Results.Refused", renamed.OldPath);
            Assert.Contains("declared by the migration", renamed.Message);
            Assert.Contains(declared.Changes, c => c.RuleId == "SCH-LABEL-CHANGED" && c.Path == "Cases.row:Results.Denied");
            Assert.DoesNotContain(declared.Changes, c => c.RuleId is "SCH-ROW-REMOVED" or "SCH-ROW-ADDED");
        }

        [Fact]
        public void Declared_drop_stops_an_inferred_rename_and_carries_its_note()
        {
            // Same wording, new id: inference says rename; the migration says the old row has no counterpart.
            SyntheticSchema newer = Cases("id: Refused", "id: Denied");
            ChangeReport report = CompareWith(newer, "    - { action: drop, from: [Cases.row:Results.Refused], note: 口径不同 }\n");
            SchemaChange removed = Assert.Single(report.Changes, c => c.RuleId == "SCH-ROW-REMOVED");
            Assert.Contains("口径不同", removed.Message);
            Assert.Contains(report.Changes, c => c.RuleId == "SCH-ROW-ADDED" && c.Path == "Cases.row:Results.Denied");
            Assert.DoesNotContain(report.Changes, c => c.RuleId == "SCH-ROW-RENAMED");
        }

        [Fact]
        public void Declared_split_into_new_ids_is_one_change()
        {
            SyntheticSchema newer = Cases("      - id: Person\n        label: 自然人\n", "      - id: Adult\n        label: 成年人\n      - id: Minor\n        label: 未成年人\n") with
            {
                Invariants = Edit(Base.Invariants, "Total == Person", "Total == Adult + Minor"),
            };
            ChangeReport report = CompareWith(newer, "    - { action: split, from: Cases.column:Person, to: [Cases.column:Adult, Cases.column:Minor], note: 按年龄区分 }\n");
            SchemaChange split = Assert.Single(report.Changes, c => c.RuleId == "SCH-COLUMN-SPLIT");
            Assert.Equal("Cases.column:Person", split.Path);
            Assert.True(split.BreaksCode && split.BreaksData);
            Assert.Contains("按年龄区分", split.Message);
            Assert.DoesNotContain(report.Changes, c => c.RuleId is "SCH-COLUMN-ADDED" or "SCH-COLUMN-REMOVED");
        }

        [Fact]
        public void Declared_merge_is_one_change_that_keeps_data()
        {
            SyntheticSchema newer = Cases("          - id: Granted\n            number: （一）\n            label: 予以公开\n          - id: Refused\n            number: （二）\n            label: 不予公开\n",
                "          - id: Decided\n            number: （一）\n            label: 已决定\n");
            ChangeReport report = CompareWith(newer, "    - { action: merge, from: [Cases.row:Results.Granted, Cases.row:Results.Refused], to: Cases.row:Results.Decided }\n");
            SchemaChange merged = Assert.Single(report.Changes, c => c.RuleId == "SCH-ROW-MERGED");
            Assert.Equal("Cases.row:Results.Decided", merged.Path);
            Assert.True(merged.BreaksCode);
            Assert.False(merged.BreaksData);
            Assert.DoesNotContain(report.Changes, c => c.RuleId is "SCH-ROW-ADDED" or "SCH-ROW-REMOVED");
        }

        [Fact]
        public void Declared_table_rename_pairs_tables_whose_label_differs()
        {
            SyntheticSchema newer = Base with
            {
                Spare = Edit(Edit(Base.Spare, "id: Spare", "id: Reserve"), "label: 备用表", "label: 储备表"),
                Sections = Edit(Base.Sections, "[Spare]", "[Reserve]"),
            };
            ChangeReport report = CompareWith(newer, "    - { action: rename, from: Spare, to: Reserve }\n");
            SchemaChange renamed = Assert.Single(report.Changes, c => c.RuleId == "SCH-TABLE-RENAMED");
            Assert.Equal("Spare", renamed.OldPath);
            Assert.DoesNotContain(report.Changes, c => c.RuleId is "SCH-TABLE-ADDED" or "SCH-TABLE-REMOVED");
        }

        [Fact]
        public void Migration_from_another_version_is_ignored_with_a_note()
        {
            SyntheticSchema newer = Cases("id: Refused", "id: Denied");
            ChangeReport report = CompareWith(newer, "    - { action: drop, from: [Cases.row:Results.Refused] }\n", from: "\"0\"");
            Assert.Contains(report.Changes, c => c.RuleId == "SCH-ROW-RENAMED"); // inferred, as if there were no block
            Assert.Contains(report.Notes, n => n.Contains("maps from version 0"));
            Assert.Contains("Notes", report.ToText());
        }

        [Fact]
        public void Rule_naming_an_undeclared_row_is_noted_and_not_used()
        {
            ChangeReport report = CompareWith(Base, "    - { action: drop, from: [Cases.row:Nowhere] }\n");
            Assert.Empty(report.Changes);
            Assert.Contains(report.Notes, n => n.Contains("not declared"));
        }

        [Fact]
        public void Rule_moving_rows_between_tables_is_noted_and_not_used()
        {
            ChangeReport report = CompareWith(Base, "    - { action: rename, from: [Cases.row:Pending], to: [Fees.row:AllFees] }\n");
            Assert.Empty(report.Changes);
            Assert.Contains(report.Notes, n => n.Contains("pairs with Cases"));
        }
    }
}
