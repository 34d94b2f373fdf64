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
