using System;
using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>The migration block as the loader reads and lints it: the statutory one is clean; mistakes are found where they are written.</summary>
    public class MigrationLintTests
    {
        private static SchemaLoadResult Load2021(Func<string, string> edit)
            => SchemaLoader.Load(edit(Fixtures.SchemaText("2021")), "2021.yaml");

        [Fact]
        public void The_statutory_migration_loads_clean_and_names_only_real_elements()
        {
            SchemaDocument newer = SchemaLoader.LoadFile(Fixtures.SchemaPath("2021")).Document!;
            SchemaDocument older = SchemaLoader.LoadFile(Fixtures.SchemaPath("2019")).Document!;
            MigrationSpec migration = Assert.IsType<MigrationSpec>(newer.Migration);
            Assert.Equal("2019", migration.FromVersion);
            Assert.Empty(MigrationLint.CheckTargets(newer));
            Assert.Empty(MigrationLint.CheckSources(migration, older.Tables, older.Key));

            MigrationRule split = Assert.Single(migration.Rules, r => r.Action == MigrationAction.Split);
            Assert.Equal("Applications.row:Outcomes.OtherHandling.Other", split.CarryInto!.Value);
            Assert.Contains(migration.Rules, r => r.Action == MigrationAction.Drop && r.From.Any(f => f.Kind == ElementKind.Table && f.Table == "Procurement"));
        }

        [Theory]
        [InlineData("from: [Procurement]", "from: [Procurement.rows:X]", "Procurement.rows:X", "SG1004")]
        [InlineData("to: [Regulations.column:Issued]", "to: [Regulations.column:Issued, Regulations.column:InForce]", "[Regulations.column:Issued, Regulations.column:InForce]", "SG1004")]
        [InlineData("from: [Regulations.column:PublishedTotal]", "from: [Regulations.column:PublishedThisYear]", "Regulations.column:PublishedThisYear]\n      note: >-", "SG1005")]
        [InlineData("carry-into: Applications.row:Outcomes.OtherHandling.Other", "carry-into: Applications.row:Outcomes.Total", "Applications.row:Outcomes.Total", "SG1004")]
        [InlineData("to: [Regulations.column:Issued]", "to: [Regulations.row:Rules]", "Regulations.row:Rules", "SG1004")]
        public void A_mistake_is_reported_at_its_line_and_column(string original, string broken, string at, string id)
        {
            string text = Fixtures.SchemaText("2021").Replace(original, broken);
            SchemaDiagnostic diagnostic = Assert.Single(SchemaLoader.Load(text, "2021.yaml").Diagnostics);
            Assert.Equal(id, diagnostic.Id);
            int offset = text.IndexOf(at, text.IndexOf("migration:", StringComparison.Ordinal), StringComparison.Ordinal);
            int line = text.Substring(0, offset).Count(c => c == '\n') + 1;
            int column = offset - text.LastIndexOf('\n', offset - 1);
            Assert.Equal((line, column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        }

        [Fact]
        public void A_drop_without_a_note_is_advice()
        {
            var result = Load2021(t => t.Replace("      note: 本年新公开数量 (documents newly published this year) has no 2021 column.\n", ""));
            SchemaDiagnostic advice = Assert.Single(result.Diagnostics);
            Assert.Equal(SchemaDiagnosticIds.Advice.Id, advice.Id);
            Assert.Contains("note", advice.Message);
        }

        [Fact]
        public void A_target_that_does_not_exist_is_an_unknown_reference_with_a_suggestion()
        {
            SchemaDocument doc = Load2021(t => t.Replace("to: [Regulations.column:Issued]", "to: [Regulations.column:Isued]")).Document!;
            SchemaDiagnostic diagnostic = Assert.Single(MigrationLint.CheckTargets(doc));
            Assert.Equal(SchemaDiagnosticIds.UnknownReference.Id, diagnostic.Id);
            Assert.Contains("did you mean 'Issued'", diagnostic.Message);
        }

        [Theory]
        [InlineData("Procurement", ElementKind.Table)]
        [InlineData("Applications.row:Outcomes.OtherHandling", ElementKind.Row)]
        [InlineData("Regulations.column:Issued", ElementKind.Column)]
        [InlineData("Licensing.row:OtherServices.column:Decisions", ElementKind.Cell)]
        public void References_parse_by_kind(string text, ElementKind kind)
            => Assert.Equal(kind, ElementReference.Parse(text, SourceSpan.None("x"))!.Kind);

        [Theory]
        [InlineData("")]
        [InlineData("Applications.rows:X")]
        [InlineData("Applications.column:X.row:Y")]
        [InlineData("表三")]
        public void Malformed_references_do_not_parse(string text) => Assert.Null(ElementReference.Parse(text, SourceSpan.None("x")));
    }
}
