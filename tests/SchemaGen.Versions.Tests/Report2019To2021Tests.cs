using System.Linq;
using SchemaGen.Schema.Versioning;
using SchemaGen.Versions.Tests.Support;
using Xunit;

namespace SchemaGen.Versions.Tests
{
    /// <summary>
    /// The 2019 → 2021 report, twice: as inference alone sees it (the 2021 migration block ignored) and as the
    /// files are (the migration block honoured). Each statutory change must be there with its rule id and classes.
    /// </summary>
    public class Report2019To2021Tests
    {
        private static readonly ChangeReport Inferred = Schemas.InferredReport();
        private static readonly ChangeReport Declared = ChangeReport.Compare(Schemas.Format("2019"), Schemas.Format("2021"));

        public static TheoryData<string> Flavours => new() { "inferred", "declared" };

        private static ChangeReport Report(string flavour) => flavour == "inferred" ? Inferred : Declared;

        private static SchemaChange One(ChangeReport report, string ruleId, string path)
        {
            var found = report.Changes.Where(c => c.RuleId == ruleId && c.Path == path).ToList();
            Assert.True(found.Count == 1, $"expected one {ruleId} at {path}, found {found.Count}:\n{report.ToText()}");
            return found[0];
        }

        private static void Classes(SchemaChange change, bool code, bool data)
        {
            Assert.True(change.BreaksCode == code, $"{change.RuleId} {change.Path}: breaks code should be {code}");
            Assert.True(change.BreaksData == data, $"{change.RuleId} {change.Path}: breaks data should be {data}");
        }

