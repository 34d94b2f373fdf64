using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using Xunit;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Real <c>pdftotext -layout</c> output of reports printed to PDF (tests/fixtures/layouts): wrapped labels, a vertical
    /// label one character a line, figures on lines of their own. Every figure read must be the one printed; a row that
    /// cannot be read with certainty is reported, never guessed.
    /// </summary>
    public class LayoutTextTests
    {
        private static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures.Root, "tests", "fixtures", "layouts", name));

        /// <summary>The figures render-report.py prints: outcome row i has natural persons i+1, business i mod 3, research 1 when i mod 4 = 0.</summary>
        private static Dictionary<(string Row, string Column), decimal> ExpectedApplications()
        {
            TableDescriptor table = V2021.AnnualReportSchema.Descriptor.Table("Applications");
            var outcomeRows = table.LeafRows.Where(r => r.Path.StartsWith("Outcomes.") && r.Path != "Outcomes.Total").ToList();
            var expected = new Dictionary<(string, string), decimal>();
            var total = new decimal[7];
            for (int i = 0; i < outcomeRows.Count; i++)
            {
                decimal[] v = { i + 1, i % 3, i % 4 == 0 ? 1 : 0, 0, 0, 0, 0 };
                v[6] = v.Take(6).Sum();
                Put(outcomeRows[i].Path, v);
                for (int c = 0; c < 7; c++) total[c] += v[c];
            }
            decimal[] over = { 1, 0, 0, 0, 0, 0, 1 }, forward = { 2, 1, 0, 0, 0, 0, 3 };
            Put("Outcomes.Total", total);
            Put("CarriedOver", over);
            Put("CarriedForward", forward);
            Put("NewlyReceived", total.Select((t, c) => t + forward[c] - over[c]).ToArray());
            return expected;

            void Put(string row, decimal[] values)
            {
                for (int c = 0; c < 7; c++) expected[(row, table.LeafColumns[c].Id)] = values[c];
            }
        }

        [Theory]
        [InlineData("pdftotext-layout-10.txt", 175)]
        [InlineData("pdftotext-layout-9.txt", 168)]
        public void Every_figure_read_is_the_one_printed_and_the_rest_is_reported(string file, int atLeast)
        {
            var parsed = V2021.AnnualReportParser.Parse(Fixture(file));
            var expected = ExpectedApplications();
            TableReading table = parsed.Reading.Table("Applications");

            var read = table.Cells.Where(c => c.Value.Value.HasValue).ToList();
            Assert.True(read.Count >= atLeast, $"{read.Count} figures read, expected at least {atLeast}");
            foreach (var cell in read)
                Assert.True(expected[cell.Key] == cell.Value.Value, $"{cell.Key.Row} × {cell.Key.Column}: read {cell.Value.Value}, printed {expected[cell.Key]}");

            // Each row not read is named in a diagnostic.
            var unread = expected.Keys.Where(k => !(table.Cells.TryGetValue(k, out CellReading c) && c.Value.HasValue)).Select(k => k.Row).Distinct().ToList();
            foreach (string row in unread)
                Assert.Contains(parsed.Diagnostics, d => d.Row == row && d.Id == ReadDiagnosticIds.RowNotPlaceable);
        }

        [Fact]
        public void Tables_two_and_four_and_the_vertical_label_are_read()
        {
            var parsed = V2021.AnnualReportParser.Parse(Fixture("pdftotext-layout-10.txt"));
            var report = parsed.Report;
            Assert.Equal(new int?[] { 0, 0, 3 }, new[] { report.Regulations.Rules.Issued, report.Regulations.Rules.Repealed, report.Regulations.Rules.InForce });
            Assert.Equal(new int?[] { 12, 4, 57 }, new[] { report.Regulations.NormativeDocuments.Issued, report.Regulations.NormativeDocuments.Repealed, report.Regulations.NormativeDocuments.InForce });
            Assert.Equal(3189, report.Licensing.AdministrativeLicensing.Decisions);
            Assert.Equal(81, report.Enforcement.AdministrativePenalty.Decisions);
            Assert.Equal(5, report.Enforcement.AdministrativeCompulsion.Decisions);
            Assert.Equal(670.376375m, report.Fees.AdministrativeFees.Amount);
            var appeals = report.Appeals.Cases;
            Assert.Equal(new int?[] { 3, 1, 0, 2, 6 }, new[] { appeals.ReconsiderationUpheld, appeals.ReconsiderationCorrected, appeals.ReconsiderationOther, appeals.ReconsiderationPending, appeals.ReconsiderationTotal });
            Assert.Equal(new int?[] { 0, 1, 1, 0, 2 }, new[] { appeals.SuitAfterReconsiderationUpheld, appeals.SuitAfterReconsiderationCorrected, appeals.SuitAfterReconsiderationOther, appeals.SuitAfterReconsiderationPending, appeals.SuitAfterReconsiderationTotal });
            Assert.True(V2021.AnnualReportValidator.Validate(report).IsValid, V2021.AnnualReportValidator.Validate(report).ToString());
        }

        [Fact]
        public void A_label_printed_down_the_edge_in_two_character_pieces_is_not_taken_for_rows()
        {
            var parsed = V2021.AnnualReportParser.Parse(Fixture("pdftotext-layout-vertical.txt"));
            TableReading table = parsed.Reading.Table("Applications");
            Assert.Equal(175, table.FigureCount);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Table == "Applications" && d.Severity != Runtime.Validation.FindingSeverity.Info);
            Assert.Equal(19, parsed.Report.Applications.NewlyReceived.Total);
            Assert.Equal(3, parsed.Report.Applications.Outcomes.Withheld.ThirdPartyRights.Total);
            Assert.True(V2021.AnnualReportValidator.Validate(parsed.Report).IsValid);
        }
    }
}
