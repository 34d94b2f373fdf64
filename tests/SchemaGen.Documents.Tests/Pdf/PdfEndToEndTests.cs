using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SchemaGen.Documents.Pdf;
using SchemaGen.Formats.V2021;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// The Chromium-printed report PDFs read by the PDF reader and then by the generated 2021 parser: every figure of
    /// tables 二, 三 and 四 comes back at its schema cell, none wrong, none where the report leaves a cell blank.
    /// </summary>
    public sealed class PdfEndToEndTests
    {
        [Theory]
        [InlineData("county-report")]
        [InlineData("bureau-report")]
        public void Every_figure_of_a_printed_report_is_read_by_the_generated_parser(string name)
        {
            Document document = new PdfDocumentReader().Read(File.ReadAllBytes(Fixture(name + ".pdf")), name + ".pdf");
            ParseResult<AnnualReport> parsed = AnnualReportParser.Parse(document);

            Dictionary<(string Table, string Row, string Column), decimal?> expected = ExpectedFigures(name, AnnualReportSchema.Descriptor);
            Assert.Equal(6 + 1 + 2 + 1 + 25 * 7 + 15, expected.Count);
            Assert.Contains(expected.Values, v => v is not null);
            var wrong = new List<string>();
            var missing = new List<string>();
            foreach (var ((table, row, column), value) in expected)
            {
                decimal? read = parsed.Reading.Table(table).Amount(row, column);
                if (value is null && read is not null) wrong.Add(table + "/" + row + "/" + column + ": read " + read + " where the cell is blank");
                else if (value is not null && read is null) missing.Add(table + "/" + row + "/" + column);
                else if (read != value) wrong.Add(table + "/" + row + "/" + column + ": read " + read + ", printed " + value);
            }
            Assert.True(wrong.Count == 0, "wrong figures: " + string.Join("; ", wrong));
            Assert.True(missing.Count == 0, "figures not read: " + string.Join("; ", missing) + "\n" + string.Join("\n", parsed.Diagnostics));
            Assert.All(parsed.Reading.Sections, s => Assert.True(s.Found, s.SectionId + " not found"));
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == FindingSeverity.Error);
        }

        /// <summary>The figures printed, from the expected grids make-fixtures.py wrote, keyed by schema table, leaf-row path and leaf-column id.</summary>
        private static Dictionary<(string, string, string), decimal?> ExpectedFigures(string name, SchemaDescriptor schema)
        {
            var figures = new Dictionary<(string, string, string), decimal?>();
            void Put(string tableId, int row, int column, string text)
            {
                TableDescriptor table = schema.Table(tableId);
                figures.Add((tableId, table.LeafRows[row].Path, table.LeafColumns[column].Id), text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture));
            }

            string[][] two = Grid(name, "table2");
            for (int r = 0; r < 2; r++)
                for (int c = 0; c < 3; c++) Put("Regulations", r, c, two[2 + r][1 + c]);
            Put("Licensing", 0, 0, two[6][1]);
            for (int r = 0; r < 2; r++) Put("Enforcement", r, 0, two[9 + r][1]);
            Put("Fees", 0, 0, two[13][1]);

            string[][] three = Grid(name, "table3");
            TableDescriptor applications = schema.Table("Applications");
            Assert.Equal(3 + applications.LeafRows.Count, three.Length);
            for (int r = 0; r < applications.LeafRows.Count; r++)
            {
                // The printed row is the schema's row: its most specific label ends with the schema's label.
                Assert.EndsWith(applications.LeafRows[r].Label, three[3 + r][2], StringComparison.Ordinal);
                for (int c = 0; c < applications.LeafColumns.Count; c++) Put("Applications", r, c, three[3 + r][3 + c]);
            }

            string[] four = Grid(name, "table4")[3];
            for (int c = 0; c < four.Length; c++) Put("Appeals", 0, c, four[c]);
            return figures;
        }

        private static string[][] Grid(string name, string table)
            => File.ReadAllLines(Fixture(name + "." + table + ".tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();

        private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf", file);
    }
}
