using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using V2019 = SchemaGen.Formats.V2019;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Blank totals read as an auditor reads them (issue 10). The fixture has the shape of a real 2019 report of a municipal
    /// general office: its 19 outcome rows leave every 总计 cell blank while their applicant columns are filled, and
    /// (七)总计 states 805 in 总计. Summing the applicant columns, a reader finds every rule holding.
    /// </summary>
    public class BlankTotalsTests
    {
        private static readonly string Text = Fixtures.Shape("blank-totals-2019");

        private static ParseResult<V2019.AnnualReport> Parse(string text) => V2019.AnnualReportParser.Parse(text);

        [Fact]
        public void The_nineteen_blank_outcome_totals_are_imputed_from_their_applicant_columns_and_marked()
        {
            V2019.AnnualReport report = Parse(Text).Report;
            V2019.ApplicationsTable table = report.Applications;
            Assert.Equal(19, table.Marks.Imputed.Count);
            Assert.All(table.Marks.Imputed, c => Assert.Equal("Total", c.Column));
            Assert.Equal(461, table.Outcomes.Granted.Total);
            Assert.True(table.Marks.IsImputed("Outcomes.Granted", "Total"));
            Assert.Equal(461m, table.Marks.Imputed.Single(c => c.Row == "Outcomes.Granted").Value);
            Assert.Equal(92, table.Outcomes.UnableToProvide.NotHeld.Total);
            // Stated figures stay stated: the report gives 新收 800 and (七)总计 805 itself.
            Assert.Equal(800, table.NewlyReceived.Total);
            Assert.False(table.Marks.IsImputed("NewlyReceived", "Total"));
            Assert.False(table.Marks.IsImputed("Outcomes.Total", "Total"));
            Assert.Empty(table.Marks.Unread);
            // A tool that does not know the model's type reaches the same marks by table id.
            Assert.Same(table.Marks, ((IMarkedReport)report).MarksOf("Applications"));
            Assert.Null(((IMarkedReport)report).MarksOf("NoSuchTable"));
        }

        [Fact]
        public void No_error_and_one_warning_naming_the_blank_totals_with_their_values()
        {
            ValidationResult result = V2019.AnnualReportValidator.Validate(Parse(Text).Report);
            Assert.Empty(result.Errors);
            ValidationFinding warning = Assert.Single(result.Warnings);
            Assert.Equal(ReadDiagnosticIds.BlankTotalsImputed, warning.RuleId);
            Assert.Equal(FindingKind.Imputed, warning.Kind);
            Assert.Equal("Applications", warning.Table);
            Assert.Equal(19, warning.Cells.Count);
            Assert.Equal(19, warning.Imputed.Count);
            Assert.Contains("（一）予以公开 × 总计 = 461", warning.Message);
            Assert.Contains("（六）其他处理 × 总计 = 32", warning.Message);
        }

        [Fact]
        public void The_total_columns_outcome_sum_is_checked_on_the_imputed_totals()
        {
            // Holds as published: 461 + 118 + … + 32 = 805.
            V2019.AnnualReport report = Parse(Text).Report;
            var outcomes = report.Applications.Outcomes;
            Assert.Equal(805, outcomes.Total.Total);
            Assert.DoesNotContain(V2019.AnnualReportValidator.Validate(report).Findings, f => f.RuleId == "outcome-total");

            // The same report with (七)总计 saying 806: the rule is evaluated on the imputed totals, so it breaks in column 总计 only.
            string changed = Text.Replace("| 12 | 805 |", "| 12 | 806 |");
            Assert.NotEqual(Text, changed);
            ValidationResult result = V2019.AnnualReportValidator.Validate(Parse(changed).Report);
            ValidationFinding broken = Assert.Single(result.Errors, f => f.RuleId == "outcome-total");
            Assert.Equal("Total", broken.Column);
            Assert.Equal(805m, broken.Expected);
            Assert.Equal(806m, broken.Actual);
        }

        [Fact]
        public void Without_imputation_the_old_reading_gave_a_false_alarm_that_is_now_not_bound()
        {
            // The report as read, totals left blank: the outcome sum in column 总计 has no stated part, so it binds nothing
            // (XBRL calculation binding) instead of 805 = 0.
            V2019.AnnualReport report = Parse(Text).Report;
            foreach (ImputedCell cell in report.Applications.Marks.Imputed) report.Applications.SetCell(cell.Row, cell.Column, null);
            ValidationResult result = V2019.AnnualReportValidator.Validate(report with { });
            Assert.DoesNotContain(result.Errors, f => f.RuleId == "outcome-total");
        }

        [Fact]
        public void A_rule_on_a_row_the_reader_left_out_is_not_assessable_rather_than_broken()
        {
            // Seed 001 with one more figure on （一）予以公开 than the table has columns: the reader leaves that row out (SG3011).
            string seed = Fixtures.Seed("001");
            string line = "(一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 | |";
            Assert.Contains(line, seed);
            var parsed = V2021.AnnualReportParser.Parse(seed.Replace(line, "(一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 | 3 | 4 |"));
            Assert.Contains(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.RowTooManyFigures && d.Row == "Outcomes.Granted");
            Assert.True(parsed.Report.Applications.Marks.IsUnread("Outcomes.Granted", "NaturalPerson"));

            ValidationResult result = V2021.AnnualReportValidator.Validate(parsed.Report);
            // (七)总计 says 16 natural persons while the rows read give 11: not a violation, the missing row may hold the 5.
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "outcome-total");
            ValidationFinding notAssessable = Assert.Single(result.Findings, f => f.RuleId == ReadDiagnosticIds.UnreadCellsNotAssessable);
            Assert.Equal(FindingKind.NotAssessable, notAssessable.Kind);
            Assert.Equal(FindingSeverity.Warning, notAssessable.Severity);
            Assert.StartsWith("outcome-total not assessable where cells were not read (3):", notAssessable.Message);
            Assert.Empty(result.Errors);

            // Control: the same figures with the row read give no such warning and no error.
            Assert.DoesNotContain(V2021.AnnualReportValidator.Validate(V2021.AnnualReportParser.Parse(seed).Report).Findings,
                f => f.RuleId == ReadDiagnosticIds.UnreadCellsNotAssessable);
        }

        [Fact]
        public void A_total_is_not_imputed_from_parts_the_reader_could_not_read()
        {
            var table = new V2019.ApplicationsTable();
            table.Outcomes.Granted.NaturalPerson = 4;
            table.Marks.MarkUnread("Outcomes.Granted", "Business");
            table.ImputeBlankTotals();
            Assert.Null(table.Outcomes.Granted.Total);
            Assert.False(table.Marks.IsImputed("Outcomes.Granted", "Total"));
            Assert.Null(table.Outcomes.Total.Business);
            // A total none of whose parts is unread is still imputed: (七)总计 × 自然人 from the 自然人 column.
            Assert.Equal(4, table.Outcomes.Total.NaturalPerson);
            // Read, it is imputed.
            var read = new V2019.ApplicationsTable();
            read.Outcomes.Granted.NaturalPerson = 4;
            Assert.True(read.ImputeBlankTotals() > 0);
            Assert.Equal(4, read.Outcomes.Granted.Total);
        }
    }
}
