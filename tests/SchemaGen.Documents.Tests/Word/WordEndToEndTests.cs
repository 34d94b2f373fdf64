using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Formats.V2021;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>
    /// Word documents read by the generated 2021 parser: every figure put into the document comes back at its schema
    /// cell, none comes back wrong, and nothing is read that was not put in.
    /// </summary>
    public class WordEndToEndTests
    {
        [Theory]
        [InlineData(2021, false)]
        [InlineData(7, false)]
        [InlineData(42, true)]
        public void Every_figure_of_a_full_report_docx_is_read_by_the_generated_parser(int seed, bool wrappedInLayoutTable)
        {
            AnnualReport2021Docx report = AnnualReport2021Docx.Generate(seed);
            DocxBuilder builder = report.ToDocx();
            if (wrappedInLayoutTable)
            {
                int sectionProperties = builder.Body.IndexOf("<w:sectPr>", StringComparison.Ordinal);
                builder.Body = Wml.Table(Wml.Row(Wml.CellWith("", builder.Body.Substring(0, sectionProperties)))) + builder.Body.Substring(sectionProperties);
            }
            Document document = WordTestReading.Read(builder.Build());
            ParseResult<AnnualReport> parsed = AnnualReportParser.Parse(document);

            Dictionary<(string Table, string Row, string Column), decimal> expected = ExpectedFigures(report, AnnualReportSchema.Descriptor);
            Assert.Equal(6 + 1 + 2 + 1 + 25 * 7 + 15, expected.Count);
            var wrong = new List<string>();
            var missing = new List<string>();
            foreach (var ((table, row, column), value) in expected)
            {
                decimal? read = parsed.Reading.Table(table).Amount(row, column);
                if (read is null) missing.Add(table + "/" + row + "/" + column);
                else if (read != value) wrong.Add(table + "/" + row + "/" + column + ": read " + read + ", put in " + value);
            }
            var unexpected = parsed.Reading.Tables
                .SelectMany(t => t.Cells.Where(c => c.Value.Value.HasValue).Select(c => (t.TableId, c.Key.Row, c.Key.Column)))
                .Where(key => !expected.ContainsKey(key)).ToList();

            Assert.True(wrong.Count == 0, "wrong figures: " + string.Join("; ", wrong));
            Assert.True(missing.Count == 0, "figures not read: " + string.Join("; ", missing) + "\n" + string.Join("\n", parsed.Diagnostics));
            Assert.Empty(unexpected);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity != FindingSeverity.Info);
            Assert.All(parsed.Reading.Sections, s => Assert.True(s.Found, s.SectionId + " not found"));

            ValidationResult validation = AnnualReportValidator.Validate(parsed.Report);
            Assert.True(validation.Findings.Count == 0, validation.ToString());
        }

        /// <summary>
        /// The figures put into the document, keyed by the schema's own table, leaf-row path and leaf-column id (in
        /// the schema's order, which the official layout follows), each row checked to carry the schema row's label.
        /// </summary>
        private static Dictionary<(string, string, string), decimal> ExpectedFigures(AnnualReport2021Docx report, SchemaDescriptor schema)
        {
            var figures = new Dictionary<(string, string, string), decimal>();
            void Put(string tableId, int row, int column, decimal value)
            {
                TableDescriptor table = schema.Table(tableId);
                figures.Add((tableId, table.LeafRows[row].Path, table.LeafColumns[column].Id), value);
            }

            for (int r = 0; r < 2; r++)
                for (int c = 0; c < 3; c++) Put("Regulations", r, c, report.Regulations[r, c]);
            Put("Licensing", 0, 0, report.Licensing);
            for (int r = 0; r < 2; r++) Put("Enforcement", r, 0, report.Enforcement[r]);
            Put("Fees", 0, 0, decimal.Parse(report.Fees, CultureInfo.InvariantCulture));

            TableDescriptor applications = schema.Table("Applications");
            Assert.Equal(applications.LeafRows.Count, report.Applications.Count);
            Assert.Equal(AnnualReport2021Docx.ApplicantColumns.Length, applications.LeafColumns.Count);
            for (int r = 0; r < report.Applications.Count; r++)
            {
                Assert.EndsWith(applications.LeafRows[r].Label, report.Applications[r].Label, StringComparison.Ordinal);
                for (int c = 0; c < applications.LeafColumns.Count; c++) Put("Applications", r, c, report.Applications[r].Figures[c]);
            }

            Assert.Equal(report.Appeals.Length, schema.Table("Appeals").LeafColumns.Count);
            for (int c = 0; c < report.Appeals.Length; c++) Put("Appeals", 0, c, report.Appeals[c]);
            return figures;
        }
    }
}
