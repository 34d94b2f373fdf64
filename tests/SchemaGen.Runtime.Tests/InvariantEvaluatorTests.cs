using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>What a rule instance means when cells are blank (the one place, InvariantEvaluator).</summary>
    public class InvariantEvaluatorTests
    {
        private static Operand Cell(string row, decimal? value, bool derived = false)
            => new(new CellAddress("T", row, "C", row, "C"), value, 1, derived);

        private static Evaluation Total(Operand total, params Operand[] parts)
            => InvariantEvaluator.Evaluate(InvariantKind.Total, Comparison.Equal, new[] { total }, 0m, parts, 0m);

        [Fact]
        public void A_stated_total_whose_parts_are_all_blank_is_not_bound()
        {
            // XBRL 2.1 calculation binding: the summation needs the total and at least one part.
            Assert.Equal(Assessment.NothingStated, Total(Cell("Total", 805m, derived: true), Cell("A", null), Cell("B", null, derived: true)).Assessment);
        }

        [Fact]
        public void A_stated_total_with_one_stated_part_is_checked_and_blank_parts_add_as_zero()
        {
            Evaluation broken = Total(Cell("Total", 805m, derived: true), Cell("A", 5m), Cell("B", null));
            Assert.Equal(Assessment.Broken, broken.Assessment);
            Assert.Equal(5m, broken.Right);
            Assert.Equal(Assessment.Holds, Total(Cell("Total", 5m, derived: true), Cell("A", 5m), Cell("B", null)).Assessment);
        }

        [Fact]
        public void A_blank_total_with_stated_parts_is_not_assessable()
        {
            Assert.Equal(Assessment.NotAssessable, Total(Cell("Total", null, derived: true), Cell("A", 5m)).Assessment);
        }

        [Fact]
        public void An_equation_is_still_checked_when_one_side_is_all_blank()
        {
            // Binding is a summation's notion: an equation between stated figures and blanks (read as 0) is checked.
            Evaluation result = InvariantEvaluator.Evaluate(InvariantKind.Equation, Comparison.Equal, new[] { Cell("A", 3m) }, 0m, new[] { Cell("B", null) }, 0m);
            Assert.Equal(Assessment.Broken, result.Assessment);
        }
    }
}
