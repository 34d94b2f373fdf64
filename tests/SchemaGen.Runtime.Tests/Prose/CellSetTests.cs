using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Prose;
using Xunit;

namespace SchemaGen.Runtime.Tests.Prose
{
    public class CellSetTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(64)]
        [InlineData(65)]
        [InlineData(200)]
        public void Every_operation_agrees_with_a_sorted_set_and_the_first_cell_is_the_lowest(int width)
        {
            var random = new Random(width);
            for (int round = 0; round < 200; round++)
            {
                CellSet set = CellSet.Empty(width);
                var expected = new SortedSet<int>();
                for (int step = 0; step < 40; step++)
                {
                    int cell = random.Next(width);
                    switch (random.Next(4))
                    {
                        case 0:
                        case 1:
                            set.Add(cell);
                            expected.Add(cell);
                            break;
                        case 2:
                            set.Remove(cell);
                            expected.Remove(cell);
                            break;
                        default:
                            CellSet other = CellSet.Empty(width);
                            var drawn = Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(width)).ToList();
                            foreach (int c in drawn) other.Add(c);
                            Assert.Equal(drawn.All(expected.Contains), other.IsSubsetOf(set));
                            CellSet copy = CellSet.Empty(width);
                            foreach (int c in expected) copy.Add(c);
                            copy.RemoveAll(other);
                            var rest = new SortedSet<int>(expected.Except(drawn));
                            Assert.Equal(rest.Count, copy.Count);
                            Assert.All(Enumerable.Range(0, width), c => Assert.Equal(rest.Contains(c), copy.Contains(c)));
                            // Adding back what was taken out gives the union (the search's undo: the original when other ⊆ set).
                            copy.AddAll(other);
                            var union = new SortedSet<int>(rest.Union(drawn));
                            Assert.Equal(union.Count, copy.Count);
                            Assert.All(Enumerable.Range(0, width), c => Assert.Equal(union.Contains(c), copy.Contains(c)));
                            break;
                    }
                    Assert.Equal(expected.Count, set.Count);
                    Assert.True(set.IsSubsetOf(set));
                    if (expected.Count > 0) Assert.Equal(expected.Min, set.First());
                    else Assert.Throws<InvalidOperationException>(() => set.First());
                }
                Assert.All(Enumerable.Range(0, width), c => Assert.Equal(expected.Contains(c), set.Contains(c)));
            }
        }
    }
}
