using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using Xunit.Abstractions;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// The fixture pages read by the HTML reader and then by the generated 2021 parser: every figure of the expected
    /// grids must come out in its schema cell, none wrong, none missing.
    /// </summary>
    public sealed class GeneratedParserEndToEndTests
    {
        private static readonly SchemaDescriptor Schema = V2021.AnnualReportSchema.Descriptor;
        private readonly ITestOutputHelper _output;

        public GeneratedParserEndToEndTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void The_GBK_site_page_gives_every_figure_and_no_warning()
        {
            ParseResult<V2021.AnnualReport> parsed = ReadAndCompare("gbk-trs-site.html");
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity != FindingSeverity.Info);
        }

        [Fact]
        public void The_nested_layout_page_gives_every_figure_and_misses_only_the_section_it_leaves_out()
        {
            ParseResult<V2021.AnnualReport> parsed = ReadAndCompare("nested-layout-undeclared.html");
            ReadDiagnostic warning = Assert.Single(parsed.Diagnostics, d => d.Severity != FindingSeverity.Info);
            Assert.Equal((ReadDiagnosticIds.SectionNotFound, "OtherMatters"), (warning.Id, warning.Section));
        }

        private ParseResult<V2021.AnnualReport> ReadAndCompare(string page)
        {
            Document document = new HtmlDocumentReader().Read(Fixtures.Bytes("Html/" + page), page);
            ParseResult<V2021.AnnualReport> parsed = V2021.AnnualReportParser.Parse(document);
            foreach (ReadDiagnostic diagnostic in parsed.Diagnostics) _output.WriteLine(diagnostic.ToString());

            Dictionary<(string Table, string Row, string Column), decimal> expected = ExpectedFigures();
            Assert.Equal(25 * 7 + 6 + 1 + 2 + 1 + 15, expected.Count);
            var wrong = new List<string>();
            foreach (((string table, string row, string column), decimal value) in expected)
            {
                decimal? read = parsed.Reading.Table(table).Amount(row, column);
                if (read != value) wrong.Add($"{table} {row} {column}: expected {value}, read {read?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
            }
            Assert.Empty(wrong);
            Assert.All(Schema.Tables, t => Assert.Equal(TablePresence.Present, parsed.PresenceOf(t.Id)));
            return parsed;
        }

        [Fact]
        public void Blank_cells_of_the_Word_page_read_as_not_stated_and_the_rest_as_written()
        {
            Document document = new HtmlDocumentReader().Read(Fixtures.Bytes("Html/word-pasted.html"), "word-pasted.html");
            ParseResult<V2021.AnnualReport> parsed = V2021.AnnualReportParser.Parse(document);
            foreach (ReadDiagnostic diagnostic in parsed.Diagnostics) _output.WriteLine(diagnostic.ToString());

            TableReading applications = parsed.Reading.Table("Applications");
            var figures = ExpectedFigures().Where(f => f.Key.Table == "Applications").ToList();
            Assert.NotEmpty(figures);
            // The page leaves the zeros of 科研机构 and 其他 (the third and sixth applicant columns) blank.
            IReadOnlyList<AxisNodeDescriptor> columns = Schema.Table("Applications").LeafColumns;
            string[] blankColumns = { columns[2].Id, columns[5].Id };
            var wrong = new List<string>();
            foreach (((string _, string row, string column), decimal value) in figures)
            {
                decimal? expected = blankColumns.Contains(column) ? null : value;
                decimal? read = applications.Amount(row, column);
                if (read != expected) wrong.Add($"{row} {column}: expected {expected?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, read {read?.ToString(CultureInfo.InvariantCulture) ?? "nothing"} ({applications.Cells.GetValueOrDefault((row, column)).Raw})");
            }
            Assert.Empty(wrong);
        }

        /// <summary>The expected grids of <see cref="ExpectedReport"/> mapped onto the schema's cells, leaf rows and leaf columns in the format's order.</summary>
        private static Dictionary<(string Table, string Row, string Column), decimal> ExpectedFigures()
        {
            var figures = new Dictionary<(string, string, string), decimal>();
            void Put(string table, IReadOnlyList<string[]> grid)
            {
                TableDescriptor descriptor = Schema.Table(table);
                Assert.Equal(descriptor.LeafRows.Count, grid.Count);
                for (int r = 0; r < grid.Count; r++)
                {
                    Assert.Equal(descriptor.LeafColumns.Count, grid[r].Length);
                    for (int c = 0; c < grid[r].Length; c++)
                        figures[(table, descriptor.LeafRows[r].Path, descriptor.LeafColumns[c].Id)] = decimal.Parse(grid[r][c], CultureInfo.InvariantCulture);
                }
            }
            string[][] table3 = ExpectedReport.Table3Slots();
            Put("Applications", table3.Skip(3).Select(row => row.Skip(3).ToArray()).ToArray());
            string[][] table2 = ExpectedReport.Table2Slots();
            Put("Regulations", new[] { table2[2].Skip(1).ToArray(), table2[3].Skip(1).ToArray() });
            Put("Licensing", new[] { new[] { table2[6][1] } });
            Put("Enforcement", new[] { new[] { table2[9][1] }, new[] { table2[10][1] } });
            Put("Fees", new[] { new[] { table2[13][1] } });
            Put("Appeals", new[] { ExpectedReport.Table4Slots()[3] });
            return figures;
        }
    }
}
