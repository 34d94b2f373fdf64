using System.Collections.Generic;
using SchemaGen.Schema.Diagnostics;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>A schema that triggers a diagnostic, and how to fix it.</summary>
    public sealed record DiagnosticExample(string Id, string? TriggerYaml, string Fix, string? FixedYaml);

    /// <summary>
    /// One small, complete schema per SG1xxx id that triggers it (the tests load each one and check that it does),
    /// plus the fix. Each example is <see cref="Base"/> with one change, marked with a comment.
    /// </summary>
    public static class DiagnosticExamples
    {
        public const string FileName = "example.yaml";

        /// <summary>A valid minimal schema: one table of applications with a total column.</summary>
        public const string Base =
@"format:
  id: demo-report
  version: ""1""
  title: 示例年度报告格式
  notice: 示例〔2024〕1号
  namespace: Demo.V1
  model: DemoReport
sections:
  - id: Figures
    number: 一
    label: 收到和处理申请情况
    kind: tables
    tables: [Applications]
tables:
  - id: Applications
    section: Figures
    label: 收到和处理申请情况
    cell: count
    columns:
      - { id: NaturalPerson, label: 自然人 }
      - { id: Organisation, label: 法人或其他组织 }
      - { id: Total, label: 总计 }
    rows:
      - { id: NewlyReceived, number: 一, label: 本年新收申请数量 }
      - { id: Concluded, number: 二, label: 本年办结数量 }
invariants:
  - id: applicant-total
    table: Applications
    for-each: row
    kind: total
    rule: Total == NaturalPerson + Organisation
    message: 总计 is the sum of the applicant columns
";

        private static string Change(string from, string to)
        {
            string text = Base.Replace("\r\n", "\n");
            if (!text.Contains(from)) throw new System.InvalidOperationException("example base lacks: " + from);
            return text.Replace(from, to);
        }

        public static IReadOnlyList<DiagnosticExample> All { get; } = new[]
        {
            new DiagnosticExample(SchemaDiagnosticIds.YamlSyntax.Id,
                Change("    message: 总计 is the sum of the applicant columns", "    message: 总计: the sum of the applicant columns   # ← ': ' inside an unquoted value"),
                "Fix the YAML at the reported position. A value holding ': ' or ' #', or starting with a special character ([, {, *, &, !, |, >, ', \", %, @), must be quoted; indentation must line up with the siblings; tabs are not allowed for indentation.",
                "    message: \"总计: the sum of the applicant columns\""),
            new DiagnosticExample(SchemaDiagnosticIds.UnknownKey.Id,
                Change("    cell: count\n", "    cell: count\n    captoin: 第二十条第（一）项   # ← misspelt\n"),
                "Correct the spelling of the key, or remove it. The message names the element and, when one is close, the key that was probably meant.",
                "    caption: 第二十条第（一）项"),
            new DiagnosticExample(SchemaDiagnosticIds.MissingKey.Id,
                Change("- { id: Concluded, number: 二, label: 本年办结数量 }", "- { id: Concluded, number: 二 }   # ← no label"),
                "Add the key. Every section, table, row and column needs an id and a label (the official wording); a table needs a section; an invariant needs an id, a table, a rule and a message.",
                "      - { id: Concluded, number: 二, label: 本年办结数量 }"),
            new DiagnosticExample(SchemaDiagnosticIds.InvalidValue.Id,
                Change("    cell: count\n", "    cell: integer   # ← not a cell kind\n"),
                "Use one of the allowed words: cell and kind take count, signed-count or amount; for-each takes row or column; kind of an invariant takes total, equation or bound; severity takes error or warning; booleans are true or false.",
                "    cell: count"),
            new DiagnosticExample(SchemaDiagnosticIds.DuplicateId.Id,
                Change("      - { id: Organisation, label: 法人或其他组织 }", "      - { id: NaturalPerson, label: 法人或其他组织 }   # ← same id as the column above"),
                "Give each element its own id. Columns of a table share one scope (they become properties of one row class); sibling rows share one; sections, tables and invariants each share one.",
                "      - { id: Organisation, label: 法人或其他组织 }"),
            new DiagnosticExample(SchemaDiagnosticIds.InvalidIdentifier.Id,
                Change("      - { id: Total, label: 总计 }", "      - { id: total-applicants, label: 总计 }   # ← '-' is not allowed"),
                "Ids become C# names: use ASCII letters, digits and '_', start with a letter, avoid C# keywords (PascalCase is the convention). The official Chinese wording belongs in label and aliases. Invariant ids are the exception: lower-case words joined by '-'.",
                "      - { id: Total, label: 总计 }"),
            new DiagnosticExample(SchemaDiagnosticIds.UnknownReference.Id,
                Change("rule: Total == NaturalPerson + Organisation", "rule: Total == NaturalPerson + Organization   # ← the column is Organisation"),
                "Name an element the schema declares. Rules checked for each row name columns, and rules checked for each column name rows (by path, such as Outcomes.Total); the message suggests the closest name. A group is added with sum(Group).",
                "    rule: Total == NaturalPerson + Organisation"),
            new DiagnosticExample(SchemaDiagnosticIds.DerivationCycle.Id,
                Change("    message: 总计 is the sum of the applicant columns\n",
                    "    message: 总计 is the sum of the applicant columns\n  - id: natural-person-rest   # ← derives NaturalPerson from Total, which is derived from NaturalPerson\n    table: Applications\n    for-each: row\n    kind: total\n    rule: NaturalPerson == Total - Organisation\n    message: 自然人 is what remains of 总计\n"),
                "Keep one direction: a cell is either derived by a total rule or one of the parts of others, not both in a loop. State the second relation as kind: equation (checked, never used to recompute a cell) or drop it.",
                "    kind: equation\n    rule: NaturalPerson == Total - Organisation"),
            new DiagnosticExample(SchemaDiagnosticIds.RuleSyntax.Id,
                Change("rule: Total == NaturalPerson + Organisation", "rule: Total == NaturalPerson & Organisation   # ← '&' is not an operator"),
                "Write a linear comparison: sums and differences of references, sum(Group) and numbers on each side of ==, <=, >=, < or >. Multiplication, division and functions other than sum are not part of the language.",
                "    rule: Total == NaturalPerson + Organisation"),
            new DiagnosticExample(SchemaDiagnosticIds.TotalShape.Id,
                Change("rule: Total == NaturalPerson + Organisation", "rule: NaturalPerson + Organisation == Total   # ← the derived cell must stand alone on the left"),
                "Put the derived cell alone on the left of ==: 'Total == NaturalPerson + Organisation'. If no single cell is derived, use kind: equation (or kind: bound for an inequality).",
                "    rule: Total == NaturalPerson + Organisation"),
            new DiagnosticExample(SchemaDiagnosticIds.Structure.Id,
                Change("    kind: tables\n", "    kind: text   # ← a text section cannot list tables\n"),
                "Make sections and tables agree: a section of kind tables lists its tables, and each of those tables names that section; a text section lists none; every table has at least one row and one column.",
                "    kind: tables"),
            new DiagnosticExample(SchemaDiagnosticIds.GeneratorFailure.Id,
                null,
                "No schema should trigger this: it reports an unexpected exception inside SchemaGen (its message names the exception). Report it with the schema that caused it; meanwhile, the other diagnostics on the same file often point at what SchemaGen tripped over.",
                null),
            new DiagnosticExample(SchemaDiagnosticIds.Advice.Id,
                Change("      - { id: Total, label: 总计 }", "      - { id: Total, label: 总计, aliases: [总计] }   # ← the alias repeats the label"),
                "Advice is a warning: the schema works, but something is probably unintended. Here, remove the alias (labels are always matched); for a kind, unit or scale on a group, move it to the leaves.",
                "      - { id: Total, label: 总计, aliases: [總計, 合计] }"),
            new DiagnosticExample(SchemaDiagnosticIds.OutputIncomplete.Id,
                null,
                "No schema should trigger this: the templates' output limits are lifted, and every generated file is checked to come out whole. If it appears, the message names the template and the limit; report it with the schema.",
                null),
            new DiagnosticExample(SchemaDiagnosticIds.NotUtf8.Id,
                null,
                "No text example can show it (it is about the bytes of the file): save the schema as UTF-8. Editors call it \"UTF-8\" or \"Unicode (UTF-8)\"; iconv -f GB18030 -t UTF-8 converts a file saved as GBK.",
                null),
            new DiagnosticExample(SchemaDiagnosticIds.NestingTooDeep.Id,
                Change("    cell: count\n", "    cell: count\n    header-notes: " + new string('[', 70) + new string(']', 70) + "   # ← nested 70 levels deep\n"),
                "Flatten the structure. A schema needs about ten levels (rows in groups in groups); the limit of " + SchemaGen.Schema.Loading.SchemaLoader.MaxNestingDepth + " is checked before the YAML is read into a tree.",
                "    header-notes: [申请人情况]"),
            new DiagnosticExample(SchemaDiagnosticIds.NameClash.Id,
                Change("- { id: Concluded, number: 二, label: 本年办结数量 }", "- { id: GetCell, number: 二, label: 本年办结数量 }   # ← the table's record already has GetCell"),
                "Choose another id. The message names the generated type the id would land in and the name already there: GetCell, SetCell, RecomputeTotals and the nested Row and group records in a table record; the record members every record has (Equals, ToString, …); the model's own name; and, for columns, an id that differs from another only in letter case (the Row constructor's parameters would clash).",
                "      - { id: Concluded, number: 二, label: 本年办结数量 }"),
            new DiagnosticExample(SchemaDiagnosticIds.NamespaceClash.Id,
                null,
                "It takes two schema files in one project (a single example cannot show it): give each its own format.namespace, or set SchemaGenNamespace on one of the AdditionalFiles items.",
                null),
            new DiagnosticExample(SchemaDiagnosticIds.ConflictingRules.Id,
                Change("    message: 总计 is the sum of the applicant columns\n",
                    "    message: 总计 is the sum of the applicant columns\n  - id: total-again   # ← a second total rule deriving Total for each row\n    table: Applications\n    for-each: row\n    kind: total\n    rule: Total == Organisation + NaturalPerson\n    message: 总计 again\n"),
                "Keep one total rule per derived cell and axis; state any further relation as kind: equation or kind: bound. Two rules over the same cells that no figures can satisfy together (A == B and A < B) are a typo in one of them.",
                null),
            new DiagnosticExample(SchemaDiagnosticIds.InvalidProsePattern.Id,
                Base.Replace("\r\n", "\n") + "prose:\n  - id: received\n    table: Applications\n    label: 本年新收申请\n    rows: [NewlyReceived]\n    columns: [Total]\n    patterns:\n      - '共收到申请(件'   # ← no {n}, and an unclosed group\n",
                "Write the phrase as a .NET regular expression with {n} exactly once where the number stands, for example '共收到[^。]{0,10}?申请{n}件'; escape ( and ) in the text as \\( and \\), or use the half-width forms the text is folded to.",
                "      - '共收到[^。]{0,10}?申请{n}件'"),
            new DiagnosticExample(SchemaDiagnosticIds.MigrationNotFromOlder.Id,
                null,
                "It takes a migration block and the schemas around it (a single example cannot show it): write in migration: from: the format.version of the older schema, as it is written there.",
                null),
        };

        /// <summary>The diagnostics no single schema text can trigger: they are about bytes, several files, or SchemaGen itself.</summary>
        public static IReadOnlyList<string> WithoutExample { get; } = new[]
        {
            SchemaDiagnosticIds.GeneratorFailure.Id, SchemaDiagnosticIds.OutputIncomplete.Id, SchemaDiagnosticIds.NotUtf8.Id, SchemaDiagnosticIds.NamespaceClash.Id,
            SchemaDiagnosticIds.MigrationNotFromOlder.Id,
        };
    }
}
