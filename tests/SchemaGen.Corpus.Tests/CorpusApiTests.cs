using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Corpus.Tests
{
    public sealed class CorpusApiTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusApiTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> AllShapes => Shapes.All.Select(s => new object[] { s.Name });

        [Theory]
        [MemberData(nameof(AllShapes))]
        public void Every_shape_renders_the_same_bytes_from_the_same_seed(string shapeName)
        {
            Shape shape = Shapes.Find(shapeName);
            foreach (ReportFormat format in ReportFormat.All)
            {
                RenderedReport first = Corpus.Render(format, 51, shape, BreakageKind.FigureChanged);
                RenderedReport again = Corpus.Render(format, 51, shape, BreakageKind.FigureChanged);
                RenderedReport other = Corpus.Render(format, 52, shape, BreakageKind.FigureChanged);
                Assert.Equal(first.Content, again.Content);
                Assert.Equal(first.Breakage, again.Breakage);
                Assert.NotEqual(first.Content, other.Content);
            }
        }

        [Fact]
        public void A_sample_cycles_through_formats_and_shapes_and_breaks_its_share()
        {
            var sample = Corpus.Sample(2 * Shapes.Readable.Count * 4, 9, new SampleOptions { BrokenShare = 0.5 }).ToList();
            Assert.Equal(ReportFormat.All.Select(f => f.Version).OrderBy(v => v), sample.Select(r => r.Format.Version).Distinct().OrderBy(v => v));
            Assert.Equal(Shapes.Readable.Select(s => s.Name).OrderBy(n => n), sample.Select(r => r.Shape.Name).Distinct().OrderBy(n => n));
            int broken = sample.Count(r => !r.IsValid);
            Assert.InRange(broken, sample.Count / 4, sample.Count * 3 / 4);
            Assert.Equal(Enum.GetValues<BreakageKind>().Length - 1, sample.Where(r => !r.IsValid).Select(r => r.Breakage.Kind).Distinct().Count());
            Assert.Equal(sample.Select(r => r.FileName), Corpus.Sample(sample.Count, 9, new SampleOptions { BrokenShare = 0.5 }).Select(r => r.FileName));
            Assert.Equal(sample.Count, sample.Select(r => r.FileName).Distinct().Count());
        }

        [Fact]
        public void Write_to_a_directory_gives_one_file_per_report_and_a_manifest_line_each()
        {
            string directory = Path.Combine(Path.GetTempPath(), "schemagen-corpus-" + Guid.NewGuid().ToString("N"));
            try
            {
                var options = new SampleOptions { BrokenShare = 0.3, Shapes = Shapes.All };
                IReadOnlyList<ManifestEntry> entries = Corpus.WriteTo(directory, 60, 5, options);
                string[] lines = File.ReadAllLines(Path.Combine(directory, CorpusManifest.FileName));
                Assert.Equal(60, entries.Count);
                Assert.Equal(60, lines.Length);
                var reports = Corpus.Sample(60, 5, options).ToList();
                foreach (var (line, report) in lines.Zip(reports))
                {
                    ManifestEntry entry = CorpusManifest.Deserialize(line)!;
                    Assert.Equal(report.FileName, entry.File);
                    Assert.Equal(report.Content, File.ReadAllBytes(Path.Combine(directory, entry.File)));
                    Assert.Equal(report.ExpectedCells.Count, entry.Cells.Count);
                    Assert.Equal(report.ExpectedFindings.Count, entry.Findings.Count);
                    foreach (ManifestCell cell in entry.Cells)
                        Assert.Equal(report.ExpectedCells[new CellRef(cell.Table, cell.Row, cell.Column)], cell.Value is null ? null : decimal.Parse(cell.Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                Assert.Contains(lines, l => l.Contains("\"readable\":false"));
            }
            finally
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void A_sample_of_each_kind_renders_whole_and_its_time_is_printed()
        {
            // Warm up every writer once, then time a mixed sample: printed for a reader, not asserted (speed is the benchmarks'
            // to measure, `corpus` and `process` in tests/SchemaGen.Benchmarks).
            Corpus.Sample(Shapes.All.Count * 2, 1, new SampleOptions { Shapes = Shapes.All }).ToList();
            foreach (var (name, shapes) in new[] { ("text", Shapes.TextShapes), ("html", Shapes.HtmlShapes), ("docx", Shapes.WordShapes) })
            {
                const int count = 200;
                var watch = Stopwatch.StartNew();
                var sample = Corpus.Sample(count, 2, new SampleOptions { Shapes = shapes }).ToList();
                double perReport = watch.Elapsed.TotalMilliseconds / count;
                long bytes = sample.Sum(r => (long)r.Content.Length);
                _output.WriteLine($"{name}: {perReport:0.00} ms per report, {bytes / count} bytes on average");
                Assert.Equal(count, sample.Count);
                Assert.All(sample, r => Assert.True(r.Content.Length > 0, r.FileName));
            }
        }
    }
}
