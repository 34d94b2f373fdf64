using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Corpus.Writers;
using SchemaGen.Runtime.Documents;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemaGen.Corpus.Tests
{
    public sealed class DocxWriterTests
    {
        public static IEnumerable<object[]> WordShapes => TestCases.ShapesByVersion(Shapes.WordShapes);

        [Theory]
        [MemberData(nameof(WordShapes))]
        public void The_docx_opens_and_its_tables_hold_the_layouts_merges(string shapeName, string version)
        {
            RenderedReport report = Corpus.Render(ReportFormat.Find(version), 41, Shapes.Find(shapeName));
            using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(report.Content), false);
            W.Body body = document.MainDocumentPart!.Document.Body!;
            var tables = body.Descendants<W.Table>().Where(t => !t.Descendants<W.Table>().Any()).ToList();
            var layouts = report.Layout.Tables.ToList();
            Assert.Equal(layouts.Count, tables.Count);
            foreach (var (layout, table) in layouts.Zip(tables))
            {
                TableBlock grid = Grid(table);
                for (int r = 0; r < layout.RowCount; r++)
                    for (int c = 0; c < layout.ColumnCount; c++)
                    {
                        LayoutCell expected = layout[r, c];
                        SourceCell actual = grid[r, c];
                        Assert.Equal((expected.Row, expected.Column, expected.RowSpan, expected.ColumnSpan, expected.Text), (actual.Row, actual.Column, actual.RowSpan, actual.ColumnSpan, actual.Text));
                    }
                Assert.Equal(layout.HeaderRowCount, table.Elements<W.TableRow>().Count(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null));
            }
            // Table 三 merges both ways: the stub over three header rows, 三、本年度办理结果 down its outcome rows.
            W.Table applications = tables.Single(t => t.InnerText.Contains("本年新收政府信息公开申请数量"));
            Assert.Contains(applications.Descendants<W.VerticalMerge>(), m => m.Val?.Value == W.MergedCellValues.Restart);
            Assert.Contains(applications.Descendants<W.VerticalMerge>(), m => m.Val is null);
            Assert.Contains(applications.Descendants<W.GridSpan>(), s => s.Val?.Value == 7);
        }

        [Fact]
        public void Headings_use_heading_styles_and_numbers_can_come_from_numbering_xml()
        {
            RenderedReport plain = Corpus.Render(ReportFormat.V2021, 42, Shapes.Docx);
            using (WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(plain.Content), false))
            {
                var headings = Paragraphs(document).Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
                Assert.Equal(plain.Format.Sections.Select(s => s.Number + "、" + s.Label), headings);
                Assert.Null(document.MainDocumentPart!.NumberingDefinitionsPart);
            }

            RenderedReport numbered = Corpus.Render(ReportFormat.V2021, 42, Shapes.DocxNumbered);
            using (WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(numbered.Content), false))
            {
                W.Numbering numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
                var levels = numbering.Descendants<W.Level>().ToList();
                Assert.Contains(levels, l => l.NumberingFormat?.Val?.Value == W.NumberFormatValues.ChineseCounting && l.LevelText?.Val == "%1、");
                Assert.Contains(levels, l => l.NumberingFormat?.Val?.Value == W.NumberFormatValues.ChineseCounting && l.LevelText?.Val == "（%1）");
                var headings = Paragraphs(document).Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").ToList();
                // The number is not in the text: numbering.xml prints it.
                Assert.Equal(numbered.Format.Sections.Select(s => s.Label), headings.Select(p => p.InnerText));
                Assert.All(headings, p => Assert.NotNull(p.ParagraphProperties!.NumberingProperties));
                Assert.Contains(Paragraphs(document), p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value == 2 && p.InnerText.StartsWith("主动公开", System.StringComparison.Ordinal));
            }
        }

        [Fact]
        public void A_table_can_sit_inside_a_table_cell_and_the_title_in_a_text_box()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2019, 43, Shapes.DocxNested);
            using WordprocessingDocument document = WordprocessingDocument.Open(new MemoryStream(report.Content), false);
            W.Body body = document.MainDocumentPart!.Document.Body!;
            W.Table inner = body.Descendants<W.Table>().Single(t => t.Ancestors<W.TableCell>().Any());
            Assert.Contains("本年新收政府信息公开申请数量", inner.InnerText);
            W.TextBoxContent box = Assert.Single(body.Descendants<W.TextBoxContent>());
            Assert.Equal(report.Identity.Title, box.InnerText);
            Assert.DoesNotContain(body.Elements<W.Paragraph>(), p => p.InnerText == report.Identity.Title && !p.Descendants<W.TextBoxContent>().Any());
        }

        [Fact]
        public void Legacy_files_are_compound_files_with_a_word_document_stream()
        {
            foreach (Shape shape in Shapes.LegacyShapes)
            {
                RenderedReport report = Corpus.Render(ReportFormat.V2021, 44, shape);
                Assert.False(shape.IsReadable);
                Assert.Equal(LegacyOfficeWriter.CompoundFileSignature, report.Content.Take(8));
                Assert.Equal(0, report.Content.Length % 512);
                string directory = System.Text.Encoding.Unicode.GetString(report.Content, 1024, 512);
                Assert.Contains("Root Entry", directory);
                Assert.Contains("WordDocument", directory);
                Assert.Empty(report.ExpectedCells);
                Assert.Empty(report.ExpectedFindings);
            }
        }

        private static IEnumerable<W.Paragraph> Paragraphs(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>();

        /// <summary>The table's grid as Word defines it: gridSpan widens a cell, vMerge continue extends the cell above.</summary>
        private static TableBlock Grid(W.Table table)
        {
            var builder = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            foreach (W.TableRow row in table.Elements<W.TableRow>())
            {
                builder.BeginRow();
                foreach (W.TableCell cell in row.Elements<W.TableCell>())
                {
                    int span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                    W.VerticalMerge? merge = cell.TableCellProperties?.VerticalMerge;
                    if (merge is not null && merge.Val is null) builder.ExtendCellAbove(span);
                    else builder.AddCell(string.Join("\n", cell.Elements<W.Paragraph>().Select(ParagraphText)), 1, span);
                }
            }
            return builder.Build();
        }

        private static string ParagraphText(W.Paragraph paragraph)
            => string.Concat(paragraph.Descendants().Select(e => e switch { W.Text t => t.Text, W.Break => "\n", _ => "" }));
    }
}
