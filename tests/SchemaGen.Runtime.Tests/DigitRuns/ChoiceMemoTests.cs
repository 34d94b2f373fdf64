using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// The search's memo of each cell's choices at each position: a slot gives back what was written for it in the same
    /// search and nothing from an earlier one, and a range read before the pool grew still reads what was written.
    /// </summary>
    public sealed class ChoiceMemoTests
    {
        [Fact]
        public void A_slot_gives_back_its_own_choices_in_its_search_only_and_old_ranges_survive_growth()
        {
            var random = new Random(20261202);
            var memo = new ChoiceMemo();
            int grown = 0;
            for (int search = 0; search < 30; search++)
            {
                int slots = random.Next(1, search % 5 == 0 ? 4000 : 200); // some searches need more slots than the last
                memo.Begin(slots);
                var written = new Dictionary<int, (CellChoice[] Pool, int First, CellChoice[] Choices)>();
                for (int k = 0; k < slots * 2; k++)
                {
                    int slot = random.Next(slots);
                    if (written.ContainsKey(slot))
                    {
                        Assert.True(memo.TryGet(slot, out int first, out int count));
                        Assert.Equal(written[slot].First, first);
                        Assert.Equal(written[slot].Choices, Slice(memo.Pool, first, count));
                        continue;
                    }
                    Assert.False(memo.TryGet(slot, out _, out _)); // nothing left from an earlier search
                    int most = random.Next(1, 14);
                    CellChoice[] before = memo.Pool;
                    int at = memo.Reserve(most);
                    if (!ReferenceEquals(before, memo.Pool)) grown++;
                    int made = random.Next(0, most + 1);
                    var choices = new CellChoice[made];
                    for (int i = 0; i < made; i++)
                        memo.Pool[at + i] = choices[i] = new CellChoice(slot, slot + i, random.Next(), RunCellState.Figure);
                    memo.Commit(slot, at, made);
                    written.Add(slot, (memo.Pool, at, choices));
                }
                Assert.NotEmpty(written);
                // Each range as read from the pool it was written to, whatever array the pool is now.
                foreach (var (pool, first, choices) in written.Values)
                    Assert.Equal(choices, Slice(pool, first, choices.Length));
            }
            Assert.True(grown > 0, "the pool never grew");
        }

        [Fact]
        public void A_pool_grown_large_is_let_go_between_searches_and_a_small_one_kept()
        {
            var memo = new ChoiceMemo();
            memo.Begin(4);
            CellChoice[] small = memo.Pool;
            memo.Trim();
            Assert.Same(small, memo.Pool);
            int at = memo.Reserve(5000);
            memo.Commit(0, at, 5000);
            Assert.True(memo.Pool.Length >= 5000);
            memo.Trim();
            Assert.True(memo.Pool.Length < 5000, $"{memo.Pool.Length} choices kept");
            memo.Begin(4);
            Assert.False(memo.TryGet(0, out _, out _));
            Assert.Equal(0, memo.Reserve(1));
        }

        private static CellChoice[] Slice(CellChoice[] pool, int first, int count)
        {
            var slice = new CellChoice[count];
            Array.Copy(pool, first, slice, 0, count);
            return slice;
        }
    }
}
