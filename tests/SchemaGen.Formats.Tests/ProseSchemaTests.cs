using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Semantics;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>The schemas' prose lists: loaded into the semantic model, and a bad declaration is a located SG1xxx diagnostic.</summary>
    public class ProseSchemaTests
    {
        [Theory]
        [InlineData("2019")]
        [InlineData("2021")]
        public void Both_schemas_declare_the_prose_figures_and_the_model_resolves_them_to_cells(string version)
        {
            SchemaModelResult result = SchemaModelBuilder.Load(Fixtures.SchemaText(version), Fixtures.SchemaPath(version));
            Assert.Empty(result.Diagnostics);
            var prose = result.Model!.Prose;
            foreach (string id in new[] { "received", "newly-received", "carried-over", "concluded", "granted", "partially-granted", "withheld",
                "unable-to-provide", "not-processed", "carried-forward", "reconsideration", "litigation" })
                Assert.Contains(prose, p => p.Id == id);
            var received = prose.Single(p => p.Id == "received");
            Assert.Equal(new[] { ("NewlyReceived", "Total"), ("CarriedOver", "Total") }, received.Cells.Select(c => (c.Row, c.Column)));
            // A group stands for its leaves: 不予公开 is the sum of its eight reasons.
            Assert.Equal(8, prose.Single(p => p.Id == "withheld").Cells.Count);
            Assert.All(received.Expressions, e => Assert.Contains("(?<n>", e.Value));
        }

        private static string WithProse(string entry)
            => Fixtures.SchemaText("2021") + "  - id: broken\n    table: Applications\n    label: x\n    rows: [NewlyReceived]\n    columns: [Total]\n" + entry;

        [Fact]
        public void A_pattern_without_its_number_or_with_a_regex_error_is_SG1020_at_its_line()
        {
            string text = WithProse("    patterns:\n      - '共收到申请(件'\n");
            int line = text.Split('\n').ToList().FindIndex(l => l.Contains("共收到申请(件")) + 1;
            SchemaLoadResult result = SchemaLoader.Load(text, "broken.yaml");
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == SchemaDiagnosticIds.InvalidProsePattern.Id);
            Assert.Equal(line, diagnostic.Span.StartLine);
            Assert.Contains("{n} exactly once", diagnostic.Message);

            string unclosed = WithProse("    patterns:\n      - '共收到申请({n}件'\n");
            Assert.Contains(SchemaLoader.Load(unclosed, "broken.yaml").Diagnostics,
                d => d.Id == SchemaDiagnosticIds.InvalidProsePattern.Id && d.Message.Contains("not a valid regular expression"));
        }

        [Fact]
        public void A_prose_figure_naming_a_row_the_table_lacks_or_an_unknown_number_form_is_reported_where_it_stands()
        {
            string text = Fixtures.SchemaText("2021") + "  - id: broken\n    table: Applications\n    label: x\n    rows: [NoSuchRow]\n    columns: [Total]\n    numbers: [roman]\n    patterns: ['{n}件']\n";
            var diagnostics = SchemaLoader.Load(text, "broken.yaml").Diagnostics;
            int rowsLine = text.Split('\n').ToList().FindIndex(l => l.Contains("rows: [NoSuchRow]")) + 1;
            Assert.Contains(diagnostics, d => d.Id == SchemaDiagnosticIds.UnknownReference.Id && d.Span.StartLine == rowsLine && d.Message.Contains("NoSuchRow"));
            Assert.Contains(diagnostics, d => d.Id == SchemaDiagnosticIds.InvalidValue.Id && d.Message.Contains("roman"));
        }
    }
}
