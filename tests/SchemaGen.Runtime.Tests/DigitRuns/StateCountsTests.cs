using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// The digit-run search's memo finds every state it was given, with its count, and no other: states that share a
    /// position and cell and differ only in their sums (none to five of them) included, across growth and clearing.
    /// </summary>
    public sealed class StateCountsTests
    {
        [Fact]
        public void Every_state_added_is_found_with_its_count_and_no_other_is()
        {
            var random = new Random(20261201);
            var memo = new StateCounts();
            for (int round = 0; round < 40; round++)
            {
                int cells = random.Next(1, 16);
                memo.Clear();
                var reference = new Dictionary<SearchState, long>();
                int sumsCount = random.Next(0, 6);
                int states = random.Next(0, round % 4 == 0 ? 5000 : 200); // some rounds grow the table well past its start
                for (int i = 0; i < states; i++)
                {
                    SearchState state = RandomState(random, cells, sumsCount);
                    if (reference.ContainsKey(state)) continue;
                    long count = random.Next();
                    reference.Add(state, count);
                    memo.Add(state, StateCounts.Hash(state), count);
                }
                Assert.Equal(reference.Count, memo.Count);
                foreach (KeyValuePair<SearchState, long> pair in reference)
                {
                    Assert.True(memo.TryGetValue(pair.Key, StateCounts.Hash(pair.Key), out long found));
                    Assert.Equal(pair.Value, found);
                }
                int absent = 0;
                for (int i = 0; i < 500; i++)
                {
                    SearchState state = RandomState(random, cells, sumsCount);
                    if (reference.ContainsKey(state)) continue;
                    absent++;
                    Assert.False(memo.TryGetValue(state, StateCounts.Hash(state), out _));
                }
                Assert.True(absent > 0);
            }
        }

        [Fact]
        public void A_cleared_memo_holds_nothing_of_what_it_held()
        {
            var memo = new StateCounts();
            memo.Clear();
            var state = new SearchState(5, 2, Sums(7, -3));
            memo.Add(state, StateCounts.Hash(state), 42);
            Assert.True(memo.TryGetValue(state, StateCounts.Hash(state), out long count) && count == 42);
            memo.Clear();
            Assert.Equal(0, memo.Count);
            Assert.False(memo.TryGetValue(state, StateCounts.Hash(state), out _));
            memo.Add(state, StateCounts.Hash(state), 7);
            Assert.True(memo.TryGetValue(state, StateCounts.Hash(state), out count) && count == 7);
            var other = new SearchState(5, 2, Sums(7, -4));
            Assert.False(memo.TryGetValue(other, StateCounts.Hash(other), out _));
        }

        // Few positions, cells and sum values, so that many states share a position and cell (long chains) and differ in their sums.
        private static SearchState RandomState(Random random, int cells, int sumsCount)
        {
            var sums = new RunningSums(sumsCount);
            for (int s = 0; s < sumsCount; s++) sums[s] = random.Next(8) == 0 ? RunningSums.NotAssessable : random.Next(-3, 4);
            return new SearchState(random.Next(0, 40), random.Next(0, cells + 1), sums);
        }

        private static RunningSums Sums(params long[] values)
        {
            var sums = new RunningSums(values.Length);
            for (int i = 0; i < values.Length; i++) sums[i] = values[i];
            return sums;
        }
    }
}
