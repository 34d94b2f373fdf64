using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>What the characters of a run mean: spaces, full-width forms, signs, marks, decimals, leading zeros.</summary>
    public class RunTextTests
    {
        private static readonly DigitRunSplitter ApplicationsRow = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
        private static readonly RunSplitOptions SpacesAsNoise = new RunSplitOptions { Spaces = SpaceReading.Noise };

        [Fact]
        public void The_issues_run_230_000023_is_decided_by_the_row_total_and_its_space_removes_one_cell_only_split()
        {
            // Cells alone, the space as a boundary: 23|0|0|0|0|0|23, 2|30|0|0|0|0|23, 230|0|0|0|0|2|3. With the space
            // as noise, 2|300|0|0|0|2|3 as well: its "300" straddles the space. Only the first adds up.
            var cellsOnly = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRowCellsOnly());
            string[] boundaryReadings = SplitAssert.Candidates(cellsOnly.Split("230 000023"));
            string[] noiseReadings = SplitAssert.Candidates(cellsOnly.Split("230 000023", SpacesAsNoise));
            Assert.Equal(new[] { "2 | 30 | 0 | 0 | 0 | 0 | 23", "23 | 0 | 0 | 0 | 0 | 0 | 23", "230 | 0 | 0 | 0 | 0 | 2 | 3" }, boundaryReadings);
            Assert.Equal(boundaryReadings.Append("2 | 300 | 0 | 0 | 0 | 2 | 3").OrderBy(c => c, System.StringComparer.Ordinal), noiseReadings.OrderBy(c => c, System.StringComparer.Ordinal));

            RunSplitResult boundary = ApplicationsRow.Split("230 000023");
            SplitAssert.Unique(boundary, 23, 0, 0, 0, 0, 0, 23);
            Assert.Equal(3, boundary.StructuralCount);
            RunSplitResult noise = ApplicationsRow.Split("230 000023", SpacesAsNoise);
            SplitAssert.Unique(noise, 23, 0, 0, 0, 0, 0, 23);
            Assert.Equal(4, noise.StructuralCount);
            Assert.Equal(new[] { "applicant-total" }, SplitAssert.UsedNames(boundary));
        }

        [Fact]
        public void A_space_read_as_a_cell_boundary_decides_what_the_row_total_cannot()
        {
            // 10 | 1 | 0 | 0 | 0 | 0 | 11 with a space after its second cell. Without the space, 1 | 0 | 10 | 0 | 0 | 0 | 11
            // adds up as well; with the space as a boundary, its "10" would straddle it.
            Assert.Equal(RunSplitStatus.Ambiguous, ApplicationsRow.Split("101000011").Status);
            Assert.Equal(RunSplitStatus.Ambiguous, ApplicationsRow.Split("101 000011", SpacesAsNoise).Status);
            SplitAssert.Unique(ApplicationsRow.Split("101 000011"), 10, 1, 0, 0, 0, 0, 11);
        }

        [Fact]
        public void Runs_of_spaces_of_any_kind_count_as_one_boundary()
        {
            // 002 writes table 二 with ideographic spaces between the cells: 行政规范性文件　　13　　8　　49.
            RunSplitResult result = DigitRunSplitter.Split("　　13　　8　　49", StatutoryRunShapes.Regulations2021());
            SplitAssert.Unique(result, 13, 8, 49);
            Assert.Empty(result.UsedConstraints);
            SplitAssert.Unique(ApplicationsRow.Split("8\u00A01 0 1 0 0 \t 10"), 8, 1, 0, 1, 0, 0, 10);
        }

        [Fact]
        public void Full_width_digits_read_as_digits_and_positions_point_into_the_original_text()
        {
            RunSplitResult result = ApplicationsRow.Split("８１０１００１０");
            SplitAssert.Unique(result, 8, 1, 0, 1, 0, 0, 10);
            Assert.Equal((6, 2), (result.Reading!.Cells[6].Start, result.Reading.Cells[6].Length));
        }

        [Fact]
        public void A_figure_never_starts_with_zero_unless_it_is_zero()
        {
            var twoCells = new RunShape(new[] { RunCell.Count("a"), RunCell.Count("b") });
            SplitAssert.Unique(DigitRunSplitter.Split("012", twoCells), 0, 12);
            Assert.Equal(RunSplitStatus.NoReading, DigitRunSplitter.Split("0012", twoCells).Status);
            var amounts = new RunShape(new[] { RunCell.Amount("a", 2) });
            SplitAssert.Unique(DigitRunSplitter.Split("0.5", amounts), 0.5m);
            Assert.Equal(RunSplitStatus.NoReading, DigitRunSplitter.Split("00.5", amounts).Status);
        }

        [Fact]
        public void An_amount_keeps_to_its_scale_and_a_count_takes_no_decimals()
        {
            var amount = new RunShape(new[] { RunCell.Amount("金额", 2) });
            SplitAssert.Unique(DigitRunSplitter.Split("12.34", amount), 12.34m);
            Assert.Equal(RunSplitStatus.NoReading, DigitRunSplitter.Split("12.345", amount).Status);
            var amountThenCount = new RunShape(new[] { RunCell.Amount("金额", 2), RunCell.Count("件数") });
            Assert.Equal(new[] { "12.3 | 45", "12.34 | 5" }, SplitAssert.Candidates(DigitRunSplitter.Split("12.345", amountThenCount)));
            Assert.Equal(RunSplitStatus.NoReading, DigitRunSplitter.Split("1.5", new RunShape(new[] { RunCell.Count("件数") })).Status);
        }

        [Fact]
        public void Signs_belong_to_signed_cells_only_and_zero_takes_no_sign()
        {
            var items = new DigitRunSplitter(StatutoryRunShapes.ItemsWithChange2019());
            SplitAssert.Unique(items.Split("5+37"), 5, 3, 7);
            Assert.Equal(RunSplitStatus.NoReading, items.Split("5+0").Status);
            Assert.Equal(RunSplitStatus.NoReading, items.Split("-512").Status);
            SplitAssert.Unique(items.Split("５－３７"), 5, -3, 7);
        }

        [Fact]
        public void A_dash_or_slash_that_is_not_a_minus_sign_stands_for_a_blank_cell()
        {
            var items = new DigitRunSplitter(StatutoryRunShapes.ItemsWithChange2019());
            RunSplitResult result = items.Split("12—7");
            SplitAssert.Unique(result, 12, null, 7);
            Assert.Equal(RunCellState.NotStatedMark, result.Reading!.Cells[1].State);
            SplitAssert.Unique(items.Split("12/7"), 12, null, 7);
            SplitAssert.Unique(items.Split("12——7"), 12, null, 7);
            SplitAssert.Unique(items.Split("3 - 7"), 3, null, 7);
        }

        [Fact]
        public void A_total_written_as_a_dash_makes_the_row_total_not_assessable_so_it_cannot_choose()
        {
            // 1 | 1 | 0 | 0 | 0 | 0 | — : the 总计 is not stated, so the row total neither holds nor breaks.
            RunSplitResult result = ApplicationsRow.Split("110000—");
            SplitAssert.Unique(result, 1, 1, 0, 0, 0, 0, null);
            Assert.Empty(result.Reading!.BrokenConstraints);
            // Eight symbols for seven cells and a total that cannot decide: 11|0|0|0|0|0|— or 1|10|0|0|0|0|—.
            Assert.Equal(RunSplitStatus.Ambiguous, ApplicationsRow.Split("1100000—").Status);
        }

        [Theory]
        [InlineData("81010010万元")]
        [InlineData("8,101,0010")]
        [InlineData("八一〇")]
        public void Text_that_is_not_a_run_of_figures_is_refused_with_the_offending_character(string text)
        {
            RunSplitResult result = ApplicationsRow.Split(text);
            Assert.Equal(RunSplitStatus.NotADigitRun, result.Status);
            Assert.Contains("has no place", result.Problem);
        }

        [Fact]
        public void A_shape_beyond_the_limits_is_reported_not_thrown()
        {
            var tooWide = new RunShape(Enumerable.Range(0, RunShape.MaxCells + 1).Select(i => RunCell.Count("c" + i)));
            RunSplitResult result = DigitRunSplitter.Split("1", tooWide);
            Assert.Equal(RunSplitStatus.InvalidShape, result.Status);
            Assert.Contains("cells", result.Problem);

            var badConstraint = new RunShape(new[] { RunCell.Count("a") }, new[] { RunConstraint.Total("t", 0, 5) });
            Assert.Equal(RunSplitStatus.InvalidShape, DigitRunSplitter.Split("1", badConstraint).Status);
            var heavy = new RunShape(new[] { RunCell.Count("a"), RunCell.Count("b") },
                new[] { RunConstraint.Linear("heavy", new[] { new RunTerm(0, 5000) }, RunRelation.Equal, new[] { new RunTerm(1) }) });
            Assert.Equal(RunSplitStatus.InvalidShape, DigitRunSplitter.Split("11", heavy).Status);
            Assert.Equal(RunSplitStatus.InvalidShape, DigitRunSplitter.Split("1", new RunShape(new[] { RunCell.Amount("a", 9) })).Status);
        }

        [Fact]
        public void Bounds_remove_readings()
        {
            var twoCells = new RunShape(new[] { RunCell.Count("a", maxValue: 9), RunCell.Count("b") });
            SplitAssert.Unique(DigitRunSplitter.Split("123", twoCells), 1, 23);
            var twoDigitCells = new RunShape(new[] { RunCell.Count("a", maxDigits: 1), RunCell.Count("b", maxDigits: 2) });
            SplitAssert.Unique(DigitRunSplitter.Split("123", twoDigitCells), 1, 23);
            Assert.Equal(RunSplitStatus.NoReading, DigitRunSplitter.Split("1234", twoDigitCells).Status);
        }

        [Fact]
        public void Inequalities_filter_as_well()
        {
            // 四、结转下年度继续办理 ≤ 一 + 二 in one run of three cells (a made-up shape, to exercise AtMost).
            var shape = new RunShape(new[] { RunCell.Count("一"), RunCell.Count("二"), RunCell.Count("四") },
                new[] { RunConstraint.Linear("carried-forward-bound", new[] { new RunTerm(2) }, RunRelation.AtMost, new[] { new RunTerm(0), new RunTerm(1) }) });
            // 1|2|34, 12|3|4, 1|23|4: only the last two keep 四 within 一 + 二.
            RunSplitResult result = DigitRunSplitter.Split("1234", shape);
            Assert.Equal(new[] { "1 | 23 | 4", "12 | 3 | 4" }, SplitAssert.Candidates(result));
            Assert.Equal(4m, result.AgreedCells[2]!.Value.Figure);
        }

        [Fact]
        public void More_candidates_than_the_cap_are_counted_exactly_and_listed_up_to_the_cap()
        {
            var cellsOnly = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRowCellsOnly());
            RunSplitResult result = cellsOnly.Split("123456789123", new RunSplitOptions { MaxCandidates = 5 });
            Assert.Equal(RunSplitStatus.Ambiguous, result.Status);
            Assert.Equal(5, result.Candidates.Count);
            Assert.True(result.CandidatesTruncated);
            // 12 digits in 7 cells with no zeros: every composition with parts of at most 6 digits, C(11, 6) = 462.
            Assert.Equal(462, result.CandidateCount);
        }
    }
}
