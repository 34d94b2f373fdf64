using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats.Detection;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Migration;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using V2019 = SchemaGen.Formats.V2019;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Reports that print table 三's （六）其他处理 in the other version's shape (issue 9, item 5), read through the migration
    /// block instead of losing the rows: a 2021 report with 2019's single row (seed 001 edited: 1, 1, 0, 0, 0, 0, 2) has it read
    /// into 3.其他; a 2019 report with 2021's sub-rows 1, 0 and 3 (seed 003 edited) has them summed into its single row,
    /// marked computed. Each fixture in pipe rows and one cell per line (tests/fixtures/shapes/README.md).
    /// </summary>
    public class MixedShapeTests
    {
        private const string SubRow1 = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
        private const string SubRow2 = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";
        private const string SingleRow2021 = "(六)其他处理 | 1 | 1 | 0 | 0 | 0 | 0 | 2 | ||";
        private static readonly string[] Columns = { "NaturalPerson", "Business", "Research", "PublicInterest", "LegalService", "OtherOrganisation", "Total" };

        private static RowSplitDescriptor Split => Assert.Single(V2021.AnnualReportFormat.Instance.MigrationMap!.RowSplits);

        private static decimal?[] Row(TableReading table, string row) => Columns.Select(c => table.Amount(row, c)).ToArray();

        private static ReadDiagnostic Note(ReportReading reading) => Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration);

        public static IEnumerable<object[]> OneRow2021 => new[] { new object[] { "other-handling-one-row-2021" }, new object[] { "other-handling-one-row-2021-lines" } };

        public static IEnumerable<object[]> SubRows2019 => new[] { new object[] { "other-handling-sub-rows-2019" }, new object[] { "other-handling-sub-rows-2019-lines" } };

        [Fact]
        public void The_migration_map_holds_the_split_the_reader_follows()
        {
            RowSplitDescriptor split = Split;
            Assert.Equal("Applications", split.Table);
            Assert.Equal("Outcomes.OtherHandling", split.FromRow);
            Assert.Equal(new[] { "Outcomes.OtherHandling.NotSupplemented", "Outcomes.OtherHandling.FeeNotPaid", "Outcomes.OtherHandling.Other" }, split.ToRows);
            Assert.Equal("Outcomes.OtherHandling.Other", split.CarryInto);
            Assert.StartsWith("2019's one row （六）其他处理 became three sub-rows in 2021.", split.Note);
            Assert.Null(V2019.AnnualReportFormat.Instance.MigrationMap);
        }

        [Theory]
        [MemberData(nameof(OneRow2021))]
        [MemberData(nameof(SubRows2019))]
        public void Table_shape_decides_the_version_over_the_other_shape_of_other_handling(string shape)
        {
            FormatDetection detection = FormatDetector.Detect(Fixtures.Shape(shape));
            string expected = shape.Contains("2021") ? "2021" : "2019";
            Assert.Same(FormatCatalog.Find(expected)!, detection.Format);
            Assert.True(detection.Confidence >= 0.9, $"confidence {detection.Confidence}");
            // The other version's shape of （六） counts against the winner, and is outweighed by table 二's labels.
            Assert.Contains(detection.Evidence, e => e.StartsWith("against:") && e.Contains("（六）其他处理"));

            // A notice of the other version cited in the prose does not turn it either.
            string otherNotice = expected == "2021" ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号";
            FormatDetection citing = FormatDetector.Detect("本报告按照" + otherNotice + "的格式编制。\n" + Fixtures.Shape(shape));
            Assert.Same(FormatCatalog.Find(expected)!, citing.Format);
            Assert.Contains(citing.Evidence, e => e.StartsWith("against:") && e.Contains(otherNotice));
        }

        [Theory]
        [MemberData(nameof(OneRow2021))]
        public void A_2021_report_with_the_single_row_has_it_read_into_the_row_the_migration_carries_it_into(string shape)
        {
            var parsed = V2021.AnnualReportParser.Parse(Fixtures.Shape(shape));
            TableReading table = parsed.Reading.Table("Applications");
            Assert.Equal(new decimal?[] { 1, 1, 0, 0, 0, 0, 2 }, Row(table, "Outcomes.OtherHandling.Other"));
            Assert.All(Row(table, "Outcomes.OtherHandling.NotSupplemented").Concat(Row(table, "Outcomes.OtherHandling.FeeNotPaid")), v => Assert.Null(v));
            Assert.Equal(2, parsed.Report.Applications.Outcomes.OtherHandling.Other.Total);
            Assert.False(parsed.Report.Applications.Marks.IsImputed("Outcomes.OtherHandling.Other", "Total")); // stated, only placed by the migration
            Assert.Empty(table.Imputed);

            ReadDiagnostic note = Note(parsed.Reading);
            Assert.Equal(FindingSeverity.Info, note.Severity);
            Assert.Equal("Outcomes.OtherHandling.Other", note.Row);
            Assert.Contains("\"(六)其他处理\"", note.Message);
            Assert.Contains("gov-info-annual-report@2019", note.Message);
            Assert.Contains("read into 3.其他", note.Message);
            Assert.Contains(Split.Note!, note.Message);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id is ReadDiagnosticIds.GroupRowFigures or ReadDiagnosticIds.UnknownRow or ReadDiagnosticIds.RowNotPlaceable);
            // The two rows the single row also stands for are not stated, and said so.
            ReadDiagnostic notFound = Assert.Single(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.RowsNotFound);
            Assert.Contains(SubRow1, notFound.Message);
            Assert.DoesNotContain("3.其他", notFound.Message);
        }

        [Theory]
        [MemberData(nameof(OneRow2021))]
        public void Every_other_figure_of_the_2021_report_is_read_as_in_the_original_and_every_rule_holds(string shape)
        {
            // The fixture is seed 001 with （四）1's and （五）2's figures moved into the single row: the rest reads as the seed does.
            TableReading seed = V2021.AnnualReportParser.Parse(Fixtures.Seed("001")).Reading.Table("Applications");
            var parsed = V2021.AnnualReportParser.Parse(Fixtures.Shape(shape));
            TableReading table = parsed.Reading.Table("Applications");
            var moved = new HashSet<string> { "Outcomes.UnableToProvide.NotHeld", "Outcomes.NotProcessed.Repeated", "Outcomes.OtherHandling.NotSupplemented", "Outcomes.OtherHandling.FeeNotPaid", "Outcomes.OtherHandling.Other" };
            var compared = seed.Cells.Where(c => !moved.Contains(c.Key.Row)).ToList();
            Assert.Equal(140, compared.Count);
            foreach (var cell in compared)
                Assert.True(cell.Value.Value == table.Amount(cell.Key.Row, cell.Key.Column), $"{cell.Key}: {cell.Value.Value} in the seed, {table.Amount(cell.Key.Row, cell.Key.Column)} here");
            Assert.All(Row(table, "Outcomes.UnableToProvide.NotHeld").Concat(Row(table, "Outcomes.NotProcessed.Repeated")), v => Assert.Equal(0m, v));

            ValidationResult result = V2021.AnnualReportValidator.Validate(parsed.Report);
            Assert.Empty(result.Errors);
            Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.NotAssessable || f.RuleId == "outcome-total");
            Assert.Equal(19, parsed.Report.Applications.Outcomes.Total.Total); // （七）总计 holds with 2 in 3.其他
        }

        [Fact]
        public void A_single_row_whose_sub_rows_state_figures_too_is_ignored_as_before()
        {
            // Both shapes at once: the group row's figures are not added to 3.其他's own (SG3015, as before the mapping).
            string both = Fixtures.Shape("other-handling-one-row-2021").Replace(SingleRow2021, string.Join("\n",
                SingleRow2021,
                SubRow1 + " | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
                SubRow2 + " | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
                "3.其他 | 1 | 1 | 0 | 0 | 0 | 0 | 2 | ||"));
            Assert.NotEqual(Fixtures.Shape("other-handling-one-row-2021"), both);
            var parsed = V2021.AnnualReportParser.Parse(both);
            Assert.Equal(new decimal?[] { 1, 1, 0, 0, 0, 0, 2 }, Row(parsed.Reading.Table("Applications"), "Outcomes.OtherHandling.Other"));
            ReadDiagnostic ignored = Assert.Single(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.GroupRowFigures);
            Assert.Equal("Outcomes.OtherHandling", ignored.Row);
            Assert.Contains("(1, 1, 0, 0, 0, 0, 2)", ignored.Message);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration);
            Assert.Empty(V2021.AnnualReportValidator.Validate(parsed.Report).Errors);
        }

        [Fact]
        public void A_single_row_over_sub_rows_left_blank_is_carried_into_the_blank_row()
        {
            string blankRows = Fixtures.Shape("other-handling-one-row-2021").Replace(SingleRow2021, string.Join("\n",
                SingleRow2021, SubRow1 + " | | | | | | | | ||", SubRow2 + " | | | | | | | | ||", "3.其他 | | | | | | | | ||"));
            var parsed = V2021.AnnualReportParser.Parse(blankRows);
            TableReading table = parsed.Reading.Table("Applications");
            Assert.Equal(new decimal?[] { 1, 1, 0, 0, 0, 0, 2 }, Row(table, "Outcomes.OtherHandling.Other"));
            Assert.Equal(FindingSeverity.Info, Note(parsed.Reading).Severity);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id is ReadDiagnosticIds.GroupRowFigures or ReadDiagnosticIds.RowsNotFound);
            // The two other rows are printed blank, and said so.
            ReadDiagnostic blank = Assert.Single(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.BlankCells);
            Assert.Contains("leaves 14 cells", blank.Message);
        }

        [Theory]
        [MemberData(nameof(SubRows2019))]
        public void A_2019_report_with_the_sub_rows_has_them_summed_into_its_single_row_marked_computed(string shape)
        {
            var parsed = V2019.AnnualReportParser.Parse(Fixtures.Shape(shape));
            TableReading table = parsed.Reading.Table("Applications");
            V2019.ApplicationsTable model = parsed.Report.Applications;

            // The reading keeps the report's words: the single row is not stated; the model holds the sums, marked imputed.
            Assert.All(Row(table, "Outcomes.OtherHandling"), v => Assert.Null(v));
            Assert.Equal(new[] { new ImputedCell("Outcomes.OtherHandling", "NaturalPerson", 4), new ImputedCell("Outcomes.OtherHandling", "Total", 4) }, table.Imputed);
            Assert.Equal(4, model.Outcomes.OtherHandling.NaturalPerson);
            Assert.Equal(4, model.Outcomes.OtherHandling.Total);
            Assert.Null(model.Outcomes.OtherHandling.Business); // blank in every sub-row: blank, as the report leaves it
            Assert.True(model.Marks.IsImputed("Outcomes.OtherHandling", "NaturalPerson"));
            Assert.True(model.Marks.IsImputed("Outcomes.OtherHandling", "Total"));
            Assert.False(model.Marks.IsImputed("Outcomes.OtherHandling", "Business"));
            Assert.Empty(model.Marks.Unread);
            Assert.Same(model.Marks, ((IMarkedReport)parsed.Report).MarksOf("Applications"));

            ReadDiagnostic note = Note(parsed.Reading);
            Assert.Equal(FindingSeverity.Info, note.Severity);
            Assert.Equal("Outcomes.OtherHandling", note.Row);
            foreach (string label in new[] { SubRow1, SubRow2, "3.其他" }) Assert.Contains("\"" + label[..Math.Min(label.Length, 40)], note.Message);
            Assert.Contains("gov-info-annual-report@2021", note.Message);
            Assert.Contains("(自然人 = 4; 总计 = 4)", note.Message);
            Assert.Contains(Split.Note!, note.Message);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Table == "Applications" && d.Id is ReadDiagnosticIds.UnknownRow or ReadDiagnosticIds.RowNotPlaceable or ReadDiagnosticIds.RowsNotFound or ReadDiagnosticIds.BlankCells && d.Message.Contains("其他处理"));
        }

        [Theory]
        [MemberData(nameof(SubRows2019))]
        public void Every_other_figure_of_the_2019_report_is_read_as_in_seed_003(string shape)
        {
            TableReading seed = V2019.AnnualReportParser.Parse(Fixtures.Seed("003")).Reading.Table("Applications");
            TableReading table = V2019.AnnualReportParser.Parse(Fixtures.Shape(shape)).Reading.Table("Applications");
            var compared = seed.Cells.Where(c => c.Key.Row != "Outcomes.OtherHandling").ToList();
            Assert.Equal(154, compared.Count);
            Assert.Equal(26, compared.Count(c => c.Value.Value is not null));
            foreach (var cell in compared)
                Assert.True(cell.Value.Value == table.Amount(cell.Key.Row, cell.Key.Column), $"{cell.Key}: {cell.Value.Value} in the seed, {table.Amount(cell.Key.Row, cell.Key.Column)} here");
            Assert.Equal(4, seed.Count("Outcomes.OtherHandling", "Total"));
        }

        [Theory]
        [MemberData(nameof(SubRows2019))]
        public void The_rules_run_on_the_summed_cells_and_the_report_keeps_its_real_defect(string shape)
        {
            // Seed 003's outcome rows add up to 37 while （七）总计 says 47: with the sums in （六） the defect is found as in the seed.
            ValidationResult result = V2019.AnnualReportValidator.Validate(V2019.AnnualReportParser.Parse(Fixtures.Shape(shape)).Report);
            var broken = result.Errors.Where(f => f.RuleId == "outcome-total").ToList();
            Assert.Equal(new[] { "NaturalPerson", "Total" }, broken.Select(f => f.Column));
            Assert.All(broken, f => Assert.Equal(37m, f.Expected));
            Assert.All(broken, f => Assert.Equal(47m, f.Actual));
            Assert.Equal(2, result.Errors.Count());
            Assert.DoesNotContain(result.Findings, f => f.RuleId == ReadDiagnosticIds.UnreadCellsNotAssessable);
            // The sums are listed with the computed totals, as any computed figure is.
            ValidationFinding computed = Assert.Single(result.Findings, f => f.RuleId == ReadDiagnosticIds.BlankTotalsImputed);
            Assert.Contains("（六）其他处理 × 自然人 = 4", computed.Message);
            Assert.Equal(2, computed.Imputed.Count);

            // Against the seed itself: the same errors with the same figures.
            ValidationResult seed = V2019.AnnualReportValidator.Validate(V2019.AnnualReportParser.Parse(Fixtures.Seed("003")).Report);
            Assert.Equal(seed.Errors.Select(f => (f.RuleId, f.Column, f.Expected, f.Actual)), result.Errors.Select(f => (f.RuleId, f.Column, f.Expected, f.Actual)));
        }

        [Fact]
        public void The_rules_see_the_sums_a_changed_sub_row_gives()
        {
            string text = Fixtures.Shape("other-handling-sub-rows-2019");
            const string third = "3.其他 | 3 | | | | | | 3 | ||";
            Assert.Contains(third, text);

            // 13 instead of 3 makes the outcome rows add up to （七）总计's 47: outcome-total now holds.
            V2019.AnnualReport fixedUp = V2019.AnnualReportParser.Parse(text.Replace(third, "3.其他 | 13 | | | | | | 13 | ||")).Report;
            Assert.Equal(14, fixedUp.Applications.Outcomes.OtherHandling.Total);
            Assert.DoesNotContain(V2019.AnnualReportValidator.Validate(fixedUp).Findings, f => f.RuleId == "outcome-total");

            // A sub-row whose 总计 is not its columns' sum makes the summed row break its own row rule.
            V2019.AnnualReport broken = V2019.AnnualReportParser.Parse(text.Replace(third, "3.其他 | 3 | | | | | | 4 | ||")).Report;
            ValidationFinding rowRule = Assert.Single(V2019.AnnualReportValidator.Validate(broken).Errors, f => f.RuleId == "applicant-total");
            Assert.Equal("Outcomes.OtherHandling", rowRule.Row);
            Assert.Equal(4m, rowRule.Expected);
            Assert.Equal(5m, rowRule.Actual);
        }

        [Fact]
        public void A_column_one_sub_row_leaves_blank_is_not_summed_but_left_blank_unread_and_reported()
        {
            // 3.其他 states 3 in 自然人 but leaves 总计 blank. (One cell per line, a row with a blank cell is not placed at all: see below.)
            string text = Fixtures.Shape("other-handling-sub-rows-2019");
            string blanked = text.Replace("3.其他 | 3 | | | | | | 3 | ||", "3.其他 | 3 | | | | | | | ||");
            Assert.NotEqual(text, blanked);
            var parsed = V2019.AnnualReportParser.Parse(blanked);
            V2019.ApplicationsTable model = parsed.Report.Applications;

            Assert.Equal(4, model.Outcomes.OtherHandling.NaturalPerson);
            Assert.True(model.Marks.IsImputed("Outcomes.OtherHandling", "NaturalPerson"));
            // Not 1 + 0 (a blank is no 0), and not computed from the row's columns either: the report gives no figure for it.
            Assert.Null(model.Outcomes.OtherHandling.Total);
            Assert.False(model.Marks.IsImputed("Outcomes.OtherHandling", "Total"));
            Assert.True(model.Marks.IsUnread("Outcomes.OtherHandling", "Total"));

            ReadDiagnostic note = Note(parsed.Reading);
            Assert.Equal(FindingSeverity.Warning, note.Severity);
            Assert.Contains("(自然人 = 4)", note.Message);
            Assert.Contains("not summed, so left blank and not read: 总计 (3.其他 blank)", note.Message);

            // 自然人's outcome sum is checked on the sum (the seed's defect, 37 against 47); 总计's cannot be assessed without the row's figure.
            ValidationResult result = V2019.AnnualReportValidator.Validate(parsed.Report);
            ValidationFinding broken = Assert.Single(result.Errors, f => f.RuleId == "outcome-total");
            Assert.Equal(("NaturalPerson", 37m, 47m), (broken.Column, broken.Expected, broken.Actual));
            ValidationFinding notAssessable = Assert.Single(result.Findings, f => f.RuleId == ReadDiagnosticIds.UnreadCellsNotAssessable);
            Assert.Contains("in column 总计", notAssessable.Message);
        }

        [Fact]
        public void A_sub_row_whose_cells_cannot_be_placed_leaves_the_single_row_unread()
        {
            // One cell per line, 2. with its 自然人 blank: five empty lines and a 0 for seven columns cannot be placed with certainty.
            string text = Fixtures.Shape("other-handling-sub-rows-2019-lines");
            string blanked = text.Replace(SubRow2 + "\n\n0\n", SubRow2 + "\n\n\n");
            Assert.NotEqual(text, blanked);
            var parsed = V2019.AnnualReportParser.Parse(blanked);

            ReadDiagnostic notPlaced = Assert.Single(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.RowNotPlaceable && d.Table == "Applications");
            Assert.Equal("Outcomes.OtherHandling", notPlaced.Row);
            Assert.Contains(SubRow2, notPlaced.Message);
            ReadDiagnostic note = Note(parsed.Reading);
            Assert.Equal(FindingSeverity.Warning, note.Severity);
            Assert.Contains("(none could be)", note.Message);
            Assert.Contains("自然人 (2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 not read)", note.Message);

            V2019.ApplicationsTable model = parsed.Report.Applications;
            Assert.Null(model.Outcomes.OtherHandling.NaturalPerson);
            Assert.Empty(model.Marks.Imputed);
            Assert.True(model.Marks.IsUnread("Outcomes.OtherHandling", "NaturalPerson"));
            // Without （六）'s figures neither column's outcome sum is broken: both are not assessable.
            ValidationResult result = V2019.AnnualReportValidator.Validate(parsed.Report);
            Assert.DoesNotContain(result.Errors, f => f.RuleId == "outcome-total");
            Assert.Contains("(2)", Assert.Single(result.Findings, f => f.RuleId == ReadDiagnosticIds.UnreadCellsNotAssessable).Message);
        }

        [Fact]
        public void A_single_row_that_states_its_own_figures_keeps_them_and_the_sub_rows_are_left_out_as_before()
        {
            string text = Fixtures.Shape("other-handling-sub-rows-2019");
            string first = "(六)其他处理 | " + SubRow1 + " | 1 | | | | | | 1 | |";
            Assert.Contains(first, text);
            var parsed = V2019.AnnualReportParser.Parse(text.Replace(first, "(六)其他处理 | 4 | | | | | | 4 | ||\n" + SubRow1 + " | 1 | | | | | | 1 | ||"));

            V2019.ApplicationsTable model = parsed.Report.Applications;
            Assert.Equal(4, model.Outcomes.OtherHandling.Total);
            Assert.Empty(model.Marks.Imputed);
            Assert.Equal(4m, parsed.Reading.Table("Applications").Amount("Outcomes.OtherHandling", "Total")); // stated
            Assert.Equal(3, parsed.Diagnostics.Count(d => d.Id == ReadDiagnosticIds.UnknownRow && d.Message.Contains("states its own")));
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.RowReadThroughMigration);
        }
    }
}
