using System.Collections.Generic;
using System.Linq;
using SchemaGen.Versions.Tests.Support;
using static SchemaGen.Versions.Tests.Support.SyntheticSchema;

namespace SchemaGen.Versions.Tests
{
    /// <summary>One small edit of the synthetic schema and the change it must produce.</summary>
    public sealed record RuleScenario(string Name, SyntheticSchema Older, SyntheticSchema Newer, string RuleId, string Path, bool BreaksCode, bool BreaksData, string? OldPath = null);

    /// <summary>A scenario per rule id (several for rules whose classification depends on the change).</summary>
    public static class RuleScenarios
    {
        private static readonly SyntheticSchema B = Base;

        private static SyntheticSchema Cases(string find, string replace) => B with { Cases = Edit(B.Cases, find, replace) };

        private static SyntheticSchema Fees(string find, string replace) => B with { Fees = Edit(B.Fees, find, replace) };

        private static SyntheticSchema Invariants(string find, string replace) => B with { Invariants = Edit(B.Invariants, find, replace) };

        private static SyntheticSchema Format(string find, string replace) => B with { Format = Edit(B.Format, find, replace) };

        private static SyntheticSchema Sections(string find, string replace) => B with { Sections = Edit(B.Sections, find, replace) };

        private const string ExtraSection = "  - id: Extra\n    number: 三\n    label: 其他数字\n    kind: tables\n    tables: [Spare]\n";

        private static readonly SyntheticSchema WithoutSpare = B with { Spare = "", Sections = Edit(B.Sections, ExtraSection, "") };

        private const string OtherRow = "          - id: Other\n            number: （三）\n            label: 其他处理\n";

        private const string PendingRow = "      - id: Pending\n        number: 三\n        label: 尚未办结\n";

        private const string CharityColumn = "          - id: Charity\n            label: 公益组织\n";

        private const string PersonColumn = "      - id: Person\n        label: 自然人\n";

