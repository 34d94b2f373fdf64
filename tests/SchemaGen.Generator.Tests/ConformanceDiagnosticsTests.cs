using System;
using System.IO;
using System.Linq;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The unclear diagnostics of issue 14, said clearly and where the problem is (the conformance corpus checks the id
    /// and place of many more; these check the words too).
    /// </summary>
    public sealed class ConformanceDiagnosticsTests
    {
        private const string Path = "/schema/mini.yaml";

        private static readonly string Minimal = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "BrokenSchemas", "valid-minimal.yaml")).Replace("\r\n", "\n").TrimEnd('\n') + "\n";

        private static SchemaDiagnostic Only(string yaml) => Assert.Single(SchemaLoader.Load(yaml, Path).Diagnostics);

        [Fact]
        public void An_unclosed_bracket_is_reported_at_the_bracket_in_words()
        {
            // Line 17: "    tables: [Counts" (the ']' removed). It used to be "Operation is not valid due to the current state of the object." at the end of the file.
            SchemaDiagnostic d = Only(Minimal.Replace("tables: [Counts]", "tables: [Counts"));
            Assert.Equal(("SG1001", 17, 13), (d.Id, d.Span.StartLine, d.Span.StartColumn));
            Assert.Equal("this '[' is never closed: the file ends before its ']'", d.Message);
            Assert.DoesNotContain("Operation is not valid", d.Message);
        }

        [Fact]
        public void An_unclosed_brace_is_reported_at_the_brace()
        {
            SchemaDiagnostic d = Only(Minimal.Replace("      - id: A\n        label: 甲\n", "      - { id: A, label: 甲\n"));
            Assert.Equal(("SG1001", 23, 9), (d.Id, d.Span.StartLine, d.Span.StartColumn));
            Assert.Equal("this '{' is never closed: the file ends before its '}'", d.Message);
        }

        [Fact]
        public void A_tab_in_the_indentation_is_reported_on_its_own_line()
        {
            // Line 21 is "    label: 计数"; YamlDotNet placed the error on line 20, where the plain value before it starts.
            SchemaDiagnostic d = Only(Minimal.Replace("    label: 计数\n", "\tlabel: 计数\n"));
            Assert.Equal(("SG1001", 21, 1), (d.Id, d.Span.StartLine, d.Span.StartColumn));
            Assert.StartsWith("a tab in the indentation: YAML indents with spaces only", d.Message);
        }

        [Fact]
        public void An_alias_to_no_anchor_is_reported_at_the_alias()
        {
            SchemaDiagnostic d = Only(Minimal.Replace("    label: 计数", "    label: *nowhere"));
            Assert.Equal(("SG1001", 21, 12), (d.Id, d.Span.StartLine, d.Span.StartColumn));
            Assert.Equal("the alias *nowhere names no anchor: write &nowhere on a value before it", d.Message);
        }

        [Fact]
        public void An_alias_inside_its_own_anchor_is_SG1016_not_a_stack_overflow()
        {
            SchemaDiagnostic d = Only(Minimal.Replace("    label: 计数\n", "    label: 计数\n    header-notes: &loop [*loop]\n"));
            Assert.Equal(("SG1016", 22, 26), (d.Id, d.Span.StartLine, d.Span.StartColumn));
            Assert.Contains("would nest without end", d.Message);
        }

        [Fact]
        public void A_GBK_schema_says_it_is_not_UTF8_at_the_first_bad_byte_in_lint_and_in_the_build_alike()
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            byte[] gbk = System.Text.Encoding.GetEncoding(936).GetBytes(Minimal);
            SchemaFileText read = SchemaFile.Decode(gbk, Path);
            Assert.Null(read.Text);
            Assert.Equal(("SG1015", 4, 10), (read.Problem!.Id, read.Problem.Span.StartLine, read.Problem.Span.StartColumn));
            Assert.Contains("is not UTF-8", read.Problem.Message);
            Assert.Contains("GBK", read.Problem.Message);
            Assert.DoesNotContain("flow sequence", read.Problem.Message);
        }

        [Fact]
        public void A_UTF16_schema_with_its_byte_order_mark_is_read_as_the_compiler_reads_it()
        {
            byte[] utf16 = new System.Text.UnicodeEncoding(false, true).GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(Minimal)).ToArray();
            SchemaFileText read = SchemaFile.Decode(utf16, Path);
            Assert.Equal(Minimal, read.Text);
            Assert.Empty(SchemaLoader.Load(read.Text!, Path).Diagnostics);
        }

        [Fact]
        public void A_rule_whose_cells_cancel_out_and_never_holds_is_SG1019()
        {
            SchemaDiagnostic d = Only(Minimal + "  - { id: never, table: Counts, for-each: row, kind: bound, rule: A < A, message: never }\n");
            Assert.Equal(("SG1019", 41), (d.Id, d.Span.StartLine));
            Assert.Equal("invariant 'never' can never hold: its cells cancel out, leaving 0 < 0", d.Message);
        }
    }
}
