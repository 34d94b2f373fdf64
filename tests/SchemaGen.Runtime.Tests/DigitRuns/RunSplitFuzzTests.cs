using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>Random runs against random shapes and options (seeded): the splitter never throws, and what it returns is coherent.</summary>
    public class RunSplitFuzzTests
    {
        private const string Alphabet = "0000123456789０１９ 　.．+-－—/\u200B万a\uD800";

        [Fact]
        public void Random_runs_and_shapes_never_throw_and_results_hold_together()
        {
            var random = new Random(20200101);
            var seen = new Dictionary<RunSplitStatus, int>();
            for (int i = 0; i < 4000; i++)
            {
                RunShape shape = RandomShape(random);
                var options = new RunSplitOptions
                {
                    Missing = (MissingCells)random.Next(3),
                    Spaces = (SpaceReading)random.Next(2),
                    Budget = random.Next(-5, 20_000),
                    MaxCandidates = random.Next(-1, 30),
                };
                string run = RandomRun(random);
                RunSplitResult result = DigitRunSplitter.Split(run, shape, options);
                seen[result.Status] = seen.TryGetValue(result.Status, out int n) ? n + 1 : 1;

                Assert.True(result.Work <= Math.Max(0, options.Budget) + 1, $"work {result.Work} over budget {options.Budget}");
                switch (result.Status)
                {
                    case RunSplitStatus.Unique:
                        Assert.Single(result.Candidates);
                        Assert.Equal(shape.Cells.Count, result.Reading!.Cells.Count);
                        Assert.All(result.UsedConstraints, used => Assert.Contains(used, shape.Constraints));
                        Assert.All(result.UsedConstraints, used => Assert.DoesNotContain(used, result.Reading.BrokenConstraints));
                        AssertCoversText(result.Reading, run);
                        break;
                    case RunSplitStatus.Ambiguous:
                        Assert.True(result.CandidateCount >= 2);
                        Assert.NotEmpty(result.Candidates);
                        Assert.True(result.Candidates.Count <= Math.Max(1, options.MaxCandidates));
                        foreach (RunSplit candidate in result.Candidates) AssertCoversText(candidate, run);
                        break;
                    case RunSplitStatus.NotADigitRun:
                    case RunSplitStatus.InvalidShape:
                    case RunSplitStatus.TooLong:
                        Assert.False(string.IsNullOrEmpty(result.Problem));
                        break;
                }
            }
            foreach (RunSplitStatus status in Enum.GetValues(typeof(RunSplitStatus)))
                Assert.True(seen.ContainsKey(status), $"no {status} among the random cases");
        }

        [Fact]
        public void A_split_does_not_depend_on_the_splits_made_before_it_on_the_same_thread()
        {
            // Searches hand their memo and buffers on to the next search of the same shape: a run split after others
            // (long ones, aborted ones) must come out exactly as it does first.
            var splitter = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
            var random = new Random(20261129);
            var runs = new List<(string Run, RunSplitOptions Options)>();
            for (int i = 0; i < 300; i++)
            {
                string run = string.Concat(Enumerable.Range(0, random.Next(1, 22)).Select(_ => "0123456789 "[random.Next(11)]));
                runs.Add((run, new RunSplitOptions { Missing = (MissingCells)random.Next(3), Budget = random.Next(50, 20_000), MaxCandidates = random.Next(1, 8) }));
            }
            var first = new List<string>();
            foreach (var (run, options) in runs) first.Add(Describe(splitter.Split(run, options)));
            var statuses = new HashSet<string>();
            for (int i = runs.Count - 1; i >= 0; i--)
            {
                string again = Describe(splitter.Split(runs[i].Run, runs[i].Options));
                Assert.Equal(first[i], again);
                statuses.Add(again.Substring(0, again.IndexOf('|')));
            }
            Assert.Contains(nameof(RunSplitStatus.Unique), statuses);
            Assert.Contains(nameof(RunSplitStatus.Ambiguous), statuses);
            Assert.Contains(nameof(RunSplitStatus.TooLong), statuses);
        }

        [Fact]
        public void Threads_splitting_with_one_splitter_get_what_one_thread_gets()
        {
            // The buffers of finished searches are kept with the shape and handed on to any thread: two threads taking
            // them from each other must not change a result (nor fail).
            var splitter = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
            var random = new Random(20261130);
            var runs = Enumerable.Range(0, 200)
                .Select(_ => (Run: string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => "0123456789 "[random.Next(11)])),
                    Options: new RunSplitOptions { Missing = (MissingCells)random.Next(3), Budget = random.Next(50, 20_000), MaxCandidates = random.Next(1, 8) }))
                .ToList();
            var alone = runs.Select(r => Describe(splitter.Split(r.Run, r.Options))).ToList();
            var together = new string[2][];
            System.Threading.Tasks.Parallel.For(0, 2, t =>
            {
                var mine = new string[runs.Count];
                for (int round = 0; round < 3; round++)
                    for (int i = 0; i < runs.Count; i++)
                    {
                        int k = t == 0 ? i : runs.Count - 1 - i; // opposite orders, so that buffers pass between different runs
                        mine[k] = Describe(splitter.Split(runs[k].Run, runs[k].Options));
                    }
                together[t] = mine;
            });
            Assert.Equal(alone, together[0]);
            Assert.Equal(alone, together[1]);
            Assert.Contains(alone, d => d.StartsWith(nameof(RunSplitStatus.Ambiguous), StringComparison.Ordinal));
        }

        [Fact]
        public void The_cells_ambiguous_splits_agree_on_do_not_depend_on_how_many_splits_are_listed()
        {
            // Where every split is listed, the cells they agree on are read off the list; where the list is cut short, the
            // search's counted states are walked: both must name the same cells with the same readings.
            var random = new Random(20261203);
            RunShape[] statutory = { StatutoryRunShapes.ApplicationsRow(), StatutoryRunShapes.AppealsRow() };
            int fromList = 0, fromWalk = 0;
            for (int i = 0; i < 3000; i++)
            {
                RunShape shape = i % 3 == 0 ? RandomShape(random) : statutory[i % 2];
                var options = new RunSplitOptions { Missing = (MissingCells)random.Next(3), Spaces = (SpaceReading)random.Next(2), MaxCandidates = 500 };
                string run = i % 3 == 0 ? RandomRun(random) : Digits(random, random.Next(5, 10)); // digits alone split many ways
                var splitter = new DigitRunSplitter(shape);
                RunSplitResult all = splitter.Split(run, options);
                if (all.Status != RunSplitStatus.Ambiguous) continue;
                RunSplitResult one = splitter.Split(run, new RunSplitOptions { Missing = options.Missing, Spaces = options.Spaces, MaxCandidates = 1 });
                Assert.Equal(RunSplitStatus.Ambiguous, one.Status);
                Assert.Equal(string.Join(";", all.AgreedCells), string.Join(";", one.AgreedCells));
                Assert.Equal(all.AgreedCells.Select(c => c is { } r ? (r.Start, r.Length) : (-1, -1)), one.AgreedCells.Select(c => c is { } r ? (r.Start, r.Length) : (-1, -1)));
                if (all.CandidatesTruncated) fromWalk++;
                else fromList++;
            }
            Assert.True(fromList > 100 && fromWalk > 10, $"{fromList} ambiguous runs listed whole, {fromWalk} cut short");
        }

        private static string Digits(Random random, int length) => new string(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10))).ToArray());

        private static string Describe(RunSplitResult result)
            => string.Join("|", result.Status, result.Reading, result.CandidateCount, result.StructuralCount, result.Work,
                string.Join(";", result.Candidates), string.Join(";", result.UsedConstraints), string.Join(";", result.AgreedCells), result.Problem);

        /// <summary>The cells of a split take the run's figures in order, without overlapping.</summary>
        private static void AssertCoversText(RunSplit split, string run)
        {
            int end = 0;
            foreach (RunCellReading cell in split.Cells)
            {
                if (cell.State == RunCellState.Absent) continue;
                Assert.True(cell.Start >= end && cell.Start + cell.Length <= run.Length, $"{split} over '{run}'");
                end = cell.Start + cell.Length;
            }
        }

        private static RunShape RandomShape(Random random)
        {
            int count = random.Next(0, 18);
            var cells = new List<RunCell>();
            for (int j = 0; j < count; j++)
            {
                var kind = (RunCellKind)random.Next(3);
                decimal? max = random.Next(4) == 0 ? random.Next(-1, 2000) : null;
                int? digits = random.Next(5) == 0 ? random.Next(0, 5) : null;
                cells.Add(new RunCell("c" + j, kind, random.Next(-1, 8), max, digits));
            }
            var constraints = new List<RunConstraint>();
            for (int k = random.Next(0, 4); k > 0; k--)
            {
                int Cell() => random.Next(-1, count + 1);
                switch (random.Next(3))
                {
                    case 0:
                        constraints.Add(RunConstraint.Total("t" + k, Cell(), Cell(), Cell(), Cell()));
                        break;
                    case 1:
                        constraints.Add(RunConstraint.Linear("l" + k, new[] { new RunTerm(Cell(), random.Next(-3, 4)) }, (RunRelation)random.Next(3),
                            new[] { new RunTerm(Cell(), random.Next(-3, 4)), new RunTerm(Cell()) }, random.Next(-5, 50)));
                        break;
                    default:
                        constraints.Add(RunConstraint.Known("k" + k, Cell(), random.Next(0, 30) / (random.Next(2) == 0 ? 1m : 10m)));
                        break;
                }
            }
            return new RunShape(cells, constraints);
        }

        private static string RandomRun(Random random)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 45);
            for (int i = 0; i < length; i++)
            {
                char c = Alphabet[random.Next(Alphabet.Length)];
                if ((c == 'a' || c == '万' || char.IsSurrogate(c)) && random.Next(4) != 0) c = '1';
                builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
