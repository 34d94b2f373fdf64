using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>Which splits chosen by a row rule a column rule contradicts (the rows of RunPlacer leaves out, SG3019).</summary>
    public class RowRuleContradictionsTests
    {
        // Three cells, the last the sum of the other two.
        private static readonly DigitRunSplitter WithRowRule = new(new RunShape(
            new[] { RunCell.Count("a"), RunCell.Count("b"), RunCell.Count("total") }, new[] { RunConstraint.Total("row-total", 2, 0, 1) }));

        [Fact]
        public void Every_run_with_one_split_is_named_by_the_column_rule_it_breaks_whether_its_row_rule_or_its_cells_decided_it()
        {
            RunSplitResult chosenByRule = WithRowRule.Split("1910"); // 1 9 10; its cells alone also allow 19 1 0 and 1 91 0
            RunSplitResult decidedByCells = WithRowRule.Split("000");
            RunSplitResult undecided = WithRowRule.Split("11011"); // 1 10 11 and 10 1 11
            Assert.True(RowRuleContradictions.ChosenByRowRule(chosenByRule));
            Assert.False(RowRuleContradictions.ChosenByRowRule(decidedByCells));
            Assert.Equal(RunSplitStatus.Ambiguous, undecided.Status);

            // A cell left blank leaves nothing in a run, so a run that fills its cells one way is still a guess when a column
            // rule says otherwise: both are named, and the reader asks whether another split (one lacking a cell included) keeps the rule.
            var offered = new RunSplitResult?[] { chosenByRule, decidedByCells, undecided };
            var readings = new[] { chosenByRule.Reading, decidedByCells.Reading, undecided.Candidates[0] };
            var broken = CrossRunConstraint.Total("column a", new RunCellRef(1, 0), new RunCellRef(0, 0), new RunCellRef(2, 0)); // 0 = 1 + 1: broken
            var holding = CrossRunConstraint.Total("column b", new RunCellRef(0, 1), new RunCellRef(0, 1));

            Dictionary<int, List<CrossRunConstraint>> contradicted = RowRuleContradictions.Find(offered, readings, new[] { broken, holding });

            Assert.Equal(new[] { 0, 1 }, contradicted.Keys.OrderBy(k => k));
            Assert.All(contradicted.Values, constraints => Assert.Equal(new[] { "column a" }, constraints.Select(c => c.Name)));
        }

        [Fact]
        public void A_row_rule_split_is_contradicted_when_no_split_the_other_runs_offer_lets_the_rule_hold()
        {
            RunSplitResult chosenByRule = WithRowRule.Split("1910"); // 1 9 10
            RunSplitResult undecided = WithRowRule.Split("11011"); // 1 10 11 or 10 1 11
            var offered = new RunSplitResult?[] { chosenByRule, undecided };
            var holdsWithOne = new[] { CrossRunConstraint.Total("column a", new RunCellRef(1, 0), new RunCellRef(0, 0)) }; // 1 = 1 with the first
            var holdsWithNone = new[] { CrossRunConstraint.Total("column b", new RunCellRef(1, 1), new RunCellRef(0, 1)) }; // 10 or 1 = 9

            Assert.False(RowRuleContradictions.NoReadingOfTheOthersKeeps(0, offered, holdsWithOne));
            Assert.True(RowRuleContradictions.NoReadingOfTheOthersKeeps(0, offered, holdsWithNone));
            Assert.False(RowRuleContradictions.NoReadingOfTheOthersKeeps(0, new RunSplitResult?[] { chosenByRule, null }, holdsWithNone)); // set aside: not judged
        }

        /// <summary>A check of a split already taken, not a search: a rule whose other runs offer more than a thousand combinations is not judged.</summary>
        [Theory]
        [InlineData(9, true)] // 512 combinations, none holds
        [InlineData(11, false)] // 2,048: not tried
        public void A_rule_over_many_undecided_runs_is_not_judged(int undecidedRuns, bool contradicted)
        {
            var offered = new List<RunSplitResult?> { WithRowRule.Split("1910") };
            for (int i = 0; i < undecidedRuns; i++) offered.Add(WithRowRule.Split("11011"));
            // 9 = the sum of every undecided run's total (11 each): never.
            var rule = new[] { CrossRunConstraint.Total("column b", new RunCellRef(0, 1), Enumerable.Range(1, undecidedRuns).Select(r => new RunCellRef(r, 2)).ToArray()) };
            Assert.Equal(contradicted, RowRuleContradictions.NoReadingOfTheOthersKeeps(0, offered, rule));
        }

        [Fact]
        public void A_rule_over_a_run_set_aside_or_undecided_is_not_judged()
        {
            RunSplitResult chosenByRule = WithRowRule.Split("1910");
            var broken = CrossRunConstraint.Total("column a", new RunCellRef(1, 0), new RunCellRef(0, 0));

            Assert.Empty(RowRuleContradictions.Find(new RunSplitResult?[] { chosenByRule, null }, new[] { chosenByRule.Reading, null }, new[] { broken }));
            Assert.False(RowRuleContradictions.HoldsOrNotJudged(broken, new[] { chosenByRule.Reading, WithRowRule.Split("000").Reading }));
            Assert.True(RowRuleContradictions.HoldsOrNotJudged(broken, new[] { chosenByRule.Reading, null }));
        }
    }
}