        [Fact]
        public void The_2021_file_declares_a_migration_from_2019()
        {
            // The declared flavour below only means something if the block is there.
            Assert.NotNull(Schemas.Format("2021").Migration);
            Assert.Empty(Declared.Notes);
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Procurement_table_is_removed(string flavour)
        {
            SchemaChange change = One(Report(flavour), "SCH-TABLE-REMOVED", "Procurement");
            Classes(change, code: true, data: true);
            Assert.Contains("第二十条第（九）项", change.Message);
        }

        [Fact]
        public void Regulations_columns_are_replaced_when_inferred()
        {
            foreach (string old in new[] { "MadeThisYear", "PublishedThisYear", "PublishedTotal" })
                Classes(One(Inferred, "SCH-COLUMN-REMOVED", "Regulations.column:" + old), code: true, data: true);
            foreach (string added in new[] { "Issued", "Repealed", "InForce" })
                Classes(One(Inferred, "SCH-COLUMN-ADDED", "Regulations.column:" + added), code: true, data: false);
            // Position alone would pair PublishedThisYear with Repealed: different measures, so no rename is inferred.
            Assert.DoesNotContain(Inferred.Changes, c => c.Kind == ChangeKind.Renamed);
        }

        [Fact]
        public void Regulations_columns_follow_the_migration_when_declared()
        {
            SchemaChange renamed = One(Declared, "SCH-COLUMN-RENAMED", "Regulations.column:Issued");
            Classes(renamed, code: true, data: false);
            Assert.Equal("Regulations.column:MadeThisYear", renamed.OldPath);
            SchemaChange reworded = One(Declared, "SCH-LABEL-CHANGED", "Regulations.column:Issued");
            Assert.Equal(("本年新制作数量", "本年制发件数"), (reworded.Before, reworded.After));
            foreach (string old in new[] { "PublishedThisYear", "PublishedTotal" })
                Assert.Contains("migration drops it", One(Declared, "SCH-COLUMN-REMOVED", "Regulations.column:" + old).Message);
            foreach (string added in new[] { "Repealed", "InForce" })
                Classes(One(Declared, "SCH-COLUMN-ADDED", "Regulations.column:" + added), code: true, data: false);
            Assert.DoesNotContain(Declared.Changes, c => c.Path == "Regulations.column:MadeThisYear");
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Licensing_and_Enforcement_keep_only_decisions(string flavour)
        {
            ChangeReport report = Report(flavour);
            foreach (string table in new[] { "Licensing", "Enforcement" })
            {
                Classes(One(report, "SCH-COLUMN-REMOVED", table + ".column:LastYearItems"), code: true, data: true);
                Classes(One(report, "SCH-COLUMN-REMOVED", table + ".column:ChangeThisYear"), code: true, data: true);
                SchemaChange reworded = One(report, "SCH-LABEL-CHANGED", table + ".column:Decisions");
                Classes(reworded, code: false, data: false);
                Assert.Equal(("处理决定数量", "本年处理决定数量"), (reworded.Before, reworded.After));
            }
            Classes(One(report, "SCH-ROW-REMOVED", "Licensing.row:OtherServices"), code: true, data: true);
            Classes(One(report, "SCH-LABEL-CHANGED", "Licensing"), code: false, data: false);
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Fees_become_an_amount_in_wan_yuan(string flavour)
        {
            ChangeReport report = Report(flavour);
            SchemaChange kind = One(report, "SCH-CELL-KIND-CHANGED", "Fees");
            Classes(kind, code: true, data: true);
            Assert.Equal(("count", "amount"), (kind.Before, kind.After));
            Classes(One(report, "SCH-COLUMN-REMOVED", "Fees.column:LastYearItems"), code: true, data: true);
            Classes(One(report, "SCH-COLUMN-REMOVED", "Fees.column:ChangeThisYear"), code: true, data: true);
            SchemaChange amount = One(report, "SCH-COLUMN-ADDED", "Fees.column:Amount");
            Assert.Contains("amount, in 万元", amount.Message);
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Other_handling_is_split_into_three_sub_rows(string flavour)
        {
            ChangeReport report = Report(flavour);
            SchemaChange split = One(report, "SCH-ROW-SPLIT", "Applications.row:Outcomes.OtherHandling");
            Classes(split, code: true, data: true);
            Assert.Equal(ChangeKind.Changed, split.Kind);
            Assert.Contains("3 sub-rows", split.Message);
            Assert.Contains("申请人无正当理由逾期不补正", split.Message);
            Assert.Contains("申请人逾期未按收费通知要求缴纳费用", split.Message);
            Assert.Contains("3.其他", split.Message);
            // The sub-rows belong to the split; they are not listed again as additions.
            Assert.DoesNotContain(report.Changes, c => c.RuleId == "SCH-ROW-ADDED" && c.Path.StartsWith("Applications.row:Outcomes.OtherHandling."));
        }

        [Fact]
        public void Declared_split_names_where_the_older_figure_goes()
            => Assert.Contains("carried whole into Outcomes.OtherHandling.Other", One(Declared, "SCH-ROW-SPLIT", "Applications.row:Outcomes.OtherHandling").Message);

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Reworded_rows_and_tables_break_nothing(string flavour)
        {
            ChangeReport report = Report(flavour);
            SchemaChange row = One(report, "SCH-LABEL-CHANGED", "Regulations.row:NormativeDocuments");
            Classes(row, code: false, data: false);
            Assert.Equal(("规范性文件", "行政规范性文件"), (row.Before, row.After));
            SchemaChange table = One(report, "SCH-LABEL-CHANGED", "Regulations");
            Assert.Equal(("规章和规范性文件", "规章和行政规范性文件"), (table.Before, table.After));
            Classes(One(report, "SCH-ALIASES-CHANGED", "Regulations.row:NormativeDocuments"), code: false, data: false);
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Invariants_report_the_new_rule_and_the_wider_total(string flavour)
        {
            ChangeReport report = Report(flavour);
            SchemaChange scope = One(report, "SCH-INVARIANT-SCOPE-CHANGED", "invariant:outcome-total");
            Classes(scope, code: false, data: false);
            Assert.Contains("Outcomes.OtherHandling.FeeNotPaid", scope.Message);
            SchemaChange added = One(report, "SCH-INVARIANT-ADDED", "invariant:in-force-across-years");
            Classes(added, code: false, data: false); // a warning: older figures are not rejected
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Format_metadata_changes_are_listed(string flavour)
        {
            ChangeReport report = Report(flavour);
            SchemaChange ns = One(report, "SCH-FORMAT-NAMESPACE-CHANGED", "format:namespace");
            Classes(ns, code: true, data: false);
            Assert.Equal(("SchemaGen.Formats.V2019", "SchemaGen.Formats.V2021"), (ns.Before, ns.After));
            Classes(One(report, "SCH-FORMAT-VERSION-CHANGED", "format:version"), code: false, data: false);
            Assert.Equal("国办公开办函〔2021〕30号", One(report, "SCH-FORMAT-METADATA-CHANGED", "format:notice").After);
            One(report, "SCH-FORMAT-METADATA-CHANGED", "format:title");
            One(report, "SCH-FORMAT-YEARS-CHANGED", "format:report-years");
            Assert.DoesNotContain(report.Changes, c => c.RuleId == "SCH-FORMAT-ID-CHANGED" || c.RuleId == "SCH-FORMAT-MODEL-RENAMED");
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Sections_and_unchanged_tables_report_nothing(string flavour)
        {
            ChangeReport report = Report(flavour);
            Assert.DoesNotContain(report.Changes, c => c.Element == "section");
            Assert.DoesNotContain(report.Changes, c => c.Path == "Appeals" || c.Path.StartsWith("Appeals."));
        }

        [Theory]
        [MemberData(nameof(Flavours))]
        public void Every_change_uses_a_catalogued_rule_of_its_kind(string flavour)
        {
            foreach (SchemaChange change in Report(flavour).Changes)
            {
                ChangeRule? rule = ChangeRules.Find(change.RuleId);
                Assert.True(rule is not null, change.RuleId + " is not in the catalog");
                Assert.Equal(rule!.Kind, change.Kind);
            }
        }

        [Fact]
        public void Text_lists_breaking_changes_first()
        {
            string text = Inferred.ToText();
            int both = text.IndexOf("Breaks code and data (", System.StringComparison.Ordinal);
            int code = text.IndexOf("Breaks code (", System.StringComparison.Ordinal);
            int neither = text.IndexOf("Breaks neither (", System.StringComparison.Ordinal);
            Assert.True(both > 0 && both < code && code < neither, text);
            Assert.True(text.IndexOf("SCH-TABLE-REMOVED  Procurement", System.StringComparison.Ordinal) < neither);
            Assert.True(text.IndexOf("SCH-LABEL-CHANGED  Regulations.row:NormativeDocuments", System.StringComparison.Ordinal) > neither);
        }
    }
}
