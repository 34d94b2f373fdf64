using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// Runs copied from the flattened crawler text of ../shared/corpus/hebei (001–008), each with the figures a
    /// person reads off the report (its README, and the prose where it states them).
    /// </summary>
    public class CorpusRunTests
    {
        private static readonly DigitRunSplitter ApplicationsRow = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
        private static readonly DigitRunSplitter AppealsRow = new DigitRunSplitter(StatutoryRunShapes.AppealsRow());

        [Theory]
        [InlineData("001 一、本年新收", "170000017", new[] { 17, 0, 0, 0, 0, 0, 17 })]
        [InlineData("001 二、上年结转", "0000000", new[] { 0, 0, 0, 0, 0, 0, 0 })]
        [InlineData("002 （一）予以公开", "100000010", new[] { 10, 0, 0, 0, 0, 0, 10 })]
        [InlineData("002 5.属于三类内部事务信息", "1000001", new[] { 1, 0, 0, 0, 0, 0, 1 })]
        [InlineData("003 一、本年新收", "2000002", new[] { 2, 0, 0, 0, 0, 0, 2 })]
        [InlineData("004 一、本年新收", "81010010", new[] { 8, 1, 0, 1, 0, 0, 10 })]
        [InlineData("004 （一）予以公开", "3100004", new[] { 3, 1, 0, 0, 0, 0, 4 })]
        [InlineData("004 （二）部分公开", "2000002", new[] { 2, 0, 0, 0, 0, 0, 2 })]
        [InlineData("004 1.本机关不掌握相关政府信息", "3001004", new[] { 3, 0, 0, 1, 0, 0, 4 })]
        [InlineData("004 （七）总计", "81010010", new[] { 8, 1, 0, 1, 0, 0, 10 })]
        [InlineData("005 （一）予以公开", "3101005", new[] { 3, 1, 0, 1, 0, 0, 5 })]
        [InlineData("005 1.本机关不掌握相关政府信息", "8000008", new[] { 8, 0, 0, 0, 0, 0, 8 })]
        [InlineData("006 （一）予以公开", "3000003", new[] { 3, 0, 0, 0, 0, 0, 3 })]
        public void Table_three_rows_of_the_flattened_reports_read_as_printed(string where, string run, int[] expected)
        {
            RunSplitResult result = ApplicationsRow.Split(run);
            SplitAssert.Unique(result, expected.Select(v => (decimal?)v).ToArray());
            Assert.True(result.Reading!.BrokenConstraints.Count == 0, where);
        }

        [Fact]
        public void A_run_with_one_figure_per_digit_is_decided_by_the_cells_alone_and_leaves_the_row_total_to_be_checked()
        {
            RunSplitResult result = ApplicationsRow.Split("3100004");
            SplitAssert.Unique(result, 3, 1, 0, 0, 0, 0, 4);
            Assert.Equal(1, result.StructuralCount);
            Assert.Empty(result.UsedConstraints);
        }

        [Fact]
        public void A_run_the_cells_alone_cannot_split_is_decided_by_the_row_total_which_is_then_reported_as_used()
        {
            RunSplitResult result = ApplicationsRow.Split("81010010");
            SplitAssert.Unique(result, 8, 1, 0, 1, 0, 0, 10);
            Assert.True(result.StructuralCount > 1, SplitAssert.Describe(result));
            Assert.Equal(new[] { "applicant-total" }, SplitAssert.UsedNames(result));
        }

        [Fact]
        public void The_split_keeps_where_each_figure_came_from()
        {
            const string line = "一、本年新收政府信息公开申请数量81010010";
            int runStart = line.IndexOf('8');
            RunSplitResult result = ApplicationsRow.Split(line.Substring(runStart));
            RunCellReading total = result.Reading!.Cells[6];
            Assert.Equal("10", line.Substring(runStart + total.Start, total.Length));
            Assert.Equal(6, total.Start);
        }

        [Theory]
        [InlineData("004", "000113000300011", new[] { 0, 0, 0, 1, 1, 3, 0, 0, 0, 3, 0, 0, 0, 1, 1 })]
        [InlineData("005", "100010000010001", new[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1 })]
        [InlineData("001", "000000000000000", new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
        public void Table_four_as_one_run_of_fifteen_digits(string where, string run, int[] expected)
        {
            RunSplitResult result = AppealsRow.Split(run);
            SplitAssert.Unique(result, expected.Select(v => (decimal?)v).ToArray());
            Assert.Empty(result.UsedConstraints); // fifteen digits for fifteen cells: nothing to choose
            Assert.True(result.Reading!.BrokenConstraints.Count == 0, where);
        }

        [Fact]
        public void Table_four_with_a_two_digit_figure_is_split_through_its_three_group_totals()
        {
            // 004's run with 行政复议 结果纠正 13 (total 13) instead of 0 … 1: seventeen digits for fifteen cells.
            RunSplitResult result = AppealsRow.Split("01300133000300011");
            SplitAssert.Unique(result, 0, 13, 0, 0, 13, 3, 0, 0, 0, 3, 0, 0, 0, 1, 1);
            Assert.True(result.StructuralCount > 1, SplitAssert.Describe(result));
            Assert.Equal(new[] { "reconsideration-total" }, SplitAssert.UsedNames(result));
        }

        [Fact]
        public void Rows_whose_own_total_allows_two_splits_are_not_read_but_their_certain_cells_are_given()
        {
            // 002 一、本年新收 110000011: 11 | 0 | … | 11 and 1 | 10 | 0 | … | 11 both add up.
            RunSplitResult received002 = ApplicationsRow.Split("110000011");
            Assert.Equal(RunSplitStatus.Ambiguous, received002.Status);
            Assert.Equal(new[] { "1 | 10 | 0 | 0 | 0 | 0 | 11", "11 | 0 | 0 | 0 | 0 | 0 | 11" }, SplitAssert.Candidates(received002));
            Assert.Equal(new decimal?[] { null, null, 0, 0, 0, 0, 11 }, received002.AgreedCells.Select(c => c?.Figure).ToArray());

            // 005 一、本年新收 121010014 (12, 1, 0, 1, 0, 0, 14 by the README) has three splits that add up to 14.
            RunSplitResult received005 = ApplicationsRow.Split("121010014");
            Assert.Equal(new[] { "1 | 2 | 1 | 0 | 10 | 0 | 14", "1 | 2 | 10 | 1 | 0 | 0 | 14", "12 | 1 | 0 | 1 | 0 | 0 | 14" }, SplitAssert.Candidates(received005));
            Assert.Equal(new decimal?[] { null, null, null, null, null, 0, 14 }, received005.AgreedCells.Select(c => c?.Figure).ToArray());
        }

        [Fact]
        public void The_inconsistent_total_row_of_002_has_two_seven_cell_readings_and_none_that_adds_up()
        {
            // 002's （七）总计 row. Its README says the only seven-cell reading is 2,0,0,0,0,0,11; by the cells alone
            // 20,0,0,0,0,1,1 fits as well. Neither satisfies the row total, so with it the row has no reading.
            RunSplitResult cellsOnly = DigitRunSplitter.Split("20000011", StatutoryRunShapes.ApplicationsRowCellsOnly());
            Assert.Equal(RunSplitStatus.Ambiguous, cellsOnly.Status);
            Assert.Equal(new[] { "2 | 0 | 0 | 0 | 0 | 0 | 11", "20 | 0 | 0 | 0 | 0 | 1 | 1" }, SplitAssert.Candidates(cellsOnly).OrderBy(c => c, System.StringComparer.Ordinal));

            RunSplitResult withTotal = ApplicationsRow.Split("20000011");
            Assert.Equal(RunSplitStatus.NoReading, withTotal.Status);
            Assert.Equal(2, withTotal.Candidates.Count);
            Assert.All(withTotal.Candidates, c => Assert.Equal("applicant-total", Assert.Single(c.BrokenConstraints).Name));
            Assert.Empty(withTotal.UsedConstraints);
        }

        [Fact]
        public void Bounding_the_cells_by_the_reports_scale_leaves_002s_one_reading_whose_total_the_validator_then_catches()
        {
            // 002 received 11 applications (新收 row 11 … 11), so no cell of table 三 exceeds 11: 20 cannot be a figure.
            RunSplitResult result = DigitRunSplitter.Split("20000011", StatutoryRunShapes.ApplicationsRow(maxValue: 11));
            SplitAssert.Unique(result, 2, 0, 0, 0, 0, 0, 11);
            Assert.Empty(result.UsedConstraints);
            Assert.Equal("applicant-total", Assert.Single(result.Reading!.BrokenConstraints).Name);
        }

        [Fact]
        public void Dropped_zero_cells_of_007_leave_the_total_certain_and_the_applicant_column_open()
        {
            // 007 (2020): 一、本年新收政府信息公开申请数量11 with the page's zero cells blank. The row total makes the second
            // "1" the 总计; which of the six applicant columns holds the first "1" the text does not say.
            var options = new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank };
            RunSplitResult result = ApplicationsRow.Split("11", options);
            Assert.Equal(RunSplitStatus.Ambiguous, result.Status);
            Assert.Equal(6, result.CandidateCount);
            Assert.Equal(1m, result.AgreedCells[6]!.Value.Figure);
            Assert.All(result.AgreedCells.Take(6), cell => Assert.Null(cell));
            Assert.Contains("1 | _ | _ | _ | _ | _ | 1", SplitAssert.Candidates(result));
            Assert.Equal(new[] { "applicant-total" }, SplitAssert.UsedNames(result));
        }

        [Fact]
        public void Dropped_zero_cells_of_008_read_the_same_way()
        {
            RunSplitResult result = ApplicationsRow.Split("22", new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank });
            Assert.Equal(6, result.CandidateCount);
            Assert.Equal(2m, result.AgreedCells[6]!.Value.Figure);
        }

        [Fact]
        public void A_row_left_wholly_blank_reads_as_seven_absent_cells_when_zeros_are_dropped_and_as_nothing_otherwise()
        {
            // 007: 二、上年结转政府信息公开申请数量 is followed directly by the next label.
            RunSplitResult dropped = ApplicationsRow.Split("", new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank });
            SplitAssert.Unique(dropped, null, null, null, null, null, null, null);
            Assert.All(dropped.Reading!.Cells, c => Assert.Equal(RunCellState.Absent, c.State));

            Assert.Equal(RunSplitStatus.NoReading, ApplicationsRow.Split("").Status);
        }

        [Fact]
        public void Reading_blanks_as_not_stated_rather_than_zero_lets_far_more_splits_through()
        {
            // With a blank 总计 the row total is not assessable, so "11" may also be one applicant column of 11,
            // or two columns of 1: 6 + 6 + 15 readings, and no cell certain.
            RunSplitResult result = ApplicationsRow.Split("11", new RunSplitOptions { Missing = MissingCells.AnyMayBeBlank });
            Assert.Equal(27, result.CandidateCount);
            Assert.All(result.AgreedCells, cell => Assert.Null(cell));
        }

        [Fact]
        public void The_2019_item_rows_of_007_and_008_are_ambiguous_under_the_format()
        {
            // 007 行政许可97+82179, 行政处罚0+1111; 008 行政许可156-5997: the format ties none of the three columns.
            DigitRunSplitter items = new DigitRunSplitter(StatutoryRunShapes.ItemsWithChange2019());
            Assert.Equal(new[] { "97 | 8 | 2179", "97 | 82 | 179", "97 | 821 | 79", "97 | 8217 | 9" }, SplitAssert.Candidates(items.Split("97+82179")));
            Assert.Equal(new[] { "0 | 11 | 11", "0 | 111 | 1", "0 | 1 | 111" }.OrderBy(c => c, System.StringComparer.Ordinal),
                SplitAssert.Candidates(items.Split("0+1111")).OrderBy(c => c, System.StringComparer.Ordinal));
            Assert.Equal(3, items.Split("156-5997").CandidateCount);
            SplitAssert.Unique(items.Split("1-10"), 1, -1, 0); // 008 行政处罚: "-10" would leave the last cell empty
        }

        [Fact]
        public void The_2019_item_rows_of_this_agency_all_follow_last_year_plus_change_in_the_third_column()
        {
            // What 97+82179 is: 97 items last year, +82 this year, 179 — the agency wrote this year's item count into
            // 处理决定数量. Under that arithmetic (not a rule of the format: a hypothesis about this agency's pages)
            // every item row of 007 and 008 has exactly one reading: 97+82=179, 0+11=11, 156-59=97, 1-1=0.
            var agencyArithmetic = RunConstraint.Linear("agency: 处理决定数量 = 上一年项目数量 + 本年增/减",
                new[] { new RunTerm(2) }, RunRelation.Equal, new[] { new RunTerm(0), new RunTerm(1) });
            var items = new DigitRunSplitter(StatutoryRunShapes.ItemsWithChange2019(agencyArithmetic));
            SplitAssert.Unique(items.Split("97+82179"), 97, 82, 179);
            SplitAssert.Unique(items.Split("0+1111"), 0, 11, 11);
            SplitAssert.Unique(items.Split("156-5997"), 156, -59, 97);
            SplitAssert.Unique(items.Split("1-10"), 1, -1, 0);
        }

        [Fact]
        public void The_regulations_run_of_008_has_five_readings()
        {
            // 008: 规范性文件101077 under 本年新制作数量, 本年新公开数量, 对外公开总数量.
            RunSplitResult result = DigitRunSplitter.Split("101077", StatutoryRunShapes.Regulations2019());
            Assert.Equal(RunSplitStatus.Ambiguous, result.Status);
            Assert.Equal(
                new[] { "1 | 0 | 1077", "10 | 10 | 77", "10 | 107 | 7", "101 | 0 | 77", "1010 | 7 | 7" },
                SplitAssert.Candidates(result).OrderBy(c => c, System.StringComparer.Ordinal));
            Assert.All(result.AgreedCells, cell => Assert.Null(cell));
        }

        [Fact]
        public void Short_2019_rows_of_007_read_uniquely()
        {
            SplitAssert.Unique(DigitRunSplitter.Split("222", StatutoryRunShapes.Regulations2019()), 2, 2, 2);
            SplitAssert.Unique(DigitRunSplitter.Split("30", StatutoryRunShapes.Fees2019()), 3, 0);
        }

        [Fact]
        public void Two_zeros_for_three_item_columns_in_007_cannot_be_placed()
        {
            // 007: 其他对外管理服务事项00 and 行政强制00 under three columns: one cell was left blank, and which one
            // the text does not say. Not even every cell's value is certain: each is 0 or blank.
            var items = new DigitRunSplitter(StatutoryRunShapes.ItemsWithChange2019());
            Assert.Equal(RunSplitStatus.NoReading, items.Split("00").Status);
            RunSplitResult blanks = items.Split("00", new RunSplitOptions { Missing = MissingCells.AnyMayBeBlank });
            Assert.Equal(new[] { "0 | 0 | _", "0 | _ | 0", "_ | 0 | 0" }, SplitAssert.Candidates(blanks).OrderBy(c => c, System.StringComparer.Ordinal));
            Assert.All(blanks.AgreedCells, cell => Assert.Null(cell));
        }

        [Fact]
        public void Procurement_runs_of_007_and_008_are_ambiguous_between_the_count_and_the_amount()
        {
            // 007: 政府集中采购225253.168万元; 008: 政府集中采购304948.3955万元 (the unit stripped by the caller).
            RunSplitResult first = DigitRunSplitter.Split("225253.168", StatutoryRunShapes.Procurement2019());
            Assert.Equal(new[] { "2 | 25253.168", "22 | 5253.168", "225 | 253.168", "2252 | 53.168", "22525 | 3.168" }, SplitAssert.Candidates(first));
            RunSplitResult second = DigitRunSplitter.Split("304948.3955", StatutoryRunShapes.Procurement2019());
            // 3 | 04948.3955 is no reading: a figure never starts with 0 unless it is 0.
            Assert.Equal(new[] { "30 | 4948.3955", "304 | 948.3955", "3049 | 48.3955", "30494 | 8.3955" }, SplitAssert.Candidates(second));
        }

        [Theory]
        [InlineData("670.376375", "670.376375")]
        [InlineData("650.6", "650.6")]
        [InlineData("739.0766", "739.0766")]
        [InlineData("0", "0")]
        public void Fee_amounts_of_2021_read_with_their_decimals(string run, string expected)
        {
            RunSplitResult result = DigitRunSplitter.Split(run, StatutoryRunShapes.Fees2021());
            SplitAssert.Unique(result, decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void The_2021_regulations_run_of_004_needs_a_figure_from_the_prose()
        {
            // 004: 行政规范性文件1126. Its prose: 全年制发厅规范性文件1件、废止1件.
            RunSplitResult alone = DigitRunSplitter.Split("1126", StatutoryRunShapes.Regulations2021());
            Assert.Equal(new[] { "1 | 1 | 26", "1 | 12 | 6", "11 | 2 | 6" }, SplitAssert.Candidates(alone));

            var issued = RunConstraint.Known("prose: 制发1件", 0, 1);
            var repealed = RunConstraint.Known("prose: 废止1件", 1, 1);
            RunSplitResult withProse = DigitRunSplitter.Split("1126", StatutoryRunShapes.Regulations2021(issued, repealed));
            SplitAssert.Unique(withProse, 1, 1, 26);
            // 废止1件 alone already decides; 制发1件 was not needed, so it stays a check that holds.
            Assert.Equal(new[] { "prose: 废止1件" }, SplitAssert.UsedNames(withProse));
            Assert.Empty(withProse.Reading!.BrokenConstraints);
        }
    }
}
