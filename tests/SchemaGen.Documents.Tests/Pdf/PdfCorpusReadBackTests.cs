using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Documents.Pdf;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// Whole corpus reports (both format versions, tables 二 三 四, prose) written as PDF in each PDF shape, read by the
    /// PDF reader and the generated parser: no figure read wrong, and the share read is reported per shape.
    /// </summary>
    public sealed class PdfCorpusReadBackTests
    {
        private const int Seeds = 6;
        private readonly ITestOutputHelper _output;

        public PdfCorpusReadBackTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Cases
            => PdfShapes.All.SelectMany(shape => new[] { "2019", "2021" }.Select(version => new object[] { shape.Name, version }));

        [Theory]
        [MemberData(nameof(Cases))]
        public void Every_figure_read_from_a_corpus_pdf_is_the_figure_put_in(string shapeName, string version)
        {
            Shape shape = PdfShapes.All.Single(s => s.Name == shapeName);
            ReportFormat format = ReportFormat.Find(version);
            int expected = 0, read = 0, wrong = 0;
            var wrongCells = new List<string>();
            var unread = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            for (int seed = 0; seed < Seeds; seed++)
            {
                RenderedReport report = SchemaGen.Corpus.Corpus.Render(format, seed, shape);
                var back = SchemaGen.Corpus.Corpus.ReadWithGeneratedParser(format, new PdfDocumentReader().Read(report.Content, shapeName + ".pdf"));
                foreach (var (cell, value) in report.ExpectedCells)
                {
                    if (value.HasValue) expected++;
                    decimal? got = back.Cells.TryGetValue(cell, out decimal? v) ? v : null;
                    if (got is null)
                    {
                        if (value.HasValue) unread[cell.Table] = unread.GetValueOrDefault(cell.Table) + 1;
                        continue;
                    }
                    read++;
                    if (got == value) continue;
                    wrong++;
                    if (wrongCells.Count < 10) wrongCells.Add("seed " + seed + " " + cell + ": put " + value + ", read " + got);
                }
            }
            _output.WriteLine($"{shapeName} {version}: {read} of {expected} figures read ({100.0 * read / expected:0.0}%), {wrong} wrong; not read by table: "
                + string.Join(", ", unread.Select(p => p.Key + " " + p.Value)));
            Assert.True(expected > 0);
            Assert.True(wrong == 0, string.Join("\n", wrongCells));
            Assert.True(read > 0, "nothing was read");
        }
    }
}
