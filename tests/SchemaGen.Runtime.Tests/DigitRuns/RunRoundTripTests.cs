using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// Random valid rows of tables 三 and 四 (seeded, so a failure repeats), rendered as a crawler renders them
    /// and split back. The splitter may fail to decide, but never decides wrongly: no unique split and no agreed
    /// cell differs from the figures the run was made of, and an undecided row always lists the true split among
    /// its candidates. The share read per rendering is printed.
    /// </summary>
    public class RunRoundTripTests
    {
        private readonly ITestOutputHelper _output;

        public RunRoundTripTests(ITestOutputHelper output) => _output = output;

        private sealed class Rendering
        {
            public Rendering(string name, bool dropZeros, double spaceChance, RunSplitOptions options)
            {
                Name = name;
                DropZeros = dropZeros;
                SpaceChance = spaceChance;
                Options = options;
            }

            public string Name { get; }
            public bool DropZeros { get; }
            public double SpaceChance { get; }
            public RunSplitOptions Options { get; }
        }

        private static readonly Rendering[] Renderings =
        {
            new Rendering("flattened", false, 0, new RunSplitOptions()),
            new Rendering("stray spaces, read as boundaries", false, 0.3, new RunSplitOptions()),
            new Rendering("stray spaces, read as noise", false, 0.3, new RunSplitOptions { Spaces = SpaceReading.Noise }),
            new Rendering("zeros dropped", true, 0, new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank }),
            new Rendering("zeros dropped, stray spaces", true, 0.3, new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank }),
        };

        private sealed class Tally
        {
            public int Rows, Unique, Ambiguous, NoReading, TooLong, TruthListed, TruthNotChecked;
            public int Cells, CellsRead, WrongCells;
            public long Work;

            public string Line(string name)
                => string.Format(CultureInfo.InvariantCulture,
                    "{0,-34} rows {1,5}  unique {2,6:P1}  ambiguous {3,6:P1}  too long {4,4}  figures read {5,6:P1}  wrong {6}  mean work {7,6:F0}",
                    name, Rows, (double)Unique / Rows, (double)Ambiguous / Rows, TooLong, (double)CellsRead / Cells, WrongCells, (double)Work / Rows);
        }

        [Fact]
        public void Table_three_rows_split_back_without_a_wrong_figure()
            => RoundTrip("table 三", new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow()), ApplicationsRowValues, rows: 2000, seed: 20230101);

        [Fact]
        public void Table_four_rows_split_back_without_a_wrong_figure()
            => RoundTrip("table 四", new DigitRunSplitter(StatutoryRunShapes.AppealsRow()), AppealsRowValues, rows: 1000, seed: 20210929);

        private void RoundTrip(string table, DigitRunSplitter splitter, Func<Random, int[]> rowValues, int rows, int seed)
        {
            var random = new Random(seed);
            var generated = new List<int[]>();
            for (int i = 0; i < rows; i++) generated.Add(rowValues(random));
            Assert.Contains(generated, row => row.Any(v => v >= 10)); // the sample holds multi-digit figures

            foreach (Rendering rendering in Renderings)
            {
                var tally = new Tally();
                var renderRandom = new Random(seed + rendering.Name.Length);
                foreach (int[] values in generated)
                {
                    string run = Render(values, rendering, renderRandom);
                    RunSplitResult result = splitter.Split(run, rendering.Options);
                    Count(tally, values, rendering, result, run);
                }
                _output.WriteLine(tally.Line(table + ", " + rendering.Name));
                Assert.Equal(0, tally.WrongCells);
                Assert.Equal(0, tally.NoReading);
                Assert.Equal(tally.Ambiguous - tally.TruthNotChecked, tally.TruthListed);
                Assert.True(tally.Unique > 0);
            }
        }

        private static void Count(Tally tally, int[] values, Rendering rendering, RunSplitResult result, string run)
        {
            tally.Rows++;
            tally.Cells += values.Length;
            tally.Work += result.Work;
            switch (result.Status)
            {
                case RunSplitStatus.Unique:
                    tally.Unique++;
                    break;
                case RunSplitStatus.Ambiguous:
                    tally.Ambiguous++;
                    if (result.CandidatesTruncated) tally.TruthNotChecked++;
                    else if (result.Candidates.Any(c => Matches(c.Cells, values, rendering))) tally.TruthListed++;
                    break;
                case RunSplitStatus.TooLong:
                    tally.TooLong++;
                    return;
                default:
                    tally.NoReading++;
                    return;
            }
            for (int j = 0; j < values.Length; j++)
            {
                if (result.AgreedCells[j] is not RunCellReading cell) continue;
                tally.CellsRead++;
                if (!Matches(cell, values[j], rendering))
                {
                    tally.WrongCells++;
                    Assert.Fail($"run '{run}' ({rendering.Name}) reads cell {j} as {cell} but it was {values[j]}: {SplitAssert.Describe(result)}");
                }
            }
        }

        private static bool Matches(IReadOnlyList<RunCellReading> cells, int[] values, Rendering rendering)
        {
            for (int j = 0; j < values.Length; j++)
                if (!Matches(cells[j], values[j], rendering)) return false;
            return true;
        }

        private static bool Matches(RunCellReading cell, int value, Rendering rendering)
            => rendering.DropZeros && value == 0 ? cell.State == RunCellState.Absent : cell.IsFigure && cell.Value == value;

        private static string Render(int[] values, Rendering rendering, Random random)
        {
            var builder = new StringBuilder();
            foreach (int value in values)
            {
                if (rendering.DropZeros && value == 0) continue;
                if (builder.Length > 0 && random.NextDouble() < rendering.SpaceChance) builder.Append(random.Next(2) == 0 ? " " : "　");
                builder.Append(value.ToString(CultureInfo.InvariantCulture));
            }
            return builder.ToString();
        }

        [Fact]
        public void Whole_tables_three_split_back_and_their_column_rules_decide_more_rows_without_a_wrong_figure()
        {
            var random = new Random(20240331);
            var splitter = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
            foreach (bool dropZeros in new[] { false, true })
            {
                // Complete candidate lists let the column rules choose; a truncated list takes its row out of play.
                var options = new RunSplitOptions { Missing = dropZeros ? MissingCells.ZerosLeftBlank : MissingCells.None, MaxCandidates = 200 };
                var rendering = new Rendering(dropZeros ? "zeros dropped" : "flattened", dropZeros, 0, options);
                int cells = 0, readAlone = 0, readAcross = 0, contradictory = 0, exhausted = 0;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                for (int t = 0; t < Tables; t++)
                {
                    int[][] table = TableThreeValues(random);
                    var results = table.Select(row => splitter.Split(Render(row, rendering, random), options)).ToList();
                    var paths = TableThreeLeafPaths.Select((path, i) => new KeyValuePair<string, RunSplitResult>(path, results[i])).ToList();
                    CrossRunResolution resolution = CrossRunResolver.Resolve(results, FlattenedTableThree.ColumnRules(paths));
                    if (resolution.IsContradictory) contradictory++;
                    for (int r = 0; r < table.Length; r++)
                    {
                        cells += table[r].Length;
                        RunSplitResult alone = results[r];
                        for (int j = 0; j < table[r].Length; j++)
                        {
                            RunCellReading? agreed = alone.AgreedCells.Count > j ? alone.AgreedCells[j] : null;
                            RunSplit? across = resolution.Runs[r].Reading;
                            if (agreed is RunCellReading own)
                            {
                                readAlone++;
                                Assert.True(Matches(own, table[r][j], rendering), $"table {t} row {TableThreeLeafPaths[r]} cell {j}: {own} for {table[r][j]}");
                            }
                            if (across is not null)
                            {
                                readAcross++;
                                Assert.True(Matches(across.Cells[j], table[r][j], rendering), $"table {t} row {TableThreeLeafPaths[r]} cell {j} across runs: {across.Cells[j]} for {table[r][j]}");
                            }
                            else if (agreed is not null)
                            {
                                readAcross++;
                            }
                        }
                    }
                }
                watch.Stop();
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "table 三 as {0} whole tables, {1,-13}: figures read row by row {2,6:P1}, with the column rules {3,6:P1}; search over budget {4}; {5:F0} ms per table",
                    Tables, rendering.Name, (double)readAlone / cells, (double)readAcross / cells, exhausted, watch.Elapsed.TotalMilliseconds / Tables));
                Assert.Equal(0, contradictory); // the true split of every row is among its candidates, so the truth is a consistent combination
                Assert.True(readAcross >= readAlone);
            }
        }

        private const int Tables = 40;

        /// <summary>The 25 rows of figures of the 2021 table 三, in order.</summary>
        private static readonly string[] TableThreeLeafPaths =
        {
            "NewlyReceived", "CarriedOver", "Outcomes.Granted", "Outcomes.PartiallyGranted",
            "Outcomes.Withheld.1", "Outcomes.Withheld.2", "Outcomes.Withheld.3", "Outcomes.Withheld.4", "Outcomes.Withheld.5", "Outcomes.Withheld.6", "Outcomes.Withheld.7", "Outcomes.Withheld.8",
            "Outcomes.UnableToProvide.1", "Outcomes.UnableToProvide.2", "Outcomes.UnableToProvide.3",
            "Outcomes.NotProcessed.1", "Outcomes.NotProcessed.2", "Outcomes.NotProcessed.3", "Outcomes.NotProcessed.4", "Outcomes.NotProcessed.5",
            "Outcomes.OtherHandling.1", "Outcomes.OtherHandling.2", "Outcomes.OtherHandling.3", "Outcomes.Total", "CarriedForward",
        };

        /// <summary>A consistent table 三: per applicant column a few non-zero outcomes; the totals and the balance computed.</summary>
        private static int[][] TableThreeValues(Random random)
        {
            int rows = TableThreeLeafPaths.Length;
            int total = rows - 2, carriedForward = rows - 1;
            var table = new int[rows][];
            for (int r = 0; r < rows; r++) table[r] = new int[7];
            for (int c = 0; c < 6; c++)
            {
                if (random.NextDouble() > (c == 0 ? 0.9 : 0.3)) continue;
                int scale = Scale(random);
                int nonZero = random.Next(1, 4);
                for (int k = 0; k < nonZero; k++) table[2 + random.Next(total - 2)][c] += random.Next(1, Math.Max(2, scale / nonZero + 1));
                for (int r = 2; r < total; r++) table[total][c] += table[r][c];
                if (random.NextDouble() < 0.2) table[carriedForward][c] = random.Next(1, 4);
                if (random.NextDouble() < 0.2) table[1][c] = random.Next(0, table[total][c] + table[carriedForward][c] + 1);
                table[0][c] = table[total][c] + table[carriedForward][c] - table[1][c];
            }
            foreach (int[] row in table) row[6] = row.Take(6).Sum();
            return table;
        }

        /// <summary>
        /// A row as real reports fill it: most rows are all zero or nearly so, natural persons dominate, the
        /// organisation columns are mostly zero, and a few reports count in the hundreds or thousands.
        /// </summary>
        private static int[] ApplicationsRowValues(Random random)
        {
            var row = new int[7];
            if (random.NextDouble() < 0.3) return row;
            int scale = Scale(random);
            row[0] = random.NextDouble() < 0.85 ? random.Next(1, scale + 1) : 0;
            for (int j = 1; j <= 5; j++)
                row[j] = random.NextDouble() < 0.25 ? random.Next(1, Math.Max(2, scale / 3 + 1)) : 0;
            row[6] = row.Take(6).Sum();
            return row;
        }

        /// <summary>Table 四: most groups all zero; otherwise a few cases, mostly upheld or pending.</summary>
        private static int[] AppealsRowValues(Random random)
        {
            var row = new int[15];
            for (int g = 0; g < 3; g++)
            {
                if (random.NextDouble() < 0.55) continue;
                int scale = random.NextDouble() < 0.8 ? 4 : 40;
                for (int j = 0; j < 4; j++)
                    row[g * 5 + j] = random.NextDouble() < 0.5 ? random.Next(1, scale + 1) : 0;
                row[g * 5 + 4] = row[g * 5] + row[g * 5 + 1] + row[g * 5 + 2] + row[g * 5 + 3];
            }
            return row;
        }

        private static int Scale(Random random)
        {
            double draw = random.NextDouble();
            return draw < 0.4 ? 5 : draw < 0.8 ? 50 : draw < 0.95 ? 500 : 3000;
        }
    }
}
