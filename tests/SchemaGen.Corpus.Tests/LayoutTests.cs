using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Corpus.Tests
{
    public sealed class LayoutTests
    {
        public static IEnumerable<object[]> Versions => TestCases.Versions;

        [Theory]
        [MemberData(nameof(Versions))]
        public void Table_三_has_the_official_merged_header_and_row_groups(string version)
        {
            RenderedReport report = Corpus.Render(ReportFormat.Find(version), 1, Shapes.HtmlClean);
            LayoutTable table = report.Layout.Tables.Single(t => t.TableIds.Contains("Applications"));
            FormatTable schema = report.Format.Table("Applications");
            LayoutCell Cell(string text) => table.Cells.Single(c => c.Text == text);

            Assert.Equal(3 + 7, table.ColumnCount);
            Assert.Equal(3, table.HeaderRowCount);
            LayoutCell stub = table[0, 0];
            Assert.Equal((0, 0, 3, 3, CellRole.Stub), (stub.Row, stub.Column, stub.RowSpan, stub.ColumnSpan, stub.Role));
            Assert.StartsWith("（本列数据的勾稽关系为", stub.Text);
            Assert.Equal((0, 3, 1, 7), Span(Cell("申请人情况")));
            Assert.Equal((1, 3, 2, 1), Span(Cell("自然人")));
            Assert.Equal((1, 4, 1, 5), Span(Cell("法人或其他组织")));
            Assert.Equal((2, 4, 1, 1), Span(Cell("商业企业")));
            Assert.Equal((1, 9, 2, 1), Span(table.Cells.Single(c => c.Text == "总计" && c.Role == CellRole.ColumnHeader)));

            int outcomes = schema.Row("Outcomes").LeafCount;
            Assert.Equal(version == "2021" ? 22 : 20, outcomes);
            Assert.Equal((3, 0, 1, 3), Span(Cell("一、本年新收政府信息公开申请数量")));
            Assert.Equal((5, 0, outcomes, 1), Span(Cell("三、本年度办理结果")));
            Assert.Equal((5, 1, 1, 2), Span(Cell("（一）予以公开")));
            Assert.Equal((7, 1, 8, 1), Span(Cell("（三）不予公开")));
            Assert.Equal((7, 2, 1, 1), Span(Cell("1.属于国家秘密")));
            Assert.Equal(version == "2021" ? (23, 1, 3, 1) : (23, 1, 1, 2), Span(Cell("（六）其他处理")));
            Assert.Equal(1, Cell("（七）总计").RowSpan);
            Assert.Equal(3, Cell("四、结转下年度继续办理").ColumnSpan);

            // Every figure stands in its schema cell's row and column.
            foreach (LayoutCell figure in table.Cells.Where(c => c.Role == CellRole.Figure))
            {
                CellRef cell = figure.Figure!.Value;
                Assert.Equal(3 + schema.LeafRows.ToList().FindIndex(r => r.Path == cell.Row), figure.Row);
                Assert.Equal(3 + schema.LeafColumns.ToList().FindIndex(c => c.Id == cell.Column), figure.Column);
            }
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void Table_四_has_three_header_levels_and_one_row_of_fifteen_figures(string version)
        {
            RenderedReport report = Corpus.Render(ReportFormat.Find(version), 2, Shapes.HtmlClean);
            LayoutTable table = report.Layout.Tables.Single(t => t.TableIds.Contains("Appeals"));
            Assert.Equal((4, 15, 3), (table.RowCount, table.ColumnCount, table.HeaderRowCount));
            Assert.Equal((0, 0, 1, 5), Span(table[0, 0]));
            Assert.Equal("行政复议", table[0, 0].Text);
            Assert.Equal(("行政诉讼", 10), (table[0, 5].Text, table[0, 5].ColumnSpan));
            Assert.Equal(("结果维持", 2), (table[1, 0].Text, table[1, 0].RowSpan));
            Assert.Equal(("未经复议直接起诉", 5), (table[1, 5].Text, table[1, 5].ColumnSpan));
            Assert.Equal(("复议后起诉", 5), (table[1, 10].Text, table[1, 10].ColumnSpan));
            Assert.Equal("总计", table[2, 14].Text);
            Assert.All(Enumerable.Range(0, 15), c => Assert.Equal(CellRole.Figure, table[3, c].Role));
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void Table_二_is_one_grid_with_a_caption_row_per_block(string version)
        {
            ReportFormat format = ReportFormat.Find(version);
            RenderedReport report = Corpus.Render(format, 3, Shapes.HtmlClean);
            LayoutTable table = report.Layout.Tables.First();
            var captioned = format.Tables.Where(t => t.Caption is not null).ToList();
            Assert.Equal(captioned.Select(t => t.Id), table.TableIds);
            var captions = table.Cells.Where(c => c.Role == CellRole.Caption).ToList();
            Assert.Equal(captioned.Select(t => t.Caption), captions.Select(c => c.Text));
            Assert.All(captions, c => Assert.Equal(table.ColumnCount, c.ColumnSpan));
            Assert.Equal(4, table.ColumnCount);
            // A block with fewer columns stretches its last one: 行政许可's one figure spans three slots.
            LayoutCell licensing = table.Cells.Single(c => c.Figure?.Table == "Licensing" && c.Figure?.Row == "AdministrativeLicensing" && c.Figure?.Column == "Decisions");
            Assert.Equal(version == "2021" ? 3 : 1, licensing.ColumnSpan);
        }

        [Fact]
        public void The_document_holds_the_layout_with_merged_cells_and_header_rows_marked()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 4, Shapes.HtmlClean);
            Document document = report.Document;
            var tables = document.Blocks.OfType<TableBlock>().ToList();
            Assert.Equal(report.Layout.Tables.Count(), tables.Count);
            foreach (var (layout, block) in report.Layout.Tables.Zip(tables))
            {
                Assert.Equal((layout.RowCount, layout.ColumnCount, layout.HeaderRowCount), (block.RowCount, block.ColumnCount, block.HeaderRowCount));
                for (int r = 0; r < layout.RowCount; r++)
                    for (int c = 0; c < layout.ColumnCount; c++)
                    {
                        LayoutCell expected = layout[r, c];
                        SourceCell actual = block[r, c];
                        Assert.Equal((expected.Row, expected.Column, expected.RowSpan, expected.ColumnSpan, expected.Text, expected.IsHeaderArea),
                            (actual.Row, actual.Column, actual.RowSpan, actual.ColumnSpan, actual.Text, actual.IsHeader));
                    }
            }
            var headings = document.Blocks.OfType<TextBlock>().Where(b => b.IsHeading).Select(b => b.Text).ToList();
            Assert.Equal(report.Identity.Title, headings[0]);
            Assert.Equal(report.Format.Sections.Select(s => s.Number + "、" + s.Label), headings.Skip(1));
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void The_prose_restates_the_true_figures(string version)
        {
            ReportFormat format = ReportFormat.Find(version);
            int claims = 0;
            for (int seed = 0; seed < 60; seed++)
            {
                RenderedReport report = Corpus.Render(format, seed, Shapes.PipeText);
                string text = report.Text!;
                foreach (ProseClaim claim in report.ProseClaims)
                {
                    Assert.Equal(claim.Cells.Sum(c => report.TrueFigures[c] ?? 0m), claim.Value);
                    Assert.Contains(LabelWriter.HalfWidth(claim.Sentence), text);
                    claims++;
                }
                Assert.Contains(report.ProseClaims, c => c.Quantity is "received" or "received-with-carried-over");
            }
            Assert.True(claims > 60 * 3, $"{claims} claims");
        }

        [Fact]
        public void Traditional_labels_fold_back_to_the_label_or_one_of_its_aliases_in_the_readers_table()
        {
            foreach (ReportFormat format in ReportFormat.All)
            {
                int traditional = 0;
                foreach (FormatTable table in format.Tables)
                    foreach (AxisNode node in AxisNode.All(table.Rows).Concat(AxisNode.All(table.Columns)))
                    {
                        string converted = TraditionalScript.Convert(node.Label);
                        if (converted != node.Label) traditional++;
                        var forms = node.Aliases.Append(node.Label).Select(ChineseScript.ToSimplified).ToList();
                        Assert.Contains(ChineseScript.ToSimplified(converted), forms);
                    }
                Assert.True(traditional > 20, $"{format}: {traditional} labels differ in Traditional script");
            }
        }

        [Fact]
        public void A_traditional_report_converts_every_character_the_schemas_traditional_aliases_convert()
        {
            // The schema's Traditional aliases (made apart from the corpus) say which characters change: where an alias of the
            // label's length folds back to the label, each position where they differ. A character they also keep somewhere
            // (制 in 本年新制作數量 beside 另行製作) is left out: the schema itself writes it both ways.
            var changed = new HashSet<char>();
            var kept = new HashSet<char>();
            foreach (AxisNode node in ReportFormat.All.SelectMany(f => f.Tables).SelectMany(t => AxisNode.All(t.Rows).Concat(AxisNode.All(t.Columns))))
                foreach (string alias in node.Aliases.Where(a => a.Length == node.Label.Length && a != node.Label && ChineseScript.ToSimplified(a) == node.Label))
                    for (int i = 0; i < alias.Length; i++)
                        (alias[i] == node.Label[i] ? kept : changed).Add(node.Label[i]);
            changed.ExceptWith(kept);
            Assert.True(changed.Count > 40, $"{changed.Count} characters");
            for (int seed = 0; seed < 10; seed++)
            {
                string text = Corpus.Render(ReportFormat.All[seed % 2], seed, Shapes.PipeTextTraditional).Text!;
                var left = text.Where(changed.Contains).Distinct().ToList();
                Assert.True(left.Count == 0, $"seed {seed}: left in Simplified: " + new string(left.ToArray()));
                Assert.Contains("政府信息公開申請", text);
            }
        }

        [Fact]
        public void Variant_wording_takes_labels_from_the_schemas_aliases_and_headings_from_real_reports()
        {
            int aliased = 0, variantHeadings = 0;
            for (int seed = 0; seed < 10; seed++)
            {
                RenderedReport report = Corpus.Render(ReportFormat.All[seed % 2], seed, Shapes.PipeTextVariantWording);
                foreach (LayoutCell cell in report.Layout.Tables.SelectMany(t => t.Cells).Where(c => c.Node is not null))
                {
                    AxisNode node = cell.Node!;
                    var official = LabelWriter.HalfWidth(cell.Role == CellRole.RowHeader ? LabelWriter.Numbered(node.Number, node.Label) : node.Label);
                    var allowed = node.Aliases.Append(node.Label).Select(a => LabelWriter.HalfWidth(cell.Role == CellRole.RowHeader ? LabelWriter.Numbered(node.Number, a) : a));
                    Assert.Contains(cell.Text, allowed);
                    if (cell.Text != official) aliased++;
                }
                var headings = report.Layout.Blocks.OfType<LayoutParagraph>().Where(p => p.Role == ParagraphRole.SectionHeading).ToList();
                variantHeadings += headings.Count(h => h.Text.Contains("政府信息公开工作存在的主要问题") || h.Text.Contains("因政府信息公开工作被申请行政复议"));
            }
            Assert.True(aliased > 10, $"{aliased} labels in another wording");
            Assert.True(variantHeadings > 0, "a heading as real reports word it");
        }

        private static (int Row, int Column, int RowSpan, int ColumnSpan) Span(LayoutCell cell) => (cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan);
    }
}
