using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace SchemaGen.Documents.Tests
{
    /// <summary>
    /// The tally both document readers count children's names in: counts and positions per name however many names one
    /// container has (past sixteen a dictionary takes over), and a tally handed back is empty when lent again, and is
    /// never lent twice at once.
    /// </summary>
    public sealed class SiblingTallyTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(SiblingTally<string>.LinearNames)]
        [InlineData(SiblingTally<string>.LinearNames + 1)]
        [InlineData(100)]
        public void Counts_and_positions_are_per_name(int names)
        {
            List<string> children = Enumerable.Range(0, 3).SelectMany(round => Enumerable.Range(0, names).Select(n => "n" + n).Append("row")).ToList();
            using SiblingTally<string> tally = SiblingTally<string>.Rent();

            List<int> added = children.Select(tally.Add).ToList();
            List<(int Position, int Total)> passed = children.Select(tally.Pass).ToList();

            for (int i = 0; i < children.Count; i++)
            {
                int before = children.Take(i).Count(c => c == children[i]);
                int total = children.Count(c => c == children[i]);
                Assert.Equal(before + 1, added[i]);
                Assert.Equal((before + 1, total), passed[i]);
            }
        }

        [Fact]
        public void A_tally_lent_again_starts_empty()
        {
            SiblingTally<string> first = SiblingTally<string>.Rent();
            for (int i = 0; i < 40; i++) first.Add("n" + (i % 20));
            first.Dispose();

            using SiblingTally<string> again = SiblingTally<string>.Rent();
            Assert.Same(first, again); // this thread's spare one
            Assert.Equal(1, again.Add("n0"));
            Assert.Equal((1, 1), again.Pass("n0"));
            Assert.Equal(1, again.Add("n19"));
        }

        [Fact]
        public void Disposing_twice_does_not_lend_one_tally_to_two_walks()
        {
            SiblingTally<string> tally = SiblingTally<string>.Rent();
            tally.Dispose();
            tally.Dispose();

            using SiblingTally<string> one = SiblingTally<string>.Rent();
            using SiblingTally<string> other = SiblingTally<string>.Rent();
            Assert.NotSame(one, other);
        }
    }
}
