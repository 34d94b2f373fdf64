using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// The search stays small: a row takes a few dozen choices, and a long run ends within its budget, with an answer
    /// or with "too long", instead of blowing up. Times are printed for a reader, not asserted.
    /// </summary>
    public class RunSplitPerformanceTests
    {
        private readonly ITestOutputHelper _output;

        public RunSplitPerformanceTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void A_table_three_row_splits_with_a_few_dozen_choices()
        {
            var splitter = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
            string[] runs = { "81010010", "121010014", "3100004", "170000017", "230 000023", "20000011", "0000000" };
            foreach (string run in runs) splitter.Split(run); // warm up
            const int rounds = 2000;
            var watch = Stopwatch.StartNew();
            long work = 0;
            for (int i = 0; i < rounds; i++)
                foreach (string run in runs) work += splitter.Split(run).Work;
            watch.Stop();
            double microseconds = watch.Elapsed.TotalMilliseconds * 1000 / (rounds * runs.Length);
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "table 三 row: {0:F1} µs per split, {1:F0} choices examined on average", microseconds, (double)work / (rounds * runs.Length)));
            // The search's size, not its time, is what a test can hold (speed is the benchmarks' to measure): counted in
            // choices examined, which the same code examines on any machine.
            double perSplit = (double)work / (rounds * runs.Length);
            Assert.InRange(perSplit, 1, 200);
        }

        [Theory]
        [InlineData(20)]
        [InlineData(30)]
        [InlineData(40)]
        public void Long_runs_for_table_four_end_within_the_budget(int digits)
        {
            var splitter = new DigitRunSplitter(StatutoryRunShapes.AppealsRow());
            var random = new Random(digits);
            var options = new RunSplitOptions { Budget = 200_000 };
            long worst = 0;
            var statuses = new StringBuilder();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 20; i++)
            {
                string run = RandomDigits(random, digits);
                RunSplitResult result = splitter.Split(run, options);
                worst = Math.Max(worst, result.Work);
                Assert.True(result.Work <= options.Budget + 64, $"{result.Work} choices for a budget of {options.Budget}");
                Assert.Contains(result.Status, new[] { RunSplitStatus.Unique, RunSplitStatus.Ambiguous, RunSplitStatus.NoReading, RunSplitStatus.TooLong });
                statuses.Append(result.Status.ToString()[0]);
            }
            watch.Stop();
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "table 四, {0} random digits, 20 runs: {1:F1} ms each, at most {2} choices examined; statuses {3} (U unique, A ambiguous, N no reading, T too long)",
                digits, watch.Elapsed.TotalMilliseconds / 20, worst, statuses));
        }

        [Fact]
        public void A_forty_digit_run_that_cannot_be_settled_is_reported_as_too_long()
        {
            // 15 cells, no constraints to prune by, 40 non-zero digits: billions of compositions to count and walk.
            var shape = new RunShape(Array.ConvertAll(new int[15], _ => RunCell.Count()));
            var options = new RunSplitOptions { Budget = 5_000, Missing = MissingCells.ZerosLeftBlank };
            RunSplitResult result = DigitRunSplitter.Split(new string('7', 40), shape, options);
            _output.WriteLine($"40 × '7' into 15 cells, zeros dropped: {result.Status} after {result.Work} choices");
            Assert.Equal(RunSplitStatus.TooLong, result.Status);
            Assert.True(result.Work <= options.Budget);
            Assert.Contains("choices", result.Problem);
        }

        [Fact]
        public void The_same_run_with_a_generous_budget_is_counted_exactly_by_the_dynamic_programme()
        {
            // Without a running sum, the state is (position, cell): at most 41 × 16 states, however many splits.
            var shape = new RunShape(Array.ConvertAll(new int[15], _ => RunCell.Count()));
            RunSplitResult result = DigitRunSplitter.Split(new string('7', 40), shape);
            _output.WriteLine($"40 × '7' into 15 cells: {result.CandidateCount} splits counted with {result.Work} choices examined");
            Assert.Equal(RunSplitStatus.Ambiguous, result.Status);
            Assert.True(result.CandidateCount > 1_000_000_000L);
            Assert.True(result.Work < 20_000);
        }

        private static string RandomDigits(Random random, int length)
        {
            var builder = new StringBuilder(length);
            for (int i = 0; i < length; i++) builder.Append((char)('0' + (random.Next(3) == 0 ? 0 : random.Next(1, 10))));
            return builder.ToString();
        }
    }
}
