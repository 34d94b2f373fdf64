using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Corpus.Tests
{
    /// <summary>
    /// Issue 9's bar for the messy renderings: no wrong figure in any layout, and at least the stated share of figures
    /// read in each (95% for crawler text with stray spaces and 90% for pdftotext layout text, as the issue asks; the
    /// others at what they reach, so a drop is seen). What is not read is reported by the reader, with its candidates where
    /// it had any. The shares are printed, for the README. Text with its zero cells dropped and pdftotext's raw order are
    /// mostly not readable with certainty: 4% and 8% of their figures.
    /// </summary>
    public sealed class MessyTextReadingTests
    {
        private const int Seeds = 30;
        private readonly ITestOutputHelper _output;

        public MessyTextReadingTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Layouts => new[]
        {
            new object[] { Shapes.Flattened.Name, 0.95 },
            new object[] { Shapes.FlattenedSpaced.Name, 0.95 },
            new object[] { Shapes.FlattenedZerosDropped.Name, 0.03 },
            new object[] { Shapes.LayoutText.Name, 0.90 },
            new object[] { Shapes.LayoutTextPaged.Name, 0.90 },
            new object[] { Shapes.LayoutTextRepeatedHeader.Name, 0.90 },
            new object[] { Shapes.RawOrderText.Name, 0.05 },
            new object[] { Shapes.Markdown.Name, 0.95 },
            new object[] { Shapes.MarkdownOcr.Name, 0.95 },
            new object[] { Shapes.MarkdownWrongHeader.Name, 0.95 },
        };

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Every_figure_read_is_right_and_enough_are_read(string shapeName, double minimumShare)
        {
            Shape shape = Shapes.Find(shapeName);
            int stated = 0, read = 0, wrong = 0;
            var wrongCells = new List<string>();
            foreach (ReportFormat format in ReportFormat.All)
                for (int seed = 0; seed < Seeds; seed++)
                {
                    RenderedReport report = Corpus.Render(format, seed, shape);
                    ReadBack back = Corpus.ReadWithGeneratedParser(format, report.Text!);
                    foreach (var (cell, value) in report.ExpectedCells)
                    {
                        if (value.HasValue) stated++;
                        if (!back.Cells.TryGetValue(cell, out decimal? got) || got is null) continue;
                        if (got == value) { read++; continue; }
                        wrong++;
                        if (wrongCells.Count < 12) wrongCells.Add($"{format.Version} seed {seed} {cell}: put {value?.ToString() ?? "blank"}, read {got}");
                    }
                }
            double share = (double)read / stated;
            _output.WriteLine($"{shapeName}: {read} of {stated} stated figures read ({share:P1}), {wrong} wrong, over {Seeds * ReportFormat.All.Count} reports");
            Assert.True(wrong == 0, string.Join("\n", wrongCells));
            Assert.True(stated > 0);
            Assert.True(share >= minimumShare, $"{share:P1} read, at least {minimumShare:P0} expected");
        }
    }
}
