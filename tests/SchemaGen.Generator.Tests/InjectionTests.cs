using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// Schema text reaches generated C# in doc comments, string literals and comments. No text, whatever Unicode it
    /// holds, may end the line it stands on and continue as code (issue 14: a description with U+2028 compiled a live member).
    /// </summary>
    public class InjectionTests
    {
        private const string Payload = "public int Injected { get { return 42; } }";

        private static string Schema(string description, string label) => $@"format:
  id: mini
  version: ""1""
  title: ""迷你格式""
  notice: 测试〔2024〕1号
  model: MiniReport
  namespace: Mini.V1
  description: ""{description}""
sections:
  - id: Figures
    number: 一
    label: 数据
    kind: tables
    tables: [Counts]
tables:
  - id: Counts
    section: Figures
    label: ""{label}""
    description: ""{description}""
    columns:
      - {{ id: A, label: ""{label}"", description: ""{description}"" }}
      - {{ id: Total, label: 合计 }}
    rows:
      - {{ id: First, label: ""{label}"", description: ""{description}"" }}
invariants:
  - id: row-total
    table: Counts
    for-each: row
    kind: total
    rule: Total == A
    message: ""{description}""
";

        // YAML double-quoted escapes: \L is U+2028, \P is U+2029, \N is U+0085.
        [Theory]
        [InlineData("\\L")]
        [InlineData("\\P")]
        [InlineData("\\N")]
        [InlineData("\\r")]
        [InlineData("\\n")]
        [InlineData("\\u202E")]
        public void A_line_terminator_in_schema_text_never_starts_a_line_of_code(string terminator)
        {
            string description = "harmless" + terminator + Payload + terminator + "///";
            var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("/schema/mini.yaml", Schema(description, "甲" + terminator + "乙")));

            Assert.True(assembly is not null, string.Join("\n", diagnostics));
            Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var injected = assembly!.GetTypes()
                .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(m => m.Name.Contains("Injected", StringComparison.Ordinal))
                .ToList();
            Assert.Empty(injected);

            // The text is kept, not dropped: the descriptor's label holds exactly what the YAML said.
            Type schema = assembly.GetType("Mini.V1.MiniReportSchema")!;
            var descriptor = (SchemaGen.Runtime.Descriptors.SchemaDescriptor)schema.GetProperty("Descriptor")!.GetValue(null)!;
            string expectedSeparator = terminator switch
            {
                "\\L" => "\u2028",
                "\\P" => "\u2029",
                "\\N" => "\u0085",
                "\\r" => "\r",
                "\\n" => "\n",
                _ => "\u202E",
            };
            Assert.Equal("甲" + expectedSeparator + "乙", descriptor.Table("Counts").Label);
        }

        [Theory]
        [InlineData("bad\\\"id")]
        [InlineData("Upper")]
        public void A_format_id_that_could_escape_a_literal_is_a_lint_error(string id)
        {
            string text = Schema("d", "甲").Replace("id: mini", $"id: \"{id}\"");
            var result = GeneratorHarness.Run(new InMemoryAdditionalText("/schema/mini.yaml", text));
            Assert.Contains(result.Diagnostics, d => d.Id == "SG1006" && d.GetMessage().Contains("format id"));
            Assert.Empty(result.GeneratedTrees);
        }

        [Fact]
        public void A_format_version_with_a_quote_is_a_lint_error()
        {
            string text = Schema("d", "甲").Replace("version: \"1\"", "version: \"1\\\"x\"");
            var result = GeneratorHarness.Run(new InMemoryAdditionalText("/schema/mini.yaml", text));
            Assert.Contains(result.Diagnostics, d => d.Id == "SG1006" && d.GetMessage().Contains("format version"));
        }
    }
}
