namespace SchemaGen.Formats.Tests.Support
{
    /// <summary>
    /// Two versions of a small made-up format. Version 2 merges rows First and Second into Both, renames column A to
    /// Alpha and drops column B, so one converter exercises merge, rename and drop, across rows and columns.
    /// (Each has an invariant: a schema without any currently generates a descriptor that does not compile.)
    /// </summary>
    public static class MiniSchemas
    {
        public const string V1Path = "mini-1.yaml";
        public const string V2Path = "mini-2.yaml";

        public const string V1 = @"format:
  id: mini
  version: ""1""
  title: 迷你格式
  notice: 测试〔2024〕1号
  model: MiniReport
  namespace: Mini.V1
sections:
  - { id: Body, number: 一, label: 正文, kind: text }
  - { id: Figures, number: 二, label: 数据, kind: tables, tables: [Counts] }
tables:
  - id: Counts
    section: Figures
    label: 计数
    columns:
      - { id: A, label: 甲 }
      - { id: B, label: 乙 }
      - { id: Total, label: 合计 }
    rows:
      - { id: First, label: 第一行 }
      - { id: Second, label: 第二行 }
      - { id: Third, label: 第三行 }
invariants:
  - { id: row-total, table: Counts, for-each: row, kind: total, rule: Total == A + B, message: 合计 is 甲 plus 乙 }
";

        public const string V2 = @"format:
  id: mini
  version: ""2""
  title: 迷你格式（修订）
  notice: 测试〔2025〕2号
  model: MiniReport
  namespace: Mini.V2
sections:
  - { id: Body, number: 一, label: 正文, kind: text }
  - { id: Figures, number: 二, label: 数据, kind: tables, tables: [Counts] }
tables:
  - id: Counts
    section: Figures
    label: 计数
    columns:
      - { id: Alpha, label: 甲 }
      - { id: Total, label: 合计 }
    rows:
      - { id: Both, label: 第一二行 }
      - { id: Third, label: 第三行 }
invariants:
  - { id: alpha-bound, table: Counts, for-each: row, kind: bound, rule: Alpha <= Total, message: 甲 is part of 合计 }
migration:
  from: ""1""
  rules:
    - action: merge
      from: [Counts.row:First, Counts.row:Second]
      to: [Counts.row:Both]
    - action: rename
      from: [Counts.column:A]
      to: [Counts.column:Alpha]
    - action: drop
      from: [Counts.column:B]
      note: 乙 is no longer asked for.
";
    }
}
