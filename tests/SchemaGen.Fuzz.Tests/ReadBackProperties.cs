using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using CsCheck;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Documents.Html;
using SchemaGen.Documents.Pdf;
using SchemaGen.Documents.Text;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using Xunit.Abstractions;
using CorpusApi = SchemaGen.Corpus.Corpus;

namespace SchemaGen.Fuzz.Tests
{
    /// <summary>
    /// Property tests over the rendered corpus (issue 14 item 6), with CsCheck: random valid reports rendered into every
    /// layout a reader accepts read back with no wrong figure; any single figure changed is caught by a rule or reported
    /// as not placeable; a report with any other defect (a cell or the totals blank, a header level or a table left out)
    /// has no figure read other than shown. Each shape is its own case, so every shape is tried on every run; within a shape CsCheck draws
    /// the format version and the report's seed (a failure prints CsCheck's seed to replay it: set CsCheck_Seed).
    /// </summary>
    public sealed class ReadBackProperties
    {
        /// <summary>
        /// Reports drawn per shape and property: both properties over every shape stay around a minute in all on the
        /// 2-core machine. SCHEMAGEN_PROPERTY_ITER raises it for a longer look.
        /// </summary>
        private static readonly int Iterations = Setting("SCHEMAGEN_PROPERTY_ITER", 3);

