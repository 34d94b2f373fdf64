using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Schema.Loading;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// Schemas as a hostile or unlucky user writes them (issues 13 and 14): every case ends in the expected SG1xxx
    /// diagnostic at its place in the YAML, or in generated code that compiles and means what the YAML says; one broken
    /// part costs only that part.
    /// </summary>
    public class SchemaRobustnessTests
    {
        private const string Path = "/schema/mini.yaml";

        private static readonly string Minimal = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "BrokenSchemas", "valid-minimal.yaml")).Replace("\r\n", "\n").TrimEnd('\n') + "\n";

        private static string Edit(string from, string to)
        {
            Assert.Contains(from, Minimal);
            return Minimal.Replace(from, to);
        }

        private static (ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Compiler, IReadOnlyList<string> Sources) Build(string yaml, params string[] sources)
            => GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText(Path, yaml) }, null, sources);

        private static void AssertOnly(ImmutableArray<Diagnostic> diagnostics, string id, int line)
        {
            Diagnostic d = Assert.Single(diagnostics, x => x.Severity == DiagnosticSeverity.Error);
            Assert.Equal(id, d.Id);
            Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Equal(Path, d.Location.GetLineSpan().Path);
        }

        [Fact]
        public void An_invariant_naming_a_missing_column_costs_only_that_invariant()
        {
            var (generator, compiler, sources) = Build(Edit("rule: Total == A + B", "rule: Total == A + Bee"),
                "public static class Use { public static int? Make() { var t = new Mini.V1.CountsTable(); t.First.A = 1; return Mini.V1.MiniReportValidator.Validate(t).Findings.Count; } }");
            AssertOnly(generator, "SG1007", 39);
            Assert.Empty(compiler);
            Assert.NotEmpty(sources);
            // The schema's own text is embedded for referencing projects; no generated code names the broken invariant.
            Assert.DoesNotContain(sources.Where(s => !s.Contains("EmbeddedSchema(")), s => s.Contains("row-total"));
        }

        [Fact]
        public void A_broken_table_costs_only_that_table_and_what_names_it()
        {
            string yaml = Minimal
                .Replace("    tables: [Counts]", "    tables: [Counts, Broken]")
                .Replace("invariants:", "  - id: Broken\n    section: Figures\n    label: 坏表\n    columns:\n      - { id: X, label: 甲 }\n      - { id: X, label: 乙 }\n    rows:\n      - { id: Only, label: 行 }\ninvariants:");
            var (generator, compiler, _) = Build(yaml,
                "public static class Use { public static object Good() => new Mini.V1.CountsTable(); public static object Bad() => new Mini.V1.BrokenTable(); }");
            AssertOnly(generator, "SG1005", 39);
            // What truly depends on the broken table, and nothing else.
            Diagnostic missing = Assert.Single(compiler);
            Assert.Equal("CS0234", missing.Id);
            Assert.Contains("BrokenTable", missing.GetMessage());
        }

        /// <summary>What the clash is, the YAML before and after, and the line the diagnostic belongs on.</summary>
        public static TheoryData<string, string, string, int> Clashes() => new()
        {
            { "a row named like a generated method", "      - id: First\n", "      - id: GetCell\n", 30 },
            { "a row named like the nested Row record", "      - id: First\n", "      - id: Row\n", 30 },
            { "a column named like a record member", "      - id: B\n", "      - id: Equals\n", 25 },
            { "a table named like the model", "  - id: Counts\n    section", "  - id: MiniReport\n    section", 19 },
            { "a text section named like a record member", "  - id: Body\n", "  - id: ToString\n", 9 },
            { "a lower-case model name (CS8981)", "  model: MiniReport\n", "  model: minireport\n", 2 },
        };

        [Theory]
        [MemberData(nameof(Clashes))]
        public void An_id_that_clashes_with_generated_code_is_SG1017_at_its_element(string what, string from, string to, int line)
        {
            string yaml = Edit(from, to);
            if (to.Contains("Equals")) yaml = yaml.Replace("rule: Total == A + B", "rule: Total == A + Equals");
            if (to.Contains("MiniReport")) yaml = yaml.Replace("tables: [Counts]", "tables: [MiniReport]").Replace("table: Counts", "table: MiniReport");
            var (generator, compiler, _) = Build(yaml);
            Diagnostic clash = Assert.Single(generator, d => d.Severity == DiagnosticSeverity.Error);
            Assert.True(clash.Id == "SG1017", what + ": " + clash);
            Assert.Equal(line, clash.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.DoesNotContain(compiler, d => d.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void Columns_differing_only_in_case_are_SG1017()
        {
            var (generator, _, _) = Build(Edit("      - id: B\n        label: 乙", "      - id: a\n        label: 乙").Replace("rule: Total == A + B", "rule: Total == A + a"));
            Diagnostic clash = Assert.Single(generator, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal("SG1017", clash.Id);
            Assert.Contains("differ only in letter case", clash.GetMessage());
        }

        [Fact]
        public void Ids_that_only_look_alike_generate_code_that_compiles_and_means_what_the_yaml_says()
        {
            // Outcomes_Granted beside Outcomes.Granted, a column named value (the constructor parameter is value too),
            // and Namespace as a table, row and column: all legal, all distinct in the generated code.
            string yaml = Minimal
                .Replace("      - id: A\n        label: 甲", "      - id: value\n        label: 甲")
                .Replace("      - id: B\n        label: 乙", "      - id: Namespace\n        label: 乙")
                .Replace("rule: Total == A + B", "rule: Total == value + Namespace")
                .Replace("      - id: Second\n        label: 第二行", "      - id: Outcomes_Granted\n        label: 下划线\n      - id: Outcomes\n        label: 组\n        rows:\n          - { id: Granted, label: 子行 }\n      - id: Namespace\n        label: 命名空间");
            const string use = @"
public static class Use
{
    public static decimal?[] Cells()
    {
        var row = new Mini.V1.CountsTable.Row(1, 2, 3);
        var t = new Mini.V1.CountsTable { Outcomes_Granted = new Mini.V1.CountsTable.Row(10, 20, 30) };
        t.Outcomes.Granted.value = 7;
        return new decimal?[] { row.value, row.Namespace, t.GetCell(""Outcomes_Granted"", ""value""), t.GetCell(""Outcomes.Granted"", ""value"") };
    }
}";
            var (generator, compiler, _) = Build(yaml, use);
            Assert.Empty(generator);
            Assert.Empty(compiler);

            var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText(Path, yaml));
            Assert.True(assembly is not null, string.Join("\n", diagnostics));
            Type rowType = assembly!.GetType("Mini.V1.CountsTable+Row")!;
            object row = Activator.CreateInstance(rowType, new object?[] { 1, 2, 3 })!;
            Assert.Equal(1, rowType.GetProperty("value")!.GetValue(row));
            Assert.Equal(2, rowType.GetProperty("Namespace")!.GetValue(row));
            object table = Activator.CreateInstance(assembly.GetType("Mini.V1.CountsTable")!)!;
            var set = table.GetType().GetMethod("SetCell", new[] { typeof(string), typeof(string), typeof(decimal?) })!;
            var get = table.GetType().GetMethod("GetCell", new[] { typeof(string), typeof(string) })!;
            set.Invoke(table, new object?[] { "Outcomes_Granted", "value", 5m });
            set.Invoke(table, new object?[] { "Outcomes.Granted", "value", 6m });
            Assert.Equal(5m, get.Invoke(table, new object[] { "Outcomes_Granted", "value" }));
            Assert.Equal(6m, get.Invoke(table, new object[] { "Outcomes.Granted", "value" }));
        }

        [Fact]
        public void A_keyword_id_is_SG1006()
        {
            var (generator, _, _) = Build(Edit("      - id: First\n", "      - id: class\n"));
            Assert.Contains(generator, d => d.Id == "SG1006");
        }

        [Fact]
        public void Two_schemas_in_one_namespace_are_SG1018_and_the_second_generates_nothing()
        {
            string other = Minimal.Replace("id: mini", "id: other-mini");
            var (generator, compiler, sources) = GeneratorHarness.GenerateAndCompile(
                new[] { new InMemoryAdditionalText("/schema/a.yaml", Minimal), new InMemoryAdditionalText("/schema/b.yaml", other) });
            Diagnostic clash = Assert.Single(generator);
            Assert.Equal("SG1018", clash.Id);
            Assert.Equal("/schema/b.yaml", clash.Location.GetLineSpan().Path);
            Assert.Empty(compiler);
            Assert.Single(sources, s => s.Contains("public sealed partial record MiniReport"));
        }

        [Fact]
        public void A_migration_from_a_version_not_older_than_its_own_and_absent_is_SG1021_at_that_version()
        {
            string v2019 = File.ReadAllText(RepoPaths.Schema("2019"));
            string v2021 = File.ReadAllText(RepoPaths.Schema("2021"));
            string mistyped = v2021.Replace("migration:\n  from: \"2019\"", "migration:\n  from: \"2091\"");
            Assert.NotEqual(v2021, mistyped);

            foreach (bool withOlder in new[] { true, false })
            {
                var files = new List<AdditionalText> { new InMemoryAdditionalText("/schema/2021.yaml", mistyped) };
                if (withOlder) files.Add(new InMemoryAdditionalText("/schema/2019.yaml", v2019));
                var (generator, compiler, sources) = GeneratorHarness.GenerateAndCompile(files);
                Diagnostic missing = Assert.Single(generator);
                Assert.Equal(("SG1021", DiagnosticSeverity.Warning, "/schema/2021.yaml"), (missing.Id, missing.Severity, missing.Location.GetLineSpan().Path));
                Assert.Contains("\"2091\"", missing.GetMessage());
                // At the version it names.
                Assert.Equal(mistyped.Substring(0, mistyped.IndexOf("from: \"2091\"", StringComparison.Ordinal)).Count(c => c == '\n'),
                    missing.Location.GetLineSpan().StartLinePosition.Line);
                Assert.Empty(compiler);
                Assert.DoesNotContain(sources, s => s.Contains("FromV2019"));
            }
        }

        [Fact]
        public void A_migration_from_an_older_version_gets_a_converter_when_it_is_here_and_nothing_said_when_it_is_not()
        {
            string v2019 = File.ReadAllText(RepoPaths.Schema("2019"));
            string v2021 = File.ReadAllText(RepoPaths.Schema("2021"));
            var (both, _, withConverter) = GeneratorHarness.GenerateAndCompile(new[]
            {
                new InMemoryAdditionalText("/schema/2019.yaml", v2019), new InMemoryAdditionalText("/schema/2021.yaml", v2021),
            });
            Assert.Empty(both);
            Assert.Contains(withConverter, s => s.Contains("FromV2019"));
            // A project that dropped the oldest version: no converter from it, and no warning either.
            var (alone, _, without) = GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText("/schema/2021.yaml", v2021) });
            Assert.Empty(alone);
            Assert.DoesNotContain(without, s => s.Contains("FromV2019"));
        }

        [Fact]
        public void An_empty_yaml_marked_as_a_schema_is_a_diagnostic_in_the_build()
        {
            var (generator, _, sources) = GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText("/schema/empty.yaml", "") },
                new Dictionary<string, string> { ["/schema/empty.yaml"] = SchemaFileSelection.SchemaMetadata + " = true" });
            Diagnostic d = Assert.Single(generator);
            Assert.Equal(("SG1011", "/schema/empty.yaml"), (d.Id, d.Location.GetLineSpan().Path));
            Assert.Empty(sources);
        }

        [Fact]
        public void An_empty_yaml_not_marked_is_not_a_schema()
        {
            var (generator, _, sources) = GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText("/schema/empty.yaml", "") });
            Assert.Empty(generator);
            Assert.Empty(sources);
        }

        /// <summary>What the compiler hands over for a file that is not UTF-8: the text decoded in its fallback encoding.</summary>
        private sealed class Latin1Text : AdditionalText
        {
            private readonly SourceText _text;

            public Latin1Text(string path, byte[] bytes)
            {
                Path = path;
                _text = SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        [Fact]
        public void A_schema_that_is_not_utf8_is_SG1015_where_the_bytes_go_wrong()
        {
            byte[] gbk = CodePages().GetBytes(Minimal);
            var (generator, _, sources) = GeneratorHarness.GenerateAndCompile(new AdditionalText[] { new Latin1Text(Path, gbk) });
            Diagnostic d = Assert.Single(generator);
            Assert.Equal("SG1015", d.Id);
            Assert.Equal(4, d.Location.GetLineSpan().StartLinePosition.Line + 1); // title: 迷你格式, the first line with Chinese
            Assert.Empty(sources);

            SchemaFileText read = SchemaFile.Decode(gbk, "gbk.yaml");
            Assert.Null(read.Text);
            Assert.Equal(("SG1015", 4, 10), (read.Problem!.Id, read.Problem.Span.StartLine, read.Problem.Span.StartColumn));
        }

        private static Encoding CodePages()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }

        [Fact]
        public void A_second_yaml_document_is_reported()
        {
            var result = SchemaLoader.Load(Minimal + "---\nformat: { id: x }\n", Path);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("SG1011", Minimal.Split('\n').Length), (d.Id, d.Span.StartLine));
        }

        [Fact]
        public void A_limit_or_a_syntax_error_later_in_the_file_comes_before_a_duplicate_key()
        {
            // The events are checked as the tree is built from them; a duplicate key stops the tree first, but what the
            // checks and the parser find in the rest of the file is reported instead, as when every event was checked first.
            string duplicateFirst = "x-dup: 1\nx-dup: 2\n" + Minimal;
            var duplicate = Assert.Single(SchemaLoader.Load(duplicateFirst, Path).Diagnostics);
            Assert.Equal(("SG1001", 2), (duplicate.Id, duplicate.Span.StartLine));

            string nested = duplicateFirst.Replace("    label: 计数\n", "    label: 计数\n    header-notes: " + new string('[', 100) + new string(']', 100) + "\n");
            var limit = Assert.Single(SchemaLoader.Load(nested, Path).Diagnostics);
            Assert.Equal(("SG1016", 24), (limit.Id, limit.Span.StartLine));

            string unclosedQuote = duplicateFirst + "x-late: \"never closed\n";
            var syntax = Assert.Single(SchemaLoader.Load(unclosedQuote, Path).Diagnostics);
            Assert.Equal("SG1001", syntax.Id);
            Assert.True(syntax.Span.StartLine > 2, $"reported at line {syntax.Span.StartLine}: {syntax.Message}");
        }

        [Fact]
        public void Deep_nesting_is_SG1016_not_a_stack_overflow()
        {
            string hostile = Minimal.Replace("    label: 计数\n", "    label: 计数\n    header-notes: " + new string('[', 40_000) + "\n");
            var result = SchemaLoader.Load(hostile, Path);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("SG1016", 22), (d.Id, d.Span.StartLine));

            var (generator, _, sources) = Build(hostile);
            Assert.Equal("SG1016", Assert.Single(generator).Id);
            Assert.Empty(sources);
        }

        [Fact]
        public void Two_total_rules_for_one_cell_are_SG1019()
        {
            string yaml = Minimal + "  - id: row-total-again\n    table: Counts\n    for-each: row\n    kind: total\n    rule: Total == B + A\n    message: again\n";
            var d = Assert.Single(SchemaLoader.Load(yaml, Path).Diagnostics);
            Assert.Equal(("SG1019", 41), (d.Id, d.Span.StartLine));
            Assert.Contains("row-total", d.Message);
        }

        [Fact]
        public void Invariants_no_figures_can_satisfy_together_are_SG1019()
        {
            string yaml = Minimal
                + "  - { id: a-below-b, table: Counts, for-each: row, kind: bound, rule: A <= B - 1, message: below }\n"
                + "  - { id: a-not-below-b, table: Counts, for-each: row, kind: bound, rule: B < A + 1, message: not below }\n"
                + "  - { id: a-at-most-b, table: Counts, for-each: row, kind: bound, rule: A <= B, message: compatible with the first }\n";
            var d = Assert.Single(SchemaLoader.Load(yaml, Path).Diagnostics);
            Assert.Equal(("SG1019", 42), (d.Id, d.Span.StartLine));
            Assert.Contains("'a-not-below-b' and 'a-below-b'", d.Message);
        }

        [Fact]
        public void A_conflict_states_each_rule_as_a_sum_of_cells_in_ordinal_order_led_by_a_positive_one()
        {
            // A cell named twice has coefficient 2; the rule whose first cell (in ordinal order) came out negative is
            // turned around (B + 4 < A + A is 2×A - B > 4); cells that cancel out (C - C) are left out.
            string yaml = Minimal
                + "  - { id: twice-a-below-b, table: Counts, for-each: row, kind: bound, rule: A + A + Total - Total <= B - 3, message: below }\n"
                + "  - { id: b-below-twice-a, table: Counts, for-each: row, kind: bound, rule: B + 4 < A + A, message: above }\n";
            var d = Assert.Single(SchemaLoader.Load(yaml, Path).Diagnostics);
            Assert.Equal("SG1019", d.Id);
            Assert.Equal("invariants 'b-below-twice-a' and 'twice-a-below-b' (line 41) can never both hold: over the same cells, "
                + "one requires 2×A - B > 4 and the other 2×A - B <= -3", d.Message);
        }

        [Fact]
        public void A_large_output_is_generated_whole_and_compiles()
        {
            // Files far beyond Scriban's default 1 MB string limit, where output used to stop mid-case. Long labels make
            // them large with few rows, so compiling stays quick; generation time against row count is a benchmark
            // (LargeSchemaBenchmarks), not asserted here.
            const int rows = 300;
            var (generator, compiler, sources) = GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText("/big.yaml", LargeSchema.Text(rows, labelPadding: 2_500)) });
            Assert.Empty(generator);
            Assert.Empty(compiler);
            string validator = Assert.Single(sources, s => s.Contains("public static partial class BigReportValidator"));
            Assert.True(validator.Length > 1_048_576, $"the validator is {validator.Length} characters: the test no longer crosses the old limit");
            Assert.Contains("figures[" + (2 * rows - 1) + "] = t." + LargeSchema.RowId(rows) + ".Total;", validator);
            Assert.Contains("RuleCell(" + (2 * rows - 1) + ", 1, true)", validator);
            string table = Assert.Single(sources, s => s.Contains("public sealed partial record BigTable"));
            Assert.Contains("public Row " + LargeSchema.RowId(rows) + " { get; init; }", table);
            Assert.Contains("case " + (rows - 1) + ":", table);
            Assert.All(sources, s => Assert.EndsWith("}\n", s));
        }
    }
}
