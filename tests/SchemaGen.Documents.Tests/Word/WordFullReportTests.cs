using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Validation;
using Xunit;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>A whole 2021-format report built as agencies' Word templates build it, read block for block and cell for cell.</summary>
    public class WordFullReportTests
    {
        private static readonly AnnualReport2021Docx Report = AnnualReport2021Docx.Generate(seed: 2021);
        private static readonly byte[] Docx = Report.ToDocx().Build();
        private static readonly Document Read = WordTestReading.Read(Docx);

        [Fact]
        public void Reads_without_warnings_or_errors()
        {
            Assert.Equal(DocumentKind.Word, Read.Kind);
            Assert.Equal("report.docx", Read.SourceName);
            Assert.DoesNotContain(Read.Notes, n => n.Severity != FindingSeverity.Info);
        }

        [Fact]
        public void Headings_carry_the_numbers_numbering_xml_gives_them()
        {
            string[] headings = Texts(Read).Where(t => t.IsHeading).Select(t => t.Text).ToArray();
            Assert.Equal(new[]
            {
                AnnualReport2021Docx.Title,
                "一、总体情况", "（一）主动公开", "（二）依申请公开",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "（一）存在的主要问题",
                "六、其他需要报告的事项",
            }, headings);
        }

        [Fact]
        public void Paragraphs_come_in_order_with_the_tables_between_their_headings_and_no_empty_paragraph()
        {
            var sequence = Read.Blocks.Select(b => b is TableBlock t ? "table:" + t.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : ((TextBlock)b).Text).ToList();
            Assert.Equal(new[]
            {
                AnnualReport2021Docx.Title,
                "本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。",
                "一、总体情况", "（一）主动公开", "全年主动公开政府信息1234条。",
                "（二）依申请公开", "全年新收政府信息公开申请" + Report.ApplicationsFigure("一、本年新收政府信息公开申请数量", "总计") + "件。",
                "二、主动公开政府信息情况", "table:14",
                "三、收到和处理政府信息公开申请情况", "table:28",
                "四、政府信息公开行政复议、行政诉讼情况", "table:4",
                "五、存在的主要问题及改进情况", "（一）存在的主要问题", "政务公开工作机制仍需完善。",
                "六、其他需要报告的事项", "本年度未收取信息处理费。",
            }, sequence);
            Assert.DoesNotContain(Texts(Read), t => string.IsNullOrWhiteSpace(t.Text));
        }

        [Fact]
        public void Table_three_is_read_slot_for_slot_as_the_official_grid()
        {
            TableBlock table = TableWith(Read, "申请人情况");
            string[][] expected = ExpectedApplicationsGrid();
            Assert.Equal(expected.Length, table.RowCount);
            Assert.Equal(10, table.ColumnCount);
            for (int r = 0; r < expected.Length; r++) Assert.Equal(expected[r], table.RowTexts(r));
            Assert.Equal(3, table.HeaderRowCount);
            Assert.All(table.Cells, cell => Assert.Equal(cell.Row < 3, cell.IsHeader));
            Assert.DoesNotContain(table.Cells, cell => cell.IsFiller);
        }

        [Fact]
        public void Table_three_merged_cells_have_the_official_spans()
        {
            TableBlock table = TableWith(Read, "申请人情况");
            AssertSpan(table, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowSpan: 3, columnSpan: 3);
            AssertSpan(table, "申请人情况", rowSpan: 1, columnSpan: 7);
            AssertSpan(table, "自然人", rowSpan: 2, columnSpan: 1);
            AssertSpan(table, "法人或其他组织", rowSpan: 1, columnSpan: 5);
            AssertSpan(table, "总计", rowSpan: 2, columnSpan: 1);
            AssertSpan(table, "一、本年新收政府信息公开申请数量", rowSpan: 1, columnSpan: 3);
            AssertSpan(table, AnnualReport2021Docx.Group3, rowSpan: 22, columnSpan: 1);
            AssertSpan(table, "（一）予以公开", rowSpan: 1, columnSpan: 2);
            AssertSpan(table, "（三）不予公开", rowSpan: 8, columnSpan: 1);
            AssertSpan(table, "（四）无法提供", rowSpan: 3, columnSpan: 1);
            AssertSpan(table, "（五）不予处理", rowSpan: 5, columnSpan: 1);
            AssertSpan(table, "（六）其他处理", rowSpan: 3, columnSpan: 1);
            AssertSpan(table, "（七）总计", rowSpan: 1, columnSpan: 2);
            // A merged cell is one source cell in every slot it covers.
            SourceCell group = table[5, 0];
            Assert.Same(group, table[26, 0]);
            Assert.Equal(5, group.Row);
        }

        [Fact]
        public void Table_three_leaf_labels_get_their_numbers_from_lists_that_restart_per_group()
        {
            TableBlock table = TableWith(Read, "申请人情况");
            string[] leafLabels = Enumerable.Range(0, table.RowCount).Select(r => table[r, 2].Text).Where(t => t.Length > 0 && char.IsDigit(t[0])).Distinct().ToArray();
            Assert.Equal(new[]
            {
                "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
            }, leafLabels);
        }

        [Fact]
        public void Cell_locations_are_element_paths_to_the_cells_in_document_xml()
        {
            TableBlock table = TableWith(Read, "申请人情况");
            Assert.Equal("body/tbl[2]", table.Location.Path);
            Assert.Equal("body/tbl[2]/tr[8]/tc[3]", table[7, 2].Location.Path);   // 1.属于国家秘密
            Assert.Equal("body/tbl[2]/tr[8]/tc[4]", table[7, 3].Location.Path);   // its 自然人 figure
            Assert.Equal("body/tbl[2]/tr[6]/tc[1]", table[12, 0].Location.Path);  // 三、本年度办理结果, where its merge starts
            Assert.Equal("body/p[10]", Assert.Single(Texts(Read), t => t.Text == "三、收到和处理政府信息公开申请情况").Location.Path);

            // Every cell's path leads to a w:tc of document.xml holding the cell's text (less the number numbering.xml adds).
            Assert.NotEmpty(table.Cells);
            XElement body = BodyOf(Docx);
            foreach (SourceCell cell in table.Cells)
            {
                XElement? element = Resolve(body, cell.Location.Path!);
                Assert.NotNull(element);
                Assert.Equal("tc", element!.Name.LocalName);
                Assert.EndsWith(TextOf(element), cell.Text, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Table_four_has_its_three_level_header()
        {
            TableBlock table = TableWith(Read, "行政复议");
            Assert.Equal(4, table.RowCount);
            Assert.Equal(15, table.ColumnCount);
            Assert.Equal(3, table.HeaderRowCount);
            AssertSpan(table, "行政复议", rowSpan: 2, columnSpan: 5);
            AssertSpan(table, "行政诉讼", rowSpan: 1, columnSpan: 10);
            AssertSpan(table, "未经复议直接起诉", rowSpan: 1, columnSpan: 5);
            AssertSpan(table, "复议后起诉", rowSpan: 1, columnSpan: 5);
            string[] leafHeader = AnnualReport2021Docx.AppealColumns;
            Assert.Equal(leafHeader.Concat(leafHeader).Concat(leafHeader), table.RowTexts(2));
            Assert.Equal(Report.Appeals.Select(Wml.N), table.RowTexts(3));
        }

        [Fact]
        public void Table_two_blocks_each_have_their_caption_spanning_the_table()
        {
            TableBlock table = TableWith(Read, "第二十条第（一）项");
            Assert.Equal(14, table.RowCount);
            Assert.Equal(4, table.ColumnCount);
            foreach (string caption in new[] { "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项" })
                AssertSpan(table, caption, rowSpan: 1, columnSpan: 4);
            Assert.Equal(new[] { "规章", Wml.N(Report.Regulations[0, 0]), Wml.N(Report.Regulations[0, 1]), Wml.N(Report.Regulations[0, 2]) }, table.RowTexts(2));
            Assert.Equal(new[] { "行政强制", Wml.N(Report.Enforcement[1]), Wml.N(Report.Enforcement[1]), Wml.N(Report.Enforcement[1]) }, table.RowTexts(10));
            Assert.Equal(new[] { "行政事业性收费", Report.Fees, Report.Fees, Report.Fees }, table.RowTexts(13));
            Assert.Equal(0, table.HeaderRowCount);
        }

        [Fact]
        public void Wrapped_in_a_layout_table_the_report_reads_as_the_same_blocks()
        {
            DocxBuilder builder = Report.ToDocx();
            int sectionProperties = builder.Body.IndexOf("<w:sectPr>", StringComparison.Ordinal);
            builder.Body = Wml.Table(Wml.Row(Wml.CellWith("", builder.Body.Substring(0, sectionProperties)))) + builder.Body.Substring(sectionProperties);
            Document wrapped = WordTestReading.Read(builder.Build());

            Assert.Equal(Shape(Read), Shape(wrapped));
            TableBlock table = TableWith(wrapped, "申请人情况");
            Assert.Equal("body/tbl[1]/tr[1]/tc[1]/tbl[2]/tr[8]/tc[3]", table[7, 2].Location.Path);
        }

        private static IEnumerable<string> Shape(Document document)
            => document.Blocks.Select(b => b is TableBlock t
                ? string.Join("|", Enumerable.Range(0, t.RowCount).Select(r => string.Join(",", t.RowTexts(r))))
                : ((TextBlock)b).Text + (((TextBlock)b).IsHeading ? " (heading)" : ""));

        private static void AssertSpan(TableBlock table, string text, int rowSpan, int columnSpan)
        {
            SourceCell cell = Assert.Single(table.Cells, c => c.Text == text);
            Assert.Equal((rowSpan, columnSpan), (cell.RowSpan, cell.ColumnSpan));
        }

        /// <summary>The official grid of table 三 drawn slot by slot from the report's rows (a merged cell's text in every slot it covers).</summary>
        private static string[][] ExpectedApplicationsGrid()
        {
            const string note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
            var rows = new List<string[]>
            {
                new[] { note, note, note }.Concat(Enumerable.Repeat("申请人情况", 7)).ToArray(),
                new[] { note, note, note, "自然人" }.Concat(Enumerable.Repeat("法人或其他组织", 5)).Append("总计").ToArray(),
                new[] { note, note, note }.Concat(AnnualReport2021Docx.ApplicantColumns).ToArray(),
            };
            var leafNumbers = new Dictionary<string, int>();
            foreach (ApplicationsRow row in Report.Applications)
            {
                string[] labels;
                if (row.Group is null) labels = new[] { row.Label, row.Label, row.Label };
                else if (row.SubGroup is null) labels = new[] { row.Group, row.Label, row.Label };
                else
                {
                    leafNumbers[row.SubGroup] = leafNumbers.TryGetValue(row.SubGroup, out int n) ? n + 1 : 1;
                    labels = new[] { row.Group, row.SubGroup, Wml.N(leafNumbers[row.SubGroup]) + "." + row.Label };
                }
                rows.Add(labels.Concat(row.Figures.Select(Wml.N)).ToArray());
            }
            return rows.ToArray();
        }
    }
}
