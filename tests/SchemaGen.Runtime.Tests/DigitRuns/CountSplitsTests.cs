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
        public void Counting_then_listing_lists_what_the_whole_split_does_and_only_when_asked()
        {
            // The reader counts a run's splits with cells left blank and lists them only for a count above another: the one
            // search must give the status, count and listing that counting and then splitting afresh gave.
            var random = new Random(20261202);
            var splitters = new[] { new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow()), new DigitRunSplitter(StatutoryRunShapes.AppealsRow()) };
            int listed = 0, notListed = 0;
            for (int n = 0; n < 600; n++)
            {
                DigitRunSplitter splitter = splitters[n % 2];
                var options = new RunSplitOptions
                {
                    Missing = (MissingCells)random.Next(3),
                    Budget = random.Next(4) == 0 ? random.Next(1, 200) : 200_000,
                    MaxCandidates = random.Next(1, 30),
                };
                string run = RandomRun(random);
                long above = random.Next(0, 4);
                RunSplitResult whole = splitter.Split(run, options);
                (RunSplitStatus status, long count, RunSplitResult? result) = splitter.CountThenSplit(run, options, (s, c) => s != RunSplitStatus.TooLong && c > above);
                Assert.Equal((whole.Status, whole.CandidateCount), (status, count));
                if (whole.Status == RunSplitStatus.TooLong || whole.CandidateCount <= above)
                {
                    Assert.Null(result);
                    notListed++;
                    continue;
                }
                listed++;
                Assert.NotNull(result);
                Assert.Equal(Describe(whole), Describe(result!));
            }
            Assert.True(listed > 100 && notListed > 100, $"listed {listed}, not listed {notListed}");
        }

        private static string Describe(RunSplitResult result)
            => $"{result.Status} {result.CandidateCount} {result.StructuralCount} | {Describe(result.Reading)} | "
               + string.Join(" ; ", result.Candidates.Select(Describe))
               + " | used " + string.Join(" ", result.UsedConstraints.Select(c => c.Name))
               + " | agreed " + string.Join(" ", result.AgreedCells.Select(a => a?.ToString() ?? "?"));

        private static string Describe(RunSplit? split)
            => split is null ? "-" : string.Join(" ", split.Cells.Select(c => $"{c}@{c.Start}+{c.Length}")) + " broken " + string.Join(" ", split.BrokenConstraints.Select(c => c.Name));

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
