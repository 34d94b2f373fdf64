using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// Counting the splits of a run without listing them (what the reader asks when it only compares counts) must say what
    /// the whole split says: the same status and the same candidate count, for every kind of run, option and budget.
    /// </summary>
    public sealed class CountSplitsTests
    {
        [Fact]
        public void Counting_gives_the_status_and_candidate_count_the_whole_split_gives()
        {
            var random = new Random(20261201);
            var splitters = new[] { new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow()), new DigitRunSplitter(StatutoryRunShapes.AppealsRow()) };
            var seen = new HashSet<RunSplitStatus>();
            for (int n = 0; n < 600; n++)
            {
                DigitRunSplitter splitter = splitters[n % 2];
                var options = new RunSplitOptions
                {
                    Missing = (MissingCells)random.Next(3),
                    Spaces = random.Next(2) == 0 ? SpaceReading.CellBoundary : SpaceReading.Noise,
                    Budget = random.Next(4) == 0 ? random.Next(1, 200) : 200_000,
                    MaxCandidates = random.Next(1, 30),
                };
                string run = RandomRun(random);
                RunSplitResult whole = splitter.Split(run, options);
                (RunSplitStatus status, long count) = splitter.CountSplits(run, options);
                Assert.True((whole.Status, whole.CandidateCount) == (status, count),
                    $"'{run}' ({options.Missing}, {options.Spaces}, budget {options.Budget}): split {whole.Status} {whole.CandidateCount}, counted {status} {count}");
                seen.Add(status);
            }
            Assert.Superset(new HashSet<RunSplitStatus> { RunSplitStatus.Unique, RunSplitStatus.Ambiguous, RunSplitStatus.NoReading, RunSplitStatus.TooLong, RunSplitStatus.NotADigitRun }, seen);
        }

        [Fact]
        public void An_invalid_shape_is_refused_alike()
        {
            var splitter = new DigitRunSplitter(new RunShape(new[] { RunCell.Count(maxDigits: 0) }));
            Assert.Equal((splitter.Split("123").Status, splitter.Split("123").CandidateCount), splitter.CountSplits("123", RunSplitOptions.Default));
            Assert.Equal(RunSplitStatus.InvalidShape, splitter.CountSplits("123", RunSplitOptions.Default).Status);
        }

        /// <summary>Digits (runs of them with figures of one to four digits), now and then a space, a mark, a sign or a letter.</summary>
        private static string RandomRun(Random random)
        {
            var builder = new StringBuilder();
            int figures = random.Next(1, 16);
            for (int i = 0; i < figures; i++)
            {
                int roll = random.Next(40);
                if (roll == 0) builder.Append('x');
                else if (roll == 1) builder.Append('—');
                else if (roll == 2) builder.Append('-');
                else if (roll < 6) builder.Append(' ');
                builder.Append(random.Next(0, (int)Math.Pow(10, random.Next(1, 4))));
            }
            return builder.ToString();
        }
    }
}
