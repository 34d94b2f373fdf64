using System.Linq;
using SchemaGen.Formats.Detection;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using V2019 = SchemaGen.Formats.V2019;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Seed 003 (绍兴市人民政府办公室, 2020) end to end: detected as 2019, read with the generated 2019 parser, checked
    /// with the generated 2019 validator. Its table 三 breaks one rule, and its table 四 cannot be placed.
    /// </summary>
    public class Seed003Tests
    {
        private static readonly ParseResult<V2019.AnnualReport> Parsed = V2019.AnnualReportParser.Parse(Fixtures.Seed("003"));

        private static ValidationResult Validation => V2019.AnnualReportValidator.Validate(Parsed.Report);

        [Fact]
        public void Detected_as_2019_and_checked_with_the_2019_parser_and_validator()
        {
            FormatDetection detection = FormatDetector.Detect(Fixtures.Seed("003"));
            CheckedReport report = detection.Format.Check(Fixtures.Seed("003"));
            Assert.Equal("2019", report.Format.Version);
            Assert.IsType<V2019.AnnualReport>(report.Report);
            Assert.Contains(report.Validation.Errors, f => f.RuleId == "outcome-total");
        }

        [Fact]
        public void Outcome_rows_add_up_to_37_while_the_total_says_47_in_the_natural_person_column()
        {
            ValidationFinding finding = Assert.Single(Validation.Errors, f => f.RuleId == "outcome-total" && f.Column == "NaturalPerson");
            Assert.Equal(FindingKind.Violation, finding.Kind);
            Assert.Equal("Applications", finding.Table);
            Assert.Equal("Outcomes.Total", finding.Row);
            Assert.Equal(37m, finding.Expected);
            Assert.Equal(47m, finding.Actual);
        }

        [Fact]
        public void Outcome_rows_add_up_to_37_while_the_total_says_47_in_the_total_column()
        {
            ValidationFinding finding = Assert.Single(Validation.Errors, f => f.RuleId == "outcome-total" && f.Column == "Total");
            Assert.Equal(37m, finding.Expected);
            Assert.Equal(47m, finding.Actual);
            // Exactly these two columns: every other column of table 三 is blank throughout.
            Assert.Equal(new[] { "NaturalPerson", "Total" },
                Validation.Errors.Where(f => f.RuleId == "outcome-total").Select(f => f.Column).OrderBy(c => c, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Table_three_has_no_other_error_and_its_balance_holds()
        {
            var applicationErrors = Validation.Errors.Where(f => f.Table == "Applications").ToList();
            Assert.NotEmpty(applicationErrors);
            Assert.All(applicationErrors, f => Assert.Equal("outcome-total", f.RuleId));
            Assert.DoesNotContain(Validation.Findings, f => f.RuleId == "balance" && f.Kind == FindingKind.Violation);
            // 新收 46 + 结转 3 = 47 + 2
            var t = Parsed.Report.Applications;
            Assert.Equal((46, 3, 47, 2), (t.NewlyReceived.Total, t.CarriedOver.Total, t.Outcomes.Total.Total, t.CarriedForward.Total));
        }

        [Fact]
        public void Table_four_is_reported_unplaceable_and_no_figure_is_guessed()
        {
            Assert.Equal(TablePresence.Unplaceable, Parsed.PresenceOf("Appeals"));
            Assert.Equal(0, Parsed.Reading.Table("Appeals").FigureCount);
            Assert.Contains(Parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.TableUnplaceable && d.Table is not null);
            var descriptor = V2019.AnnualReportSchema.Table("Appeals");
            Assert.All(descriptor.LeafColumns, c => Assert.Null(Parsed.Report.Appeals.GetCell("Cases", c.Id)));
        }
    }
}
