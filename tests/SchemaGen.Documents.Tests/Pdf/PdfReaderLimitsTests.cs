using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Documents.Pdf;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>Large and hostile inputs read in bounded time, with what was left out said in notes.</summary>
    public sealed class PdfReaderLimitsTests
    {
        private readonly ITestOutputHelper _output;

        public PdfReaderLimitsTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void A_five_hundred_page_pdf_is_read_with_every_table()
        {
            // Table 三 takes about 1.3 A4 pages: 380 of them make a document of about 500 pages.
            const int Tables = 380;
            var blocks = new List<Block>();
            for (int i = 0; i < Tables; i++)
            {
                blocks.Add(new TextBlock("附表" + (i + 1), SourceLocation.None, true));
                blocks.Add(ReportTableShapes.Table3((r, c) => ((r * 7 + c + i) % 50).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            byte[] pdf = PdfReportWriter.Write(new Document(DocumentKind.Text, null, blocks), new PdfLayoutOptions { BreakTableBeforeBodyRow = null });
            var clock = Stopwatch.StartNew();
            Document document = new PdfDocumentReader().Read(pdf, "long.pdf");
            clock.Stop();
            int pages = document.Blocks.Select(b => b.Location.Page).Max();
            _output.WriteLine(FormattableString.Invariant($"{pdf.Length / 1024} KiB, {pages}+ pages read in {clock.Elapsed.TotalSeconds:0.0} s ({clock.Elapsed.TotalMilliseconds / pages:0} ms a page)"));
            Assert.True(pages >= 490, "the document has about 500 pages: " + pages);
            Assert.Equal(Tables, document.Blocks.OfType<TableBlock>().Count());
            Assert.All(document.Blocks.OfType<TableBlock>(), t => Assert.Equal(3 + 25, t.RowCount));
        }

        [Fact]
        public void A_page_with_too_many_letters_and_lines_is_cut_at_the_limits_and_says_so()
        {
            byte[] pdf = PdfSpecimens.Pathological(letters: PageContentExtractor.MaxLettersPerPage + 20_000, segments: PageContentExtractor.MaxSegmentsPerPage + 10_000);
            var clock = Stopwatch.StartNew();
            Document document = new PdfDocumentReader().Read(pdf, "hostile.pdf");
            clock.Stop();
            _output.WriteLine(FormattableString.Invariant($"{pdf.Length / 1024} KiB hostile page read in {clock.Elapsed.TotalSeconds:0.0} s"));
            var skipped = document.Notes.Where(n => n.Id == ReadDiagnosticIds.ContentSkipped).ToList();
            Assert.Contains(skipped, n => n.Message.Contains("letter", StringComparison.Ordinal));
            Assert.Contains(skipped, n => n.Message.Contains("lines", StringComparison.Ordinal));
        }

        [Fact]
        public void A_table_continued_over_many_ruled_pages_stops_at_the_grid_bound_and_says_so()
        {
            // Six pages of a 199 × 199 lattice, each continuing the one before: 1,194 rows of 199 columns, past the bound.
            byte[] pdf = PdfSpecimens.DenseLattice(rules: 200, pages: 6);
            Document document = new PdfDocumentReader().Read(pdf, "lattice.pdf");
            TableBlock table = Assert.Single(document.Blocks.OfType<TableBlock>());
            Assert.True((long)table.RowCount * table.ColumnCount <= TableGridBuilder.MaxSlots, $"{table.RowCount} × {table.ColumnCount}");
            Assert.True(table.RowCount > 199, "the continued pages are read up to the bound: " + table.RowCount);
            DocumentNote note = Assert.Single(document.Notes, n => n.Id == ReadDiagnosticIds.ContentSkipped);
            Assert.Contains("it was read up to row " + table.RowCount, note.Message, StringComparison.Ordinal);
            Assert.Equal(1, note.Location.Page);
        }

        [Fact]
        public void Reading_stops_when_cancelled_and_says_so()
        {
            byte[] pdf = PdfReportWriter.Write(ReportTableShapes.Report(ReportTableShapes.Table3((r, c) => "1")));
            using var cancelled = new System.Threading.CancellationTokenSource();
            cancelled.Cancel();
            Document document = new PdfDocumentReader().Read(pdf, "x.pdf", cancelled.Token);
            Assert.Empty(document.Blocks);
            Assert.Equal(ReadDiagnosticIds.ContentSkipped, Assert.Single(document.Notes).Id);
        }
    }
}
