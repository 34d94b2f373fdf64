using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SchemaGen.Corpus.Writers
{
    public sealed record DocxOptions
    {
        /// <summary>Section headings (一、) and the overview's items (（一）) numbered by numbering.xml (numPr, chineseCounting) instead of typed.</summary>
        public bool AutomaticNumbering { get; init; }

        /// <summary>The largest table placed inside a cell of a one-cell layout table.</summary>
        public bool TableInsideTable { get; init; }

        /// <summary>The title written in a text box (w:txbxContent) instead of a paragraph.</summary>
        public bool TitleInTextBox { get; init; }
    }

    /// <summary>
    /// A .docx written with DocumentFormat.OpenXml as agencies' Word files are: Title and Heading 1 styles, tables with
    /// gridSpan for merged columns and vMerge restart/continue for merged rows (continuing cells empty), header rows
    /// marked to repeat; optionally numbering from numbering.xml, a table inside a table cell and a text box. The package
    /// is rewritten with fixed zip timestamps so the same seed gives the same bytes.
    /// </summary>
    public sealed class DocxReportWriter : ReportWriter
    {
        private const int HeadingNumbering = 1;
        private const int ItemNumbering = 2;
        private readonly DocxOptions _options;

        public DocxReportWriter(DocxOptions? options = null) => _options = options ?? new DocxOptions();

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random) => layout with { WrapNarrowHeaders = true };

        public override WrittenReport Write(WriteContext context)
        {
            using var stream = new MemoryStream();
            using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            {
                // Named relationship ids: the SDK would draw random ones, and the same seed must give the same bytes.
                MainDocumentPart main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
                StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
                styles.Styles = Styles();
                if (_options.AutomaticNumbering)
                {
                    NumberingDefinitionsPart numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
                    numbering.Numbering = Numbering();
                }
                var body = new W.Body();
                LayoutTable? nested = _options.TableInsideTable ? context.Layout.Tables.OrderByDescending(t => t.RowCount * t.ColumnCount).First() : null;
                foreach (LayoutBlock block in context.Layout.Blocks)
                {
                    switch (block)
                    {
                        case LayoutParagraph { Role: ParagraphRole.Title } title when _options.TitleInTextBox:
                            body.Append(TextBox(title.Text));
                            break;
                        case LayoutParagraph paragraph:
                            body.Append(Paragraph(paragraph));
                            break;
                        case LayoutTable table when table == nested:
                            body.Append(Wrapped(Table(table)));
                            break;
                        case LayoutTable table:
                            body.Append(Table(table));
                            break;
                    }
                }
                body.Append(new W.SectionProperties(new W.PageSize { Width = 11906U, Height = 16838U }, new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1588U, Right = 1474U }));
                main.Document = new W.Document(body);
            }
            return new WrittenReport(DeterministicZip.Normalize(stream.ToArray()), null, null);
        }

        private W.Paragraph Paragraph(LayoutParagraph paragraph)
        {
            var properties = new W.ParagraphProperties();
            string text = paragraph.Text;
            switch (paragraph.Role)
            {
                case ParagraphRole.Title:
                    properties.Append(new W.ParagraphStyleId { Val = "Title" });
                    break;
                case ParagraphRole.SectionHeading:
                    properties.Append(new W.ParagraphStyleId { Val = "Heading1" });
                    if (_options.AutomaticNumbering && StripNumber(ref text, "、"))
                        properties.Append(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = HeadingNumbering }));
                    break;
                case ParagraphRole.Caption:
                    properties.Append(new W.ParagraphStyleId { Val = "Heading2" });
                    break;
                case ParagraphRole.Closing:
                    properties.Append(new W.Justification { Val = W.JustificationValues.Right });
                    break;
                default:
                    if (_options.AutomaticNumbering && text.StartsWith("（", System.StringComparison.Ordinal) && StripNumber(ref text, "）"))
                        properties.Append(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = ItemNumbering }));
                    else properties.Append(new W.Indentation { FirstLineChars = 200 });
                    break;
            }
            return new W.Paragraph(properties, Run(text));
        }

        /// <summary>Takes a leading Chinese ordinal ("一、", "（一）") off the text: numbering.xml prints it instead.</summary>
        private static bool StripNumber(ref string text, string end)
        {
            int at = text.IndexOf(end, System.StringComparison.Ordinal);
            if (at <= 0 || at > 4) return false;
            string number = text.Substring(0, at).TrimStart('（', '(');
            if (number.Length == 0 || !number.All(c => "一二三四五六七八九十".IndexOf(c) >= 0)) return false;
            text = text.Substring(at + end.Length);
            return true;
        }

        private static W.Run Run(string text)
        {
            var run = new W.Run();
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0) run.Append(new W.Break());
                run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            return run;
        }

        private static W.Table Table(LayoutTable table)
        {
            var grid = new W.TableGrid();
            for (int c = 0; c < table.ColumnCount; c++) grid.Append(new W.GridColumn { Width = (9000 / table.ColumnCount).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var result = new W.Table(new W.TableProperties(new W.TableStyle { Val = "TableGrid" }, new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" }), grid);
            for (int row = 0; row < table.RowCount; row++)
            {
                var tableRow = new W.TableRow();
                if (row < table.HeaderRowCount) tableRow.Append(new W.TableRowProperties(new W.TableHeader()));
                int column = 0;
                while (column < table.ColumnCount)
                {
                    LayoutCell cell = table[row, column];
                    var properties = new W.TableCellProperties();
                    if (cell.ColumnSpan > 1) properties.Append(new W.GridSpan { Val = cell.ColumnSpan });
                    bool continues = cell.Row != row;
                    if (cell.RowSpan > 1) properties.Append(continues ? new W.VerticalMerge() : new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                    properties.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
                    var paragraph = new W.Paragraph(new W.ParagraphProperties(new W.Justification { Val = cell.Role == CellRole.RowHeader ? W.JustificationValues.Left : W.JustificationValues.Center }));
                    if (!continues && cell.Text.Length > 0) paragraph.Append(Run(cell.Text));
                    tableRow.Append(new W.TableCell(properties, paragraph));
                    column += cell.ColumnSpan;
                }
                result.Append(tableRow);
            }
            return result;
        }

        /// <summary>A one-cell layout table holding the table (a cell must end with a paragraph).</summary>
        private static W.Table Wrapped(W.Table inner)
            => new W.Table(new W.TableProperties(new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" }),
                new W.TableGrid(new W.GridColumn { Width = "9000" }),
                new W.TableRow(new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" }), inner, new W.Paragraph())));

        /// <summary>A paragraph holding a VML text box whose content (w:txbxContent) is the text.</summary>
        private static W.Paragraph TextBox(string text)
            => new W.Paragraph(new W.Run(new W.Picture(
                new V.Shape(new V.TextBox(new W.TextBoxContent(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Title" }), Run(text)))))
                { Id = "TitleBox", Style = "width:415pt;height:48pt;mso-position-horizontal:center", Stroked = false })));

        private static W.Styles Styles()
        {
            W.Style Paragraph(string id, string name, int size, bool bold, int? outline)
            {
                var run = new W.StyleRunProperties(new W.RunFonts { EastAsia = bold ? "黑体" : "仿宋_GB2312" }, new W.FontSize { Val = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                if (bold) run.Append(new W.Bold());
                var paragraph = new W.StyleParagraphProperties();
                if (outline is int level) paragraph.Append(new W.OutlineLevel { Val = level });
                return new W.Style(new W.StyleName { Val = name }, new W.BasedOn { Val = "Normal" }, new W.PrimaryStyle(), paragraph, run) { Type = W.StyleValues.Paragraph, StyleId = id };
            }
            var normal = new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle(),
                new W.StyleRunProperties(new W.RunFonts { EastAsia = "仿宋_GB2312" }, new W.FontSize { Val = "32" })) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true };
            var grid = new W.Style(new W.StyleName { Val = "Table Grid" }, new W.StyleTableProperties(new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })))
            { Type = W.StyleValues.Table, StyleId = "TableGrid" };
            return new W.Styles(normal, Paragraph("Title", "Title", 22, true, null), Paragraph("Heading1", "heading 1", 16, true, 0), Paragraph("Heading2", "heading 2", 16, false, 1), grid);
        }

        /// <summary>Two lists: "一、" for section headings and "（一）" for items, both chineseCounting as Chinese Word templates define them.</summary>
        private static W.Numbering Numbering()
        {
            W.AbstractNum List(int id, string text)
                => new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
                    new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.ChineseCounting },
                        new W.LevelText { Val = text }, new W.LevelJustification { Val = W.LevelJustificationValues.Left }) { LevelIndex = 0 })
                { AbstractNumberId = id };
            return new W.Numbering(List(0, "%1、"), List(1, "（%1）"),
                new W.NumberingInstance(new W.AbstractNumId { Val = 0 }) { NumberID = HeadingNumbering },
                new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = ItemNumbering });
        }
    }
}
