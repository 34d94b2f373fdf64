using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Documents.Pdf;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// The corpus writer's PDFs, one per layout it has, checked in under Fixtures/Pdf/written: the writer must still
    /// produce them byte for byte (it is deterministic), and the reader must read every figure of each back into its
    /// place. Set SCHEMAGEN_UPDATE_PDF_FIXTURES=1 to rewrite them after a deliberate change of the writer.
    /// </summary>
    public sealed class WriterFixtureTests
    {
        public static IEnumerable<object[]> Layouts => Specimens.Keys.Select(k => new object[] { k });

        private static readonly Dictionary<string, PdfLayoutOptions> Specimens = new Dictionary<string, PdfLayoutOptions>(StringComparer.Ordinal)
        {
            ["ruled-lines"] = new PdfLayoutOptions(),
            ["ruled-bars-page-break"] = new PdfLayoutOptions { BordersAsFilledBars = true, BreakTableBeforeBodyRow = 9, PageNumbers = PageNumberStyle.Dashed },
            ["ruled-repeated-header"] = new PdfLayoutOptions { BreakTableBeforeBodyRow = 6, RepeatTableHeader = true, PageNumbers = PageNumberStyle.Fraction, MaxLabelColumnWidthInEms = 6 },
            ["ruled-flat-labels"] = new PdfLayoutOptions { VerticalSpanningLabels = false },
            ["stream"] = new PdfLayoutOptions { RuledTables = false },
            ["stream-page-break"] = new PdfLayoutOptions { RuledTables = false, BreakTableBeforeBodyRow = 12, RepeatTableHeader = true },
            ["landscape-turned"] = new PdfLayoutOptions { LandscapeTurned = true, MaxLabelColumnWidthInEms = 14 },
        };

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Each_layout_is_written_byte_for_byte_and_read_back_figure_for_figure(string layout)
        {
            TableBlock table = Table(layout);
            byte[] written = PdfReportWriter.Write(ReportTableShapes.Report(table), Specimens[layout]);
            Assert.Equal(written, PdfReportWriter.Write(ReportTableShapes.Report(table), Specimens[layout]));
            byte[] checkedIn = CheckedIn(layout + ".pdf", written);
            Assert.True(written.SequenceEqual(checkedIn), layout + ".pdf is stale: run the tests with SCHEMAGEN_UPDATE_PDF_FIXTURES=1");

            Document document = new PdfDocumentReader().Read(checkedIn, layout + ".pdf");
            // A stream table may leave out a text it cannot place (and says so); a ruled one has nothing to leave out.
            if (Specimens[layout].RuledTables) Assert.Empty(document.Notes);
            else Assert.All(document.Notes, n => Assert.Equal(SchemaGen.Runtime.Reading.ReadDiagnosticIds.ContentSkipped, n.Id));
            TableBlock read = Assert.Single(document.Blocks.OfType<TableBlock>());
            Dictionary<(string Row, string Column), string> expected = TableKeys.Figures(table);
            Assert.True(expected.Count > 100);
            Assert.Equal(expected, TableKeys.Figures(read));
            if (Specimens[layout].RuledTables)
                for (int r = 0; r < table.RowCount; r++)
                    Assert.Equal(table.RowTexts(r).Select(TableKeys.Squeeze), read.RowTexts(r).Select(TableKeys.Squeeze));
            // Page furniture is gone: no running header, no page number, anywhere.
            Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("工作年度报告", StringComparison.Ordinal) && !t.IsHeading);
            Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Contains("页", StringComparison.Ordinal));
        }

        [Fact]
        public void The_scan_and_the_encrypted_specimens_are_checked_in_as_written()
        {
            Assert.Equal(CheckedIn("../scanned.pdf", PdfSpecimens.ScannedPages(1)), PdfSpecimens.ScannedPages(1));
            byte[] encrypted = PdfSpecimens.PasswordProtected(ReportTableShapes.Report(Table("ruled-lines")), "secret");
            Assert.Equal(CheckedIn("../encrypted.pdf", encrypted), encrypted);
        }

        private static TableBlock Table(string layout)
            => ReportTableShapes.Table3(ReportTableShapes.RandomFigures(new Random(StringComparer.Ordinal.GetHashCode(layout) == 0 ? 1 : layout.Length * 7919), 0.15));

        // The checked-in file (rewritten first when asked to update the fixtures).
        private static byte[] CheckedIn(string name, byte[] written)
        {
            if (Environment.GetEnvironmentVariable("SCHEMAGEN_UPDATE_PDF_FIXTURES") == "1")
            {
                string source = Path.GetFullPath(Path.Combine(SourceDirectory(), name));
                Directory.CreateDirectory(Path.GetDirectoryName(source)!);
                File.WriteAllBytes(source, written);
                return written;
            }
            return File.ReadAllBytes(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf", "written", name)));
        }

        private static string SourceDirectory()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory is not null && !File.Exists(Path.Combine(directory, "SchemaGen.sln"))) directory = Path.GetDirectoryName(directory);
            return Path.Combine(directory ?? throw new InvalidOperationException("repository root not found"), "tests", "SchemaGen.Documents.Tests", "Fixtures", "Pdf", "written");
        }
    }
}
