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
        public void A_split_its_row_rule_chose_is_contradicted_by_a_broken_column_rule_and_a_split_its_cells_decided_is_not()
        {
            RunSplitResult chosenByRule = WithRowRule.Split("1910"); // 1 9 10; its cells alone also allow 19 1 0 and 1 91 0
            RunSplitResult decidedByCells = WithRowRule.Split("000");
            Assert.True(RowRuleContradictions.ChosenByRowRule(chosenByRule));
            Assert.False(RowRuleContradictions.ChosenByRowRule(decidedByCells));

            var offered = new RunSplitResult?[] { chosenByRule, decidedByCells };
            var readings = offered.Select(r => r!.Reading).ToArray();
            var broken = CrossRunConstraint.Total("column a", new RunCellRef(1, 0), new RunCellRef(0, 0)); // 0 = 1: broken
            var holding = CrossRunConstraint.Total("column b", new RunCellRef(0, 1), new RunCellRef(0, 1));

            Dictionary<int, List<CrossRunConstraint>> contradicted = RowRuleContradictions.Find(offered, readings, new[] { broken, holding });

            var only = Assert.Single(contradicted);
            Assert.Equal(0, only.Key);
            Assert.Equal(new[] { "column a" }, only.Value.Select(c => c.Name));
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