        public static IReadOnlyList<RuleScenario> All { get; } = new[]
        {
            // Format metadata.
            new RuleScenario("format id", B, Format("id: test-format", "id: other-format"), "SCH-FORMAT-ID-CHANGED", "format:id", true, true),
            new RuleScenario("format version", B, Format("version: \"1\"", "version: \"2\""), "SCH-FORMAT-VERSION-CHANGED", "format:version", false, false),
            new RuleScenario("format namespace", B, Format("namespace: Test.V1", "namespace: Test.V2"), "SCH-FORMAT-NAMESPACE-CHANGED", "format:namespace", true, false),
            new RuleScenario("format model", B, Format("model: Report", "model: AnnualReport"), "SCH-FORMAT-MODEL-RENAMED", "format:model", true, false),
            new RuleScenario("format title", B, Format("title: 测试格式", "title: 测试格式（修订）"), "SCH-FORMAT-METADATA-CHANGED", "format:title", false, false),
            new RuleScenario("format years", B, Format("{ from: 2020 }", "{ from: 2020, to: 2021 }"), "SCH-FORMAT-YEARS-CHANGED", "format:report-years", false, false),

            // Sections.
            new RuleScenario("section added", B, B with { Sections = B.Sections + "  - id: Annex\n    number: 四\n    label: 附件\n" }, "SCH-SECTION-ADDED", "section:Annex", false, false),
            new RuleScenario("section removed", B, Sections("  - id: Overview\n    number: 一\n    label: 总体情况\n    kind: text\n", ""), "SCH-SECTION-REMOVED", "section:Overview", true, true),
            new RuleScenario("section renamed", B, Sections("id: Overview", "id: Summary"), "SCH-SECTION-RENAMED", "section:Summary", true, false, "section:Overview"),
            new RuleScenario("section kind", B,
                WithoutSpare with { Sections = Edit(WithoutSpare.Sections, "label: 总体情况\n    kind: text\n", "label: 总体情况\n    kind: tables\n    tables: [Spare]\n"), Spare = Edit(B.Spare, "section: Extra", "section: Overview") },
                "SCH-SECTION-KIND-CHANGED", "section:Overview", true, true),
            new RuleScenario("section reordered", B, B with { Sections = Edit(B.Sections, ExtraSection, "").Replace("  - id: Figures", ExtraSection + "  - id: Figures") },
                "SCH-SECTION-REORDERED", "sections", false, false),

            // Tables.
            new RuleScenario("table removed", B, WithoutSpare, "SCH-TABLE-REMOVED", "Spare", true, true),
            new RuleScenario("table added", WithoutSpare, B, "SCH-TABLE-ADDED", "Spare", false, false),
            new RuleScenario("table renamed", B, B with { Spare = Edit(B.Spare, "id: Spare", "id: Reserve"), Sections = Edit(B.Sections, "[Spare]", "[Reserve]") },
                "SCH-TABLE-RENAMED", "Reserve", true, false, "Spare"),
            new RuleScenario("table moved", B, B with { Fees = Edit(B.Fees, "section: Figures", "section: Extra"), Sections = Edit(Edit(B.Sections, "[Cases, Fees]", "[Cases]"), "[Spare]", "[Fees, Spare]") },
                "SCH-TABLE-MOVED", "Fees", false, false),
            new RuleScenario("table reordered", B, B with { TableOrder = new[] { "Cases", "Spare", "Fees" } }, "SCH-TABLE-REORDERED", "tables", false, false),

            // Rows.
            new RuleScenario("row added", B, Cases(OtherRow, OtherRow + "          - id: Withdrawn\n            number: （四）\n            label: 撤回申请\n"),
                "SCH-ROW-ADDED", "Cases.row:Results.Withdrawn", false, false),
            new RuleScenario("row removed", B, Cases(PendingRow, ""), "SCH-ROW-REMOVED", "Cases.row:Pending", true, true),
            new RuleScenario("row renamed (wording)", B, Cases("id: Refused", "id: Denied"), "SCH-ROW-RENAMED", "Cases.row:Results.Denied", true, false, "Cases.row:Results.Refused"),
            new RuleScenario("row renamed (position)", B, Cases("id: Refused\n            number: （二）\n            label: 不予公开", "id: Denied\n            number: （二）\n            label: 拒绝公开"),
                "SCH-ROW-RENAMED", "Cases.row:Results.Denied", true, false, "Cases.row:Results.Refused"),
            new RuleScenario("row moved", B, Cases(PendingRow, "").Apply(s => s with { Cases = Edit(s.Cases, OtherRow, OtherRow + "          - id: Pending\n            number: （四）\n            label: 尚未办结\n") }),
                "SCH-ROW-MOVED", "Cases.row:Results.Pending", true, false, "Cases.row:Pending"),
            new RuleScenario("row split", B, Cases(OtherRow, OtherRow + "            rows:\n              - { id: Late, number: \"1.\", label: 逾期 }\n              - { id: Rest, number: \"2.\", label: 其他 }\n"),
                "SCH-ROW-SPLIT", "Cases.row:Results.Other", true, true),
            new RuleScenario("row merged", B, Cases("        rows:\n          - id: Granted\n            number: （一）\n            label: 予以公开\n          - id: Refused\n            number: （二）\n            label: 不予公开\n" + OtherRow, ""),
                "SCH-ROW-MERGED", "Cases.row:Results", true, false),
            new RuleScenario("row reordered", B, Cases("          - id: Granted\n            number: （一）\n            label: 予以公开\n          - id: Refused\n            number: （二）\n            label: 不予公开\n",
                    "          - id: Refused\n            number: （二）\n            label: 不予公开\n          - id: Granted\n            number: （一）\n            label: 予以公开\n"),
                "SCH-ROW-REORDERED", "Cases.row:Results", false, false),

            // Columns.
            new RuleScenario("column added", B, Cases("      - id: Total\n        label: 总计\n", "      - id: Total\n        label: 总计\n      - id: Minor\n        label: 未成年人\n"), "SCH-COLUMN-ADDED", "Cases.column:Minor", true, false),
            new RuleScenario("column removed", B, Cases(CharityColumn, ""), "SCH-COLUMN-REMOVED", "Cases.column:Organisations.Charity", true, true),
            new RuleScenario("column renamed", B, Cases("id: Person", "id: Individual").Apply(s => s with { Invariants = Edit(s.Invariants, "Total == Person", "Total == Individual") }),
                "SCH-COLUMN-RENAMED", "Cases.column:Individual", true, false, "Cases.column:Person"),
            new RuleScenario("column moved", B, Cases(CharityColumn, "").Apply(s => s with { Cases = Edit(s.Cases, "      - id: Total\n", "      - id: Charity\n        label: 公益组织\n      - id: Total\n") }),
                "SCH-COLUMN-MOVED", "Cases.column:Charity", false, false, "Cases.column:Organisations.Charity"),
            new RuleScenario("column split", B, Cases(PersonColumn, PersonColumn + "        columns:\n          - { id: Adult, label: 成年人 }\n          - { id: Minor, label: 未成年人 }\n")
                    .Apply(s => s with { Invariants = Edit(s.Invariants, "Total == Person", "Total == sum(Person)") }),
                "SCH-COLUMN-SPLIT", "Cases.column:Person", true, true),
            new RuleScenario("column merged", B, Cases("        columns:\n          - id: Business\n            label: 企业\n" + CharityColumn, ""), "SCH-COLUMN-MERGED", "Cases.column:Organisations", true, false),
            new RuleScenario("column reordered", B, Cases(PersonColumn, "").Apply(s => s with { Cases = Edit(s.Cases, "        label: 总计\n", "        label: 总计\n" + PersonColumn) }),
                "SCH-COLUMN-REORDERED", "Cases", true, false),

            // Cells.
            new RuleScenario("table cell kind", B, Fees("cell: count", "cell: amount"), "SCH-CELL-KIND-CHANGED", "Fees", true, true),
            new RuleScenario("cell kind widened", B, Fees("label: 项目数量\n", "label: 项目数量\n        kind: signed-count\n"), "SCH-CELL-KIND-CHANGED", "Fees.column:Items", false, false),
            new RuleScenario("cell kind amount to count", B, Fees("kind: amount", "kind: count"), "SCH-CELL-KIND-CHANGED", "Fees.column:Amount", true, true),
            new RuleScenario("unit", B, Fees("unit: 万元", "unit: 元"), "SCH-UNIT-CHANGED", "Fees.column:Amount", false, true),
            new RuleScenario("scale shrinks", B, Fees("scale: 2", "scale: 0"), "SCH-SCALE-CHANGED", "Fees.column:Amount", false, true),
            new RuleScenario("scale grows", B, Fees("scale: 2", "scale: 4"), "SCH-SCALE-CHANGED", "Fees.column:Amount", false, false),

            // Wording.
            new RuleScenario("row label", B, Cases("label: 收到数量", "label: 新收数量"), "SCH-LABEL-CHANGED", "Cases.row:Received", false, false),
            new RuleScenario("table label", B, Cases("label: 案件情况", "label: 案件办理情况"), "SCH-LABEL-CHANGED", "Cases", false, false),
            new RuleScenario("section label", B, Sections("label: 总体情况", "label: 总体概况"), "SCH-LABEL-CHANGED", "section:Overview", false, false),
            new RuleScenario("aliases", B, Cases("label: 收到数量\n", "label: 收到数量\n        aliases: [收到數量]\n"), "SCH-ALIASES-CHANGED", "Cases.row:Received", false, false),
            new RuleScenario("number", B, Cases("number: 一\n", "number: 1\n"), "SCH-NUMBER-CHANGED", "Cases.row:Received", false, false),
            new RuleScenario("unlabeled", B, B with { Spare = Edit(B.Spare, "label: 唯一\n", "label: 唯一\n        unlabeled: true\n") }, "SCH-UNLABELED-CHANGED", "Spare.row:Only", false, false),
            new RuleScenario("caption", B, Cases("caption: 第一项", "caption: 第二项"), "SCH-CAPTION-CHANGED", "Cases", false, false),
            new RuleScenario("stub", B, Cases("label: 案件情况\n", "label: 案件情况\n    stub: 信息内容\n"), "SCH-STUB-CHANGED", "Cases", false, false),
            new RuleScenario("header notes", B, Cases("label: 案件情况\n", "label: 案件情况\n    header-notes: [申请人情况]\n"), "SCH-HEADER-NOTES-CHANGED", "Cases", false, false),
            new RuleScenario("description", B, Cases("label: 案件情况\n", "label: 案件情况\n    description: Cases handled.\n"), "SCH-DESCRIPTION-CHANGED", "Cases", false, false),

            // Invariants.
            new RuleScenario("invariant added (error)", B, B with { Invariants = B.Invariants + "  - id: fee-bound\n    table: Fees\n    for-each: row\n    kind: bound\n    rule: Items >= 0\n    message: 非负\n" },
                "SCH-INVARIANT-ADDED", "invariant:fee-bound", false, true),
            new RuleScenario("invariant added (warning)", B, B with { Invariants = B.Invariants + "  - id: fee-bound\n    table: Fees\n    for-each: row\n    kind: bound\n    severity: warning\n    rule: Items >= 0\n    message: 非负\n" },
                "SCH-INVARIANT-ADDED", "invariant:fee-bound", false, false),
            new RuleScenario("invariant removed", B, Invariants("  - id: results-bound\n    table: Cases\n    for-each: column\n    kind: bound\n    rule: sum(Results) <= Received\n    message: 办理结果不超过收到数量\n", ""),
                "SCH-INVARIANT-REMOVED", "invariant:results-bound", true, false),
            new RuleScenario("invariant renamed", B, Invariants("id: row-total", "id: applicant-total"), "SCH-INVARIANT-RENAMED", "invariant:applicant-total", true, false, "invariant:row-total"),
            new RuleScenario("invariant moved", B, Invariants("table: Cases\n    for-each: column\n    kind: bound\n    rule: sum(Results) <= Received", "table: Fees\n    for-each: row\n    kind: bound\n    rule: Items <= Amount"),
                "SCH-INVARIANT-MOVED", "invariant:results-bound", true, true),
            new RuleScenario("invariant changed", B, Invariants("sum(Results) <= Received", "sum(Results) < Received"), "SCH-INVARIANT-CHANGED", "invariant:results-bound", false, true),
            new RuleScenario("invariant follows a rename", B, Cases("id: Received", "id: NewlyReceived").Apply(s => s with { Invariants = Edit(s.Invariants, "<= Received", "<= NewlyReceived") }),
                "SCH-INVARIANT-CHANGED", "invariant:results-bound", false, false),
            new RuleScenario("invariant scope", B, Cases(OtherRow, OtherRow + "          - id: Withdrawn\n            number: （四）\n            label: 撤回申请\n"),
                "SCH-INVARIANT-SCOPE-CHANGED", "invariant:results-bound", false, false),
            new RuleScenario("invariant severity tightened", Invariants("kind: bound\n", "kind: bound\n    severity: warning\n"), B, "SCH-INVARIANT-SEVERITY-CHANGED", "invariant:results-bound", false, true),
            new RuleScenario("invariant severity loosened", B, Invariants("kind: bound\n", "kind: bound\n    severity: warning\n"), "SCH-INVARIANT-SEVERITY-CHANGED", "invariant:results-bound", false, false),
            new RuleScenario("invariant message", B, Invariants("message: 办理结果不超过收到数量", "message: 办理结果不得超过收到数量"), "SCH-INVARIANT-MESSAGE-CHANGED", "invariant:results-bound", false, false),
        };

        public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

        public static RuleScenario Named(string name) => All.Single(s => s.Name == name);

        private static SyntheticSchema Apply(this SyntheticSchema schema, System.Func<SyntheticSchema, SyntheticSchema> edit) => edit(schema);
    }
}