        private static int Setting(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

        private readonly ITestOutputHelper _output;

        public ReadBackProperties(ITestOutputHelper output) => _output = output;

        /// <summary>Every shape a reader accepts: text, HTML, Word and PDF.</summary>
        public static IReadOnlyList<Shape> ReadableShapes { get; } = Shapes.Readable.Concat(PdfShapes.All).ToArray();

        /// <summary>Every shape the corpus renders, those no reader accepts (legacy binary Word files) included.</summary>
        public static IReadOnlyList<Shape> AllShapes { get; } = Shapes.All.Concat(PdfShapes.All).ToArray();

        public static IEnumerable<object[]> ShapeNames => ReadableShapes.Select(s => new object[] { s.Name });

        public static IEnumerable<object[]> AllShapeNames => AllShapes.Select(s => new object[] { s.Name });

        private static readonly Gen<(ReportFormat Format, long Seed)> Reports =
            Gen.Select(Gen.Int[0, 1], Gen.Long[0, 999_999_999], (f, seed) => (ReportFormat.All[f], seed));

        /// <summary>The reader of the shape's kind, reading the bytes a publisher would put online.</summary>
        public static Document ReadBytes(RenderedReport report)
        {
            IDocumentReader reader = report.Kind switch
            {
                DocumentKind.Text => new PlainTextDocumentReader(),
                DocumentKind.Html => new HtmlDocumentReader(),
                DocumentKind.Word => new WordDocumentReader(),
                _ => new PdfDocumentReader(),
            };
            return reader.Read(report.Content, report.FileName);
        }

        private static Shape ShapeNamed(string name) => AllShapes.Single(s => s.Name == name);

        [Fact]
        public void Every_layout_of_the_corpus_is_tried()
        {
            Assert.NotEmpty(PdfShapes.All);
            Assert.Contains(AllShapes, s => !s.IsReadable);
            Assert.Equal(Shapes.All.Count + PdfShapes.All.Count, AllShapeNames.Count());
        }

        [Theory]
        [MemberData(nameof(AllShapeNames))]
        public void Every_figure_read_is_the_figure_rendered(string shapeName)
        {
            Shape shape = ShapeNamed(shapeName);
            int reports = 0, expected = 0, placed = 0;
            Reports.Sample(input =>
            {
                RenderedReport report = CorpusApi.Render(input.Format, input.Seed, shape);
                Document document = ReadBytes(report);
                // A layout no reader accepts is refused in words, never read as blanks silently.
                if (!shape.IsReadable)
                    Assert.True(document.Notes.Any(n => n.Severity == FindingSeverity.Error), $"{report}: a {shape.Name} file was not refused with an error note");
                ReportReading reading = GeneratedCode.Read(input.Format.Version, document);
                var wrong = new List<string>();
                foreach (var (cell, value) in report.ExpectedCells)
                {
                    if (value.HasValue) Interlocked.Increment(ref expected);
                    TableReading table = reading.Tables.First(t => t.TableId == cell.Table);
                    decimal? got = table.Amount(cell.Row, cell.Column);
                    // A figure not read is fine when said; read as a blank cell with no word on its row, it is lost silently.
                    if (got is null && value.HasValue && table.Cells.TryGetValue((cell.Row, cell.Column), out CellReading blank) && blank.Raw.Trim().Length == 0
                        && !reading.Diagnostics.Any(d => d.Table == cell.Table && d.Row == cell.Row && d.Severity != FindingSeverity.Info))
                        wrong.Add($"{cell}: rendered {Text(value)}, read as a blank cell and nothing on its row says why");
                    if (got is null) continue;
                    Interlocked.Increment(ref placed);
                    if (got != value) wrong.Add($"{cell}: rendered {Text(value)}, read {Text(got)}");
                }
                Interlocked.Increment(ref reports);
                Assert.True(wrong.Count == 0, $"{report}: {wrong.Count} wrong figures\n" + string.Join("\n", wrong.Take(10)));
            }, iter: Iterations, threads: 1, print: r => $"{r.Format.Version} seed {r.Seed}");
            _output.WriteLine($"{shapeName}: {reports} reports, {placed} of {expected} figures read, 0 wrong");
            Assert.True(reports > 0, "no report was drawn");
        }

        [Theory]
        [MemberData(nameof(ShapeNames))]
        public void A_changed_figure_is_caught_by_a_rule_or_reported_as_not_placeable(string shapeName)
        {
            Shape shape = ShapeNamed(shapeName);
            int reports = 0, caught = 0, notPlaceable = 0, noRule = 0;
            Reports.Sample(input =>
            {
                RenderedReport report = CorpusApi.Render(input.Format, input.Seed, shape, BreakageKind.FigureChanged);
                CellRef cell = report.Breakage.Cell!.Value;
                // What the report shows in the cell: the changed figure, or a blank where the shape leaves zero cells empty.
                decimal? shown = report.ExpectedCells[cell];
                ReportReading reading = GeneratedCode.Read(input.Format.Version, ReadBytes(report));
                TableReading table = reading.Tables.First(t => t.TableId == cell.Table);
                bool expectedViolation = report.ExpectedFindings.Any(f => f.Kind == SchemaGen.Corpus.Findings.FindingKind.Violation && f.Cells.Contains(cell));
                Interlocked.Increment(ref reports);

                if (!table.Cells.TryGetValue((cell.Row, cell.Column), out CellReading read))
                {
                    // Not placed: it must be said, in the table's diagnostics (a row or a table that could not be placed).
                    Assert.True(reading.Diagnostics.Any(d => d.Table == cell.Table && d.Severity != FindingSeverity.Info),
                        $"{report}: the changed cell was not placed and nothing says so about table {cell.Table}");
                    Interlocked.Increment(ref notPlaceable);
                    return;
                }
                Assert.True(read.Value == shown, $"{report}: the changed cell was read as {Text(read.Value)}, not as shown ({Text(shown)})");
                if (!expectedViolation)
                {
                    // No rule names the cell in a way the change breaks (the corpus's own rule check says so): read as shown is all there is to ask.
                    Interlocked.Increment(ref noRule);
                    return;
                }
                ValidationResult validation = GeneratedCode.Validate(input.Format.Version, reading);
                Assert.True(validation.Findings.Any(f => f.Kind == FindingKind.Violation && f.Involves(cell.Row, cell.Column) && f.Table == cell.Table),
                    $"{report}: no rule caught the change; the validator said:\n{validation}");
                Interlocked.Increment(ref caught);
            }, iter: Iterations, threads: 1, print: r => $"{r.Format.Version} seed {r.Seed}");
            _output.WriteLine($"{shapeName}: {reports} reports with one figure changed: {caught} caught by a rule, {notPlaceable} not placed (and said so), {noRule} in no rule the change breaks (read as shown)");
            Assert.True(reports > 0, "no report was drawn");
        }

        /// <summary>The defects other than a changed figure: each leaves the figures still shown exactly as they are.</summary>
        private static readonly BreakageKind[] OtherBreakages =
            { BreakageKind.CellBlank, BreakageKind.HeaderLevelMissing, BreakageKind.TableMissing, BreakageKind.TotalsBlank };

        /// <summary>
        /// Misreads of broken reports found by this property and still open (README, known limits of reading): in a crawler
        /// dump a cell or the totals left blank leave nothing in the row's run, and where the digits left still fill every
        /// cell and no rule tells the splits apart (table 二's item rows have none), the row is read as if whole; with a table
        /// left out, a dump of a page that drops its zero cells is not known to. The cases of the first that rules do decide
        /// are kept in <see cref="ReadBackRegressionTests"/>.
        /// </summary>
        private static bool KnownOpen(Shape shape, BreakageKind kind)
        {
            bool crawlerDump = shape == Shapes.Flattened || shape == Shapes.FlattenedSpaced || shape == Shapes.FlattenedZerosDropped;
            return (crawlerDump && kind is BreakageKind.CellBlank or BreakageKind.TotalsBlank)
                || (kind == BreakageKind.TableMissing && shape == Shapes.FlattenedZerosDropped);
        }

        [Theory]
        [MemberData(nameof(ShapeNames))]
        public void No_figure_of_a_broken_report_is_read_other_than_shown(string shapeName)
        {
            Shape shape = ShapeNamed(shapeName);
            BreakageKind[] kinds = OtherBreakages.Where(k => !KnownOpen(shape, k)).ToArray();
            Assert.NotEmpty(kinds);
            var brokenReports = Gen.Select(Gen.Int[0, 1], Gen.Long[0, 999_999_999], Gen.Int[0, kinds.Length - 1], (f, seed, kind) => (Format: ReportFormat.All[f], Seed: seed, Kind: kinds[kind]));
            int reports = 0, read = 0, examined = 0;
            void Check(ReportFormat format, long seed, BreakageKind kind)
            {
                RenderedReport report = CorpusApi.Render(format, seed, shape, kind);
                ReportReading reading = GeneratedCode.Read(format.Version, ReadBytes(report));
                List<string> wrong = FiguresReadOtherThanShown(report, reading, out int cells, out int figures);
                Interlocked.Add(ref examined, cells);
                Interlocked.Add(ref read, figures);
                Interlocked.Increment(ref reports);
                Assert.True(wrong.Count == 0, $"{report}: {wrong.Count} figures read other than shown\n" + string.Join("\n", wrong.Take(10)));
            }
            brokenReports.Sample(input => Check(input.Format, input.Seed, input.Kind), iter: Iterations, threads: 1, print: r => $"{r.Format.Version} seed {r.Seed} {r.Kind}");
            // A broken report may rightly read no cell at all (in raw-order text a fifth of them do, most with their totals
            // blank), so a few random draws can all read none (about one CI run in a hundred did): fixed draws follow until
            // one reads cells, each held to the same property, so that the property is never passed without a cell tried.
            for (long fixedSeed = 1; examined == 0 && fixedSeed <= 40; fixedSeed++)
                Check(ReportFormat.All[(int)(fixedSeed % ReportFormat.All.Count)], fixedSeed * 7919, kinds[(int)(fixedSeed % kinds.Length)]);
            _output.WriteLine($"{shapeName}: {reports} broken reports, {read} figures read, 0 other than shown");
            Assert.True(reports > 0, "no report was drawn");
            Assert.True(examined > 0, "no cell was read");
        }

        /// <summary>
        /// Each figure read where the report shows another or none: a blank cell, a blank total or a table left out shows no
        /// figure, so any figure read there is made up. <paramref name="cells"/>: the cells placed; <paramref name="figures"/>: those holding a figure.
        /// </summary>
        public static List<string> FiguresReadOtherThanShown(RenderedReport report, ReportReading reading, out int cells, out int figures)
        {
            var wrong = new List<string>();
            cells = figures = 0;
            foreach (TableReading table in reading.Tables)
                foreach (var pair in table.Cells)
                {
                    cells++;
                    if (pair.Value.Value is not decimal got) continue;
                    figures++;
                    var cell = new CellRef(table.TableId, pair.Key.Row, pair.Key.Column);
                    decimal? shown = report.ExpectedCells.TryGetValue(cell, out decimal? value) ? value : null;
                    if (got != shown) wrong.Add($"{cell}: shown {Text(shown)}, read {Text(got)}");
                }
            return wrong;
        }

        private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "blank";
    }
}
