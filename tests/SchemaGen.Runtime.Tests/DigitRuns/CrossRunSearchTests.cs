using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// The search across runs (pruned by the range each constraint's open runs can still add) against every combination
    /// tried one by one: the same number of combinations hold, and the same splits of each run take part in them.
    /// </summary>
    public class CrossRunSearchTests
    {
        [Fact]
        public void The_pruned_search_finds_what_trying_every_combination_finds()
        {
            var random = new Random(20261130);
            int consistent = 0, contradictory = 0;
            for (int instance = 0; instance < 3000; instance++)
            {
                int runs = random.Next(2, 6);
                var offered = new RunSplitResult?[runs];
                for (int r = 0; r < runs; r++) offered[r] = Offer(random, random.Next(1, 5));
                var constraints = new List<CrossRunConstraint>();
                for (int k = random.Next(1, 4); k > 0; k--) constraints.Add(RandomConstraint(random, runs));

                CrossRunResolution resolution = CrossRunResolver.Resolve(offered, constraints);
                var (combinations, surviving) = EveryCombination(offered, constraints);
                Assert.False(resolution.Exhausted);
                Assert.Equal(combinations, resolution.Combinations);
                Assert.Equal(combinations > 0, CrossRunResolver.AnyConsistent(offered, constraints, 100_000));
                if (combinations == 0) { contradictory++; continue; }
                consistent++;
                foreach (var (run, splits) in surviving)
                    Assert.Equal(splits.OrderBy(s => s), resolution.Runs[run].Surviving.Select(s => Array.IndexOf(offered[run]!.Candidates.ToArray(), s)).OrderBy(s => s));
            }
            // Both outcomes were tried, many times.
            Assert.True(consistent > 300 && contradictory > 300, $"{consistent} consistent, {contradictory} contradictory");
        }

        private static RunSplitResult Offer(Random random, int candidates)
        {
            var splits = Enumerable.Range(0, candidates).Select(_ => new RunSplit(Enumerable.Range(0, 3).Select(_ => Cell(random)).ToArray(), Array.Empty<RunConstraint>())).ToArray();
            return candidates == 1
                ? new RunSplitResult(RunSplitStatus.Unique) { Reading = splits[0], Candidates = splits, CandidateCount = 1 }
                : new RunSplitResult(RunSplitStatus.Ambiguous) { Candidates = splits, CandidateCount = candidates };
        }

        private static RunCellReading Cell(Random random)
        {
            int pick = random.Next(10);
            return pick == 0 ? new RunCellReading(RunCellState.Absent, 0m, 0, 0)
                : pick == 1 ? new RunCellReading(RunCellState.NotStatedMark, 0m, 0, 1)
                : pick == 2 ? new RunCellReading(RunCellState.Figure, random.Next(0, 12) / 2m, 0, 3) // amounts: halves, scales mixed
                : new RunCellReading(RunCellState.Figure, random.Next(0, 6), 0, 1);
        }

        private static CrossRunConstraint RandomConstraint(Random random, int runs)
        {
            RunCellRef Ref() => new RunCellRef(random.Next(runs), random.Next(3));
            RunCellRef[] parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Ref()).ToArray();
            return random.Next(3) switch
            {
                0 => CrossRunConstraint.Total("total", Ref(), parts),
                1 => CrossRunConstraint.Linear("equal", new[] { Ref() }, RunRelation.Equal, parts),
                _ => CrossRunConstraint.Linear("bound", new[] { Ref() }, random.Next(2) == 0 ? RunRelation.AtMost : RunRelation.AtLeast, parts),
            };
        }

        /// <summary>Every combination of the runs the constraints name, one by one: how many hold, and which split of each run is in one.</summary>
        private static (long Combinations, Dictionary<int, HashSet<int>> Surviving) EveryCombination(RunSplitResult?[] offered, List<CrossRunConstraint> constraints)
        {
            int[] inPlay = constraints.SelectMany(c => c.Terms.Select(t => t.Key.Run)).Distinct().ToArray();
            var surviving = inPlay.ToDictionary(r => r, _ => new HashSet<int>());
            var chosen = new int[offered.Length];
            long combinations = 0;
            void Try(int depth)
            {
                if (depth == inPlay.Length)
                {
                    if (!constraints.All(c => c.Holds(r => offered[r]!.Candidates[chosen[r]]))) return;
                    combinations++;
                    foreach (int run in inPlay) surviving[run].Add(chosen[run]);
                    return;
                }
                for (int c = 0; c < offered[inPlay[depth]]!.Candidates.Count; c++)
                {
                    chosen[inPlay[depth]] = c;
                    Try(depth + 1);
                }
            }
            Try(0);
            return (combinations, surviving);
        }
    }
}
