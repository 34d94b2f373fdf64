using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Formats;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// Escaping by construction, as a property: random text (line and paragraph separators, NEL, bidi controls, lone and
    /// paired surrogates, quotes, backslashes, comment delimiters, markup, template braces, controls) in every schema
    /// field that reaches generated code: the code compiles with no diagnostic, declares nothing the schema did not ask
    /// for, and the descriptor and the migration map give back exactly the text the YAML holds.
    /// </summary>
    public class EscapingPropertyTests
    {
        private static readonly string[] Pieces =
        {
            "\u2028", "\u2029", "\u0085", "\u202E", "\u202A", "\u2066", "\u2069", "\u200E", "\u200B", "\uFEFF",
            "\uD800", "\uDC00", "\uD83D\uDE00", "\"", "'", "\\", "\\\"", "*/", "/*", "//", "///", "<", ">", "&", "&amp;", "<!--",
            "\r", "\n", "\r\n", "\t", "\0", "\u0001", "\u007F", "{{", "}}", "{", "}", "#", ": ", "- ", "public int Injected => 42;",
            "甲", "总计", "a", "Z", " ", "@", "$\"", "\u00A0", "\u3000",
        };

        private static string RandomText(Random random)
        {
            var sb = new StringBuilder();
            int count = random.Next(1, 9);
            for (int i = 0; i < count; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            return sb.ToString();
        }

        /// <summary>A YAML double-quoted scalar for any text: escapes for everything but printable ASCII, lone surrogates written raw (YAML escapes cannot hold them; YamlDotNet reads them raw).</summary>
        private static string Quote(string text)
        {
            var sb = new StringBuilder("\"");
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                            && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c >= 0x20 && c < 0x7F) sb.Append(c);
                else if (lone) sb.Append(c);
                else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            return sb.Append('"').ToString();
        }

        private sealed record Texts(
            string Title, string Notice, string Description, string SectionNumber, string SectionLabel, string SectionAlias,
            string Caption, string TableLabel, string Stub, string HeaderNote, string RowNumber, string RowLabel, string RowAlias,
            string ColumnLabel, string Unit, string Message, string Standing, string DropNote)
        {
            public static Texts Random(Random r)
                => new(RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r),
                    RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r), RandomText(r),
                    RandomText(r), RandomText(r));
        }

        private static string Schema(Texts t, string version, bool withMigration) => $@"format:
  id: prop
  version: ""{version}""
  title: {Quote(t.Title)}
  notice: {Quote(t.Notice)}
  model: PropReport
  namespace: Prop.V{version}
  description: {Quote(t.Description)}
sections:
  - id: Body
    number: {Quote(t.SectionNumber)}
    label: {Quote(t.SectionLabel)}
    aliases: [{Quote(t.SectionAlias)}]
    kind: text
    description: {Quote(t.Description)}
  - {{ id: Figures, number: 二, label: 数据, kind: tables, tables: [Counts] }}
tables:
  - id: Counts
    section: Figures
    caption: {Quote(t.Caption)}
    label: {Quote(t.TableLabel)}
    stub: {Quote(t.Stub)}
    header-notes: [{Quote(t.HeaderNote)}]
    description: {Quote(t.Description)}
    cell: amount
    columns:
      - {{ id: A, label: {Quote(t.ColumnLabel)}, unit: {Quote(t.Unit)}, description: {Quote(t.Description)} }}
      - {{ id: Total, label: 合计 }}
{(withMigration ? "" : "      - { id: Gone, label: 旧列 }\n")}    rows:
      - {{ id: First, number: {Quote(t.RowNumber)}, label: {Quote(t.RowLabel)}, aliases: [{Quote(t.RowAlias)}], description: {Quote(t.Description)} }}
invariants:
  - id: row-total
    table: Counts
    for-each: row
    kind: total
    rule: Total == A
    message: {Quote(t.Message)}
    standing: {Quote(t.Standing)}
{(withMigration ? $@"migration:
  from: ""1""
  description: {Quote(t.Description)}
  rules:
    - action: drop
      from: [Counts.column:Gone]
      note: {Quote(t.DropNote)}
" : "")}";

        [Fact]
        public void Random_unicode_in_every_field_compiles_and_round_trips()
        {
            var random = new Random(2028);
            for (int round = 0; round < 8; round++)
            {
                Texts t = Texts.Random(random);
                var files = new AdditionalText[]
                {
                    new InMemoryAdditionalText("/prop-1.yaml", Schema(t, "1", withMigration: false)),
                    new InMemoryAdditionalText("/prop-2.yaml", Schema(t, "2", withMigration: true)),
                };
                var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(files);
                Assert.True(assembly is not null && diagnostics.IsEmpty, $"round {round}: " + string.Join("\n", diagnostics));

                // Nothing was declared that the schema did not ask for.
                Assert.DoesNotContain(assembly!.GetTypes().SelectMany(x => x.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)),
                    m => m.Name.Contains("Injected", StringComparison.Ordinal));

                var formats = (IReadOnlyList<IReportFormat>)assembly.GetType("SchemaGen.Generated.ReportFormats")!.GetProperty("All")!.GetValue(null)!;
                Assert.Equal(2, formats.Count);
                SchemaDescriptor d = formats[1].Descriptor;
                Assert.Equal((t.Title, t.Notice), (d.Title, d.Notice));
                SectionDescriptor body = d.Section("Body");
                Assert.Equal((t.SectionNumber, t.SectionLabel, t.SectionAlias), (body.Number, body.Label, body.Aliases.Single()));
                TableDescriptor table = d.Table("Counts");
                Assert.Equal((t.Caption, t.TableLabel, t.Stub, t.HeaderNote), (table.Caption, table.Label, table.Stub, table.HeaderNotes.Single()));
                AxisNodeDescriptor row = table.FindRow("First")!, column = table.FindColumn("A")!;
                Assert.Equal((t.RowNumber, t.RowLabel, t.RowAlias), (row.Number, row.Label, row.Aliases.Single()));
                Assert.Equal((t.ColumnLabel, t.Unit), (column.Label, column.Unit));
                InvariantDescriptor invariant = d.Invariant("row-total");
                Assert.Equal((t.Message, t.Standing), (invariant.Message, invariant.Standing));
                Assert.Equal(t.DropNote.Trim(), formats[1].MigrationMap!.Cells.Single(c => c.FromColumn == "Gone").Reason);
            }
        }
    }
}
