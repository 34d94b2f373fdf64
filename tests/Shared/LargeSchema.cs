using System.Globalization;
using System.Text;

namespace SchemaGen.Tests.Shared
{
    /// <summary>
    /// A schema with many rows (one table of two columns, a total rule per row), or long labels: what the size test
    /// and the benchmark generate. <paramref name="labelPadding"/> lengthens every row label by that many characters.
    /// </summary>
    public static class LargeSchema
    {
        public static string RowId(int i) => "R" + i.ToString("D5", CultureInfo.InvariantCulture);

        public static string Text(int rows, int labelPadding = 0)
        {
            var sb = new StringBuilder();
            sb.Append("format:\n  id: big\n  version: \"1\"\n  title: 大表格式\n  notice: 测试〔2024〕1号\n  model: BigReport\n  namespace: Big.V1\n");
            sb.Append("sections:\n  - { id: Figures, number: 一, label: 数据, kind: tables, tables: [Big] }\n");
            sb.Append("tables:\n  - id: Big\n    section: Figures\n    label: 大表\n    columns:\n      - { id: A, label: 甲 }\n      - { id: Total, label: 合计 }\n    rows:\n");
            for (int i = 1; i <= rows; i++)
                sb.Append("      - { id: ").Append(RowId(i)).Append(", label: 第").Append(i.ToString(CultureInfo.InvariantCulture)).Append("行").Append('长', labelPadding).Append(" }\n");
            sb.Append("invariants:\n  - { id: row-total, table: Big, for-each: row, kind: total, rule: Total == A, message: 合计 is 甲 }\n");
            return sb.ToString();
        }
    }
}
