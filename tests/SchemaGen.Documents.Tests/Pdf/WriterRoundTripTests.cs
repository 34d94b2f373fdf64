using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Documents.Pdf;
using SchemaGen.Runtime.Documents;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>Documents written by the corpus PDF writer in every layout it has, read back: every figure in its place.</summary>
    public sealed class WriterRoundTripTests
    {
        private readonly ITestOutputHelper _output;

        public WriterRoundTripTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Ruled_table_with_vertical_labels_reads_back_cell_for_cell()
        {
            TableBlock written = ReportTableShapes.Table3(ReportTableShapes.RandomFigures(new Random(7), 0.1));
            Document read = ReadBack(ReportTableShapes.Report(written), new PdfLayoutOptions());

            TableBlock table = Assert.Single(read.Blocks.OfType<TableBlock>());
            Assert.Equal(written.RowCount, table.RowCount);
            Assert.Equal(written.ColumnCount, table.ColumnCount);
            for (int r = 0; r < written.RowCount; r++)
                Assert.Equal(written.RowTexts(r).Select(TableKeys.Squeeze), table.RowTexts(r).Select(TableKeys.Squeeze));
            Assert.Equal(TableStructure.Inferred, table.Structure);
        }

        /// <summary>
        /// Many seeded random tables 三 and 四 in random layouts (ruled or not, borders as lines or bars, vertical labels or not,
        /// narrow label columns, page breaks inside the table with or without the header repeated, three page-number
        /// styles): every figure read is the figure written in the same row and column; figures not read are counted.
        /// </summary>
        [Fact]
        public void Random_tables_in_every_layout_place_every_figure_they_read_in_the_right_slot()
        {
            const int Seeds = 60;
            int written = 0, placed = 0, misplaced = 0, underUnknownLabel = 0;
            var perLayout = new SortedDictionary<string, (int Written, int Placed)>(StringComparer.Ordinal);
            var failures = new List<string>();
            for (int seed = 1; seed <= Seeds; seed++)
            {
                var random = new Random(seed);
                PdfLayoutOptions options = RandomOptions(random);
                TableBlock table = ReportTableShapes.Table3(ReportTableShapes.RandomFigures(random, random.NextDouble() * 0.3), groups: random.Next(3, 8), maxSubs: random.Next(1, 9));
                TableBlock appeals = ReportTableShapes.Table4(ReportTableShapes.RandomFigures(random, 0.2));
                Document read = ReadBack(ReportTableShapes.Report(table, appeals), options);

                // Table 四's figures are named by their column alone (it has no row label): prefixed to keep the tables apart.
                Dictionary<(string Row, string Column), string> expected = Named(TableKeys.Figures(table), TableKeys.Figures(appeals));
                HashSet<string> rows = new HashSet<string>(TableKeys.RowKeys(table).Concat(TableKeys.RowKeys(appeals).Select(k => "四" + k)));
                List<TableBlock> tables = read.Blocks.OfType<TableBlock>().ToList();
                Assert.True(tables.Count == 2, "seed " + seed + ": two tables\n" + Dump(read));
                var found = Named(TableKeys.Figures(tables[0]), TableKeys.Figures(tables[1]));
                int tablePlaced = 0;
                foreach (var pair in expected)
                    if (found.TryGetValue(pair.Key, out string? value) && value == pair.Value) tablePlaced++;
                foreach (var pair in found)
                {
                    // A figure under a label that names no row of the table cannot be placed by a reader: not placed, not wrong.
                    if (!rows.Contains(pair.Key.Row)) underUnknownLabel++;
                    else if (!expected.TryGetValue(pair.Key, out string? value) || value != pair.Value)
                    {
                        misplaced++;
                        failures.Add("seed " + seed + ": read " + pair.Value + " at " + pair.Key + ", where " + (value ?? "nothing") + " was written");
                    }
                }
                written += expected.Count;
                placed += tablePlaced;
                string layout = Describe(options);
                perLayout.TryGetValue(layout, out var sums);
                perLayout[layout] = (sums.Written + expected.Count, sums.Placed + tablePlaced);
                if (tablePlaced < expected.Count)
                {
                    _output.WriteLine("seed " + seed + " (" + layout + "): placed " + tablePlaced + " of " + expected.Count);
                    if (Environment.GetEnvironmentVariable("SCHEMAGEN_PDF_DUMP") is string dumpDirectory)
                    {
                        System.IO.File.WriteAllText(System.IO.Path.Combine(dumpDirectory, "seed" + seed + ".txt"), Dump(read));
                        System.IO.File.WriteAllBytes(System.IO.Path.Combine(dumpDirectory, "seed" + seed + ".pdf"), PdfReportWriter.Write(ReportTableShapes.Report(table, appeals), options));
                    }
                }
            }

            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} tables, {1} figures written: {2} placed ({3:P2}), {4} misplaced, {5} not placed ({6} of them read under a label that names no row)", Seeds, written, placed, (double)placed / written, misplaced, written - placed, underUnknownLabel));
            foreach (var pair in perLayout)
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1}/{2} placed ({3:P2})", pair.Key, pair.Value.Placed, pair.Value.Written, (double)pair.Value.Placed / pair.Value.Written));
            foreach (string failure in failures.Take(5)) _output.WriteLine(failure);
            Assert.True(written > 1000, "the corpus holds figures");
            Assert.Equal(0, misplaced);
            Assert.True(placed >= written * 0.99, "at least 99% of figures placed");
        }

        private static Dictionary<(string Row, string Column), string> Named(Dictionary<(string Row, string Column), string> three, Dictionary<(string Row, string Column), string> four)
        {
            var all = new Dictionary<(string Row, string Column), string>(three);
            foreach (var pair in four) all[("四" + pair.Key.Row, pair.Key.Column)] = pair.Value;
            return all;
        }

        private static PdfLayoutOptions RandomOptions(Random random) => new PdfLayoutOptions
        {
            RuledTables = random.Next(3) > 0,
            BordersAsFilledBars = random.Next(2) == 0,
            VerticalSpanningLabels = random.Next(4) > 0,
            MaxLabelColumnWidthInEms = 5 + random.Next(8),
            RepeatTableHeader = random.Next(2) == 0,
            BreakTableBeforeBodyRow = random.Next(3) > 0 ? random.Next(3, 14) : null,
            PageNumbers = (PageNumberStyle)random.Next(3),
            RunningHeader = random.Next(4) > 0 ? "XX市人民政府2023年政府信息公开工作年度报告" : null,
        };

        private static string Describe(PdfLayoutOptions options)
            => (options.RuledTables ? (options.BordersAsFilledBars ? "ruled (bars)" : "ruled (lines)") : "stream")
                + (options.VerticalSpanningLabels ? ", vertical labels" : "")
                + (options.BreakTableBeforeBodyRow is null ? "" : options.RepeatTableHeader ? ", page break, header repeated" : ", page break");

        internal static Document ReadBack(Document document, PdfLayoutOptions options)
        {
            byte[] pdf = PdfReportWriter.Write(document, options);
            return new PdfDocumentReader().Read(pdf, "written.pdf");
        }

        internal static string Dump(Document document)
        {
            var text = new System.Text.StringBuilder();
            foreach (DocumentNote note in document.Notes) text.AppendLine("NOTE " + note);
            foreach (Block block in document.Blocks)
            {
                if (block is TextBlock t) text.AppendLine((t.IsHeading ? "H " : "P ") + t.Location + ": " + t.Text.Replace("\n", "⏎"));
                else if (block is TableBlock table)
                {
                    text.AppendLine("TABLE " + table.RowCount + "x" + table.ColumnCount + " " + table.Location);
                    for (int r = 0; r < table.RowCount; r++) text.AppendLine("  | " + string.Join(" | ", table.RowTexts(r).Select(x => x.Replace("\n", "⏎"))));
                }
            }
            return text.ToString();
        }
    }
}
