using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Documents;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Corpus.Tests
{
    /// <summary>
    /// Issue 8's measure: reports rendered as agencies publish them (web pages in every HTML shape, Word files, PDFs),
    /// both format versions, read the way <c>schemagen check</c> reads a file (the reader chosen from the bytes and the
    /// name by <see cref="DocumentReaders"/>, then the generated parser and validator). Every figure read must be the
    /// figure put in; at least 99% must be read; a broken report must give exactly the findings its defect implies.
    /// </summary>
    public sealed class PublishedDocumentsTests
    {
        /// <summary>15 shapes × 2 versions × 7 seeds = 210 reports.</summary>
        private const int SeedsPerShape = 7;

        private static readonly BreakageKind[] Defects =
            { BreakageKind.FigureChanged, BreakageKind.CellBlank, BreakageKind.HeaderLevelMissing, BreakageKind.TableMissing, BreakageKind.TotalsBlank };

        private readonly ITestOutputHelper _output;

        public PublishedDocumentsTests(ITestOutputHelper output) => _output = output;

        private static IReadOnlyList<Shape> PublishedShapes => Shapes.HtmlShapes.Concat(Shapes.WordShapes).Concat(PdfShapes.All).ToArray();

        [Fact]
        public void Every_figure_read_from_the_published_documents_is_right_and_at_least_99_percent_are_read()
        {
            var byKind = new SortedDictionary<DocumentKind, Count>();
            var wrongCells = new List<string>();
            int reports = 0;
            foreach (Shape shape in PublishedShapes)
                foreach (ReportFormat format in ReportFormat.All)
                {
                    var count = new Count();
                    for (int seed = 0; seed < SeedsPerShape; seed++)
                    {
                        RenderedReport report = Corpus.Render(format, seed, shape);
                        ReadBack back = Corpus.ReadWithGeneratedParser(format, Read(report));
                        reports++;
                        foreach (var (cell, value) in report.ExpectedCells)
                        {
                            if (value is null) continue;
                            count.Expected++;
                            if (!back.Cells.TryGetValue(cell, out decimal? got) || got is null) continue;
                            count.Read++;
                            if (got != value)
                            {
                                count.Wrong++;
                                if (wrongCells.Count < 20) wrongCells.Add($"{report}: {cell} put {value}, read {got}");
                            }
                        }
                    }
                    _output.WriteLine($"{shape.Name,-34} {format.Version}: {count}");
                    byKind[shape.Kind] = (byKind.TryGetValue(shape.Kind, out Count? sum) ? sum : new Count()).Add(count);
                }

            Count total = byKind.Values.Aggregate(new Count(), (a, b) => a.Add(b));
            foreach (var (kind, count) in byKind) _output.WriteLine($"{kind}: {count}");
            _output.WriteLine($"all {reports} reports: {total}");

            Assert.True(reports >= 200, $"{reports} reports");
            Assert.Equal(new[] { DocumentKind.Html, DocumentKind.Word, DocumentKind.Pdf }.OrderBy(k => k), byKind.Keys);
            Assert.True(total.Wrong == 0, string.Join("\n", wrongCells));
            foreach (var (kind, count) in byKind)
                Assert.True(count.Share >= 0.99, $"{kind}: {count}");
        }

        [Fact]
        public void Every_broken_published_document_gives_exactly_the_findings_of_its_defect()
        {
            int reports = 0, withFindings = 0, missingApplications = 0;
            var mismatches = new List<string>();
            foreach (Shape shape in PublishedShapes)
                foreach (ReportFormat format in ReportFormat.All)
                    foreach (BreakageKind defect in Defects)
                    {
                        RenderedReport report = Corpus.Render(format, 100 + reports, shape, defect);
                        CheckBack back = Corpus.CheckWithGeneratedCode(format, Read(report));
                        IReadOnlyList<string> expected = Finding.Signatures(report.ExpectedFindings);
                        // The prose check (SG3040 prose against table, SG3041 prose of a blank table) is not in the corpus's oracle: the
                        // prose restates the true figures, so only a changed or blanked cell may make it disagree with the table.
                        IReadOnlyList<string> actual = Finding.Signatures(back.Findings.Where(f => f.RuleId is not (ReadDiagnosticIds.ProseDisagrees or ReadDiagnosticIds.ProseSourcedFigures)));
                        // Where table 三 is missing, its prose figures are checked against each other, a part the prose does not
                        // mention counting as unknown (not 0): a missing table alone never makes the prose disagree with itself.
                        if (defect == BreakageKind.TableMissing && !report.Figures.IsPresent("Applications")) missingApplications++;
                        if (defect is not (BreakageKind.FigureChanged or BreakageKind.CellBlank) && back.Findings.Any(f => f.RuleId == ReadDiagnosticIds.ProseDisagrees))
                            mismatches.Add($"{report}: the prose disagrees with a table whose figures were not changed: {string.Join("; ", back.Findings.Where(f => f.RuleId == ReadDiagnosticIds.ProseDisagrees).Select(f => f.Signature))}");
                        reports++;
                        if (expected.Count > 0) withFindings++;
                        if (!expected.SequenceEqual(actual))
                            mismatches.Add($"{report}\n  expected: {string.Join("; ", expected)}\n  found:    {string.Join("; ", actual)}");
                    }
            _output.WriteLine($"{reports} broken reports, {withFindings} with expected findings, {mismatches.Count} mismatched; {missingApplications} without table 三, their prose checked on its own");
            Assert.True(withFindings > reports / 4, $"{withFindings} of {reports}");
            // The reports whose prose alone carries table 三 are there to be checked (they once gave false SG3040s in PDFs).
            Assert.True(missingApplications > 0, "no rendered report lacks table 三");
            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
        }

        /// <summary>As the checker reads a file: the reader its bytes and name call for.</summary>
        private static Document Read(RenderedReport report)
        {
            IDocumentReader reader = DocumentReaders.Choose(report.Content, report.FileName)
                ?? throw new InvalidOperationException($"no reader takes {report.FileName}");
            Assert.Equal(report.Kind, reader.Kind);
            return reader.Read(report.Content, report.FileName);
        }

        private sealed class Count
        {
            public int Expected { get; set; }
            public int Read { get; set; }
            public int Wrong { get; set; }
            public double Share => Expected == 0 ? 0 : (double)Read / Expected;

            public Count Add(Count other) => new() { Expected = Expected + other.Expected, Read = Read + other.Read, Wrong = Wrong + other.Wrong };

            public override string ToString() => $"{Read:N0} of {Expected:N0} figures read ({100 * Share:0.00}%), {Wrong} wrong";
        }
    }
}
