using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Documents.Pdf;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// Report pages shaped like agencies' (crumbs, title, sections, tables 二 三 四 with the official merged headers,
    /// 三、本年度办理结果 as a narrow label down the left edge, wrapped labels, table 三 cut by a page break, with and
    /// without its header repeated), printed by headless Chromium with its own page header and footer (date, title,
    /// address, page x/y). Fixtures/Pdf/make-fixtures.py wrote the HTML and the expected grids; the PDFs are checked in.
    /// </summary>
    public sealed class ChromiumPrintedReportTests
    {
        public static IEnumerable<object[]> Reports => new[] { new object[] { "county-report" }, new object[] { "bureau-report" } };

        [Theory]
        [MemberData(nameof(Reports))]
        public void Tables_two_three_and_four_read_cell_for_cell(string name)
        {
            Document document = Read(name);
            List<TableBlock> tables = document.Blocks.OfType<TableBlock>().ToList();
            Assert.Equal(3, tables.Count);
            AssertGrid(Expected(name, "table2"), tables[0]);
            AssertGrid(Expected(name, "table3"), tables[1]);
            AssertGrid(Expected(name, "table4"), tables[2]);
        }

        [Theory]
        [MemberData(nameof(Reports))]
        public void Table_three_is_one_table_across_the_page_break_with_a_location_for_every_cell(string name)
        {
            TableBlock table3 = Read(name).Blocks.OfType<TableBlock>().ElementAt(1);
            var pages = table3.Cells.Where(c => !c.IsFiller).Select(c => c.Location.Page).Distinct().ToList();
            Assert.True(pages.Count >= 2, "table 三 runs over a page break");
            Assert.All(table3.Cells.Where(c => !c.IsFiller), c =>
            {
                Assert.True(c.Location.Page > 0);
                PageBox box = Assert.NotNull(c.Location.Box);
                Assert.True(box.Right > box.Left && box.Top > box.Bottom);
            });
            // The vertical label spans every outcome row, on both pages.
            SourceCell vertical = table3.Cells.Single(c => TableKeys.Squeeze(c.Text) == "三、本年度办理结果");
            Assert.Equal(2 + 8 + 3 + 5 + 3 + 1, vertical.RowSpan);
            Assert.Equal(TableStructure.Inferred, table3.Structure);
        }

        [Theory]
        [MemberData(nameof(Reports))]
        public void Headings_and_paragraphs_come_in_order_without_page_furniture(string name)
        {
            Document document = Read(name);
            var texts = document.Blocks.OfType<TextBlock>().Select(t => TableKeys.Squeeze(t.Text)).ToList();
            string[] headings = { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" };
            var positions = headings.Select(h => texts.IndexOf(h)).ToList();
            Assert.All(positions, p => Assert.True(p >= 0));
            Assert.Equal(positions.OrderBy(p => p), positions);
            Assert.All(headings, h => Assert.True(document.Blocks.OfType<TextBlock>().Single(t => TableKeys.Squeeze(t.Text) == h).IsHeading));
            // The tables sit under their headings.
            int Index(Func<Block, bool> match) => document.Blocks.Select((b, i) => (b, i)).First(p => match(p.b)).i;
            Assert.True(Index(b => b is TableBlock) > Index(b => b is TextBlock t && TableKeys.Squeeze(t.Text) == headings[1]));
            Assert.Contains(texts, t => t.StartsWith("本报告由", StringComparison.Ordinal) && t.Contains("中华人民共和国政府信息公开条例", StringComparison.Ordinal));
            // Chromium's header and footer (the title and date on top, the file address and "2/3" below) are gone.
            string all = string.Join("\n", texts) + string.Join("\n", document.Blocks.OfType<TableBlock>().SelectMany(t => t.Cells).Select(c => c.Text));
            Assert.DoesNotContain("file://", all, StringComparison.Ordinal);
            Assert.DoesNotContain("/3", all, StringComparison.Ordinal);
            Assert.Single(texts, t => t.Contains("年政府信息公开工作年度报告", StringComparison.Ordinal) && !t.StartsWith("本报告", StringComparison.Ordinal));
        }

        private static void AssertGrid(string[][] expected, TableBlock table)
        {
            Assert.Equal(expected.Length, table.RowCount);
            Assert.Equal(expected[0].Length, table.ColumnCount);
            for (int r = 0; r < expected.Length; r++)
                Assert.Equal(expected[r].Select(TableKeys.Squeeze).ToArray(), table.RowTexts(r).Select(TableKeys.Squeeze).ToArray());
        }

        private static Document Read(string name)
        {
            byte[] pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf", name + ".pdf"));
            Document document = new PdfDocumentReader().Read(pdf, name + ".pdf");
            Assert.Equal(DocumentKind.Pdf, document.Kind);
            Assert.Empty(document.Notes);
            return document;
        }

        private static string[][] Expected(string name, string table)
            => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf", name + "." + table + ".tsv"))
                .Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
    }
}
