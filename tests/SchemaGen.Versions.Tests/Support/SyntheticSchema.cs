using System;
using System.Linq;

namespace SchemaGen.Versions.Tests.Support
{
    /// <summary>
    /// A small schema built from parts, so a test can change one part and compare: two sections of tables and a
    /// text section; table Cases with a column group and a row group; Fees with an amount column; Spare.
    /// </summary>
    public sealed record SyntheticSchema(string Format, string Sections, string Cases, string Fees, string Spare, string Invariants, string Migration = "")
    {
        public static SyntheticSchema Base { get; } = new SyntheticSchema(
            Format: """
                format:
                  id: test-format
                  version: "1"
                  title: 测试格式
                  notice: 测试〔2020〕1号
                  report-years: { from: 2020 }
                  namespace: Test.V1
                  model: Report

                """,
            Sections: """
                sections:
                  - id: Overview
                    number: 一
                    label: 总体情况
                    kind: text
                  - id: Figures
                    number: 二
                    label: 数字情况
                    kind: tables
                    tables: [Cases, Fees]
                  - id: Extra
                    number: 三
                    label: 其他数字
                    kind: tables
                    tables: [Spare]

                """,
            Cases: """
                  - id: Cases
                    section: Figures
                    caption: 第一项
                    label: 案件情况
                    cell: count
                    columns:
                      - id: Person
                        label: 自然人
                      - id: Organisations
                        label: 法人
                        columns:
                          - id: Business
                            label: 企业
                          - id: Charity
                            label: 公益组织
                      - id: Total
                        label: 总计
                    rows:
                      - id: Received
                        number: 一
                        label: 收到数量
                      - id: Results
                        number: 二
                        label: 办理结果
                        rows:
                          - id: Granted
                            number: （一）
                            label: 予以公开
                          - id: Refused
                            number: （二）
                            label: 不予公开
                          - id: Other
                            number: （三）
                            label: 其他处理
                      - id: Pending
                        number: 三
                        label: 尚未办结

                """,
            Fees: """
                  - id: Fees
                    section: Figures
                    label: 收费情况
                    cell: count
                    columns:
                      - id: Items
                        label: 项目数量
                      - id: Amount
                        label: 金额
                        kind: amount
                        unit: 万元
                        scale: 2
                    rows:
                      - id: AllFees
                        label: 收费

                """,
            Spare: """
                  - id: Spare
                    section: Extra
                    label: 备用表
                    columns:
                      - id: Count
                        label: 数量
                    rows:
                      - id: Only
                        label: 唯一

                """,
            Invariants: """
                invariants:
                  - id: row-total
                    table: Cases
                    for-each: row
                    kind: total
                    rule: Total == Person + sum(Organisations)
                    message: 总计等于各列之和
                  - id: results-bound
                    table: Cases
                    for-each: column
                    kind: bound
                    rule: sum(Results) <= Received
                    message: 办理结果不超过收到数量

                """);

        /// <summary>The tables in this order (for a test that reorders them).</summary>
        public string[]? TableOrder { get; init; }

        public string ToYaml()
        {
            string[] order = TableOrder ?? new[] { "Cases", "Fees", "Spare" };
            string tables = string.Concat(order.Select(name => name switch { "Cases" => Cases, "Fees" => Fees, _ => Spare }));
            return Format + Sections + "tables:\n" + tables + Invariants + Migration;
        }

        public override string ToString() => ToYaml();

        /// <summary>Replaces text that must occur exactly once (a typo in a test fails loudly instead of testing nothing).</summary>
        public static string Edit(string text, string find, string replace)
        {
            int first = text.IndexOf(find, StringComparison.Ordinal);
            if (first < 0) throw new ArgumentException($"'{find}' does not occur in:\n{text}");
            if (text.IndexOf(find, first + 1, StringComparison.Ordinal) >= 0) throw new ArgumentException($"'{find}' occurs more than once in:\n{text}");
            return text.Substring(0, first) + replace + text.Substring(first + find.Length);
        }
    }
}
