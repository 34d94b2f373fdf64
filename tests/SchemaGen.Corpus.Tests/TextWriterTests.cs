using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Rendering;
using Xunit;

namespace SchemaGen.Corpus.Tests
{
    public sealed class TextWriterTests
    {
        private static readonly CellRef NewlyReceivedTotal = new CellRef("Applications", "NewlyReceived", "Total");

        [Fact]
        public void Pipe_rows_flatten_the_header_and_close_rows_as_seed_001_does()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 21, Shapes.PipeText);
            string[] lines = report.Text!.Split('\n');
            Assert.Contains("第二十条第(一)项 | |||", lines);
            Assert.Contains("信息内容 | 本年处理决定数量 | ||", lines);
            Assert.Contains(lines, l => l.StartsWith("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||", StringComparison.Ordinal));
            Assert.Contains("自然人 | 法人或其他组织 | 总计 | |||||||", lines);
            Assert.Contains("行政复议 | 行政诉讼 | |||||||||||||", lines);

            string row = lines.Single(l => l.StartsWith("一、本年新收政府信息公开申请数量 | ", StringComparison.Ordinal));
            Assert.Equal("一、本年新收政府信息公开申请数量 | " + string.Join(" | ", Figures(report, "Applications", "NewlyReceived")) + " | ||", row);
            // Rows under a vertical group start at their own label; the covered slots go to the end of the row.
            string withheld = lines.Single(l => l.StartsWith("(三)不予公开 | 1.属于国家秘密 | ", StringComparison.Ordinal));
            Assert.EndsWith(" | |", withheld);
            // The last row of a table has no trailing covered slots.
            Assert.Matches(@"^四、结转下年度继续办理( \| \d+){6} \| \d+ \|$", lines.Single(l => l.StartsWith("四、结转", StringComparison.Ordinal)));
        }

        [Fact]
        public void One_cell_per_line_has_a_blank_line_after_each_cell_as_seed_003()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2019, 22, Shapes.CellPerLine);
            string text = report.Text!;
            Assert.DoesNotContain("\r", text);
            string[] lines = text.Split('\n');
            int label = Array.IndexOf(lines, "一、本年新收政府信息公开申请数量");
            Assert.True(label > 0);
            // label, blank, figure, blank, figure …: each of the seven figures two lines further down.
            var figures = Figures(report, "Applications", "NewlyReceived");
            for (int i = 0; i < figures.Count; i++)
            {
                Assert.Equal("", lines[label + 1 + 2 * i]);
                Assert.Equal(figures[i], lines[label + 2 + 2 * i]);
            }
            Assert.Contains("  一、总体情况", lines);
        }

        [Fact]
        public void One_cell_per_line_crawler_style_has_crlf_runs_of_blank_lines_and_wrapped_labels()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 23, Shapes.CellPerLineCrlf);
            string text = report.Text!;
            Assert.DoesNotMatch("[^\r]\n", text);
            Assert.Contains("\r\n\r\n\r\n商业\r\n企业\r\n\r\n\r\n科研\r\n机构\r\n\r\n\r\n社会公益组织", text);
            string figures = string.Join("\r\n\r\n\r\n", Figures(report, "Applications", "NewlyReceived"));
            Assert.Contains("一、本年新收政府信息公开申请数量\r\n\r\n\r\n" + figures + "\r\n\r\n\r\n\r\n\r\n二、", text);
        }

        [Fact]
        public void Flattened_text_runs_each_rows_digits_into_its_label()
        {
            foreach (ReportFormat format in ReportFormat.All)
            {
                RenderedReport report = Corpus.Render(format, 24, Shapes.Flattened);
                string text = report.Text!;
                Assert.Equal(1, text.Count(c => c == '\n'));
                Assert.Contains("一、本年新收政府信息公开申请数量" + string.Concat(Figures(report, "Applications", "NewlyReceived")) + "二、上年结转", text);
                Assert.Contains("　　一、总体情况　　", text);
                Assert.DoesNotContain(report.Identity.Title + "　", text);
                Assert.Contains("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉", text);
            }
        }

        [Fact]
        public void Flattened_text_with_zeros_dropped_shows_no_zero_cell_and_expects_blanks_there()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2019, 25, Shapes.FlattenedZerosDropped);
            Assert.DoesNotContain(report.ExpectedCells.Values, v => v == 0m);
            Assert.Contains(report.ExpectedCells.Values, v => v is null);
            var nonZero = Figures(report, "Applications", "NewlyReceived").Where(f => f.Length > 0);
            Assert.Contains("一、本年新收政府信息公开申请数量" + string.Concat(nonZero) + "二、", report.Text);
            // Every zero that vanished was a 0 before: the true figures say so.
            Assert.All(report.ExpectedCells.Where(p => p.Value is null), p => Assert.Equal(0m, report.TrueFigures[p.Key]));
        }

        [Fact]
        public void Flattened_text_with_stray_spaces_puts_them_between_figures_only()
        {
            int spaced = 0;
            for (int seed = 0; seed < 20; seed++)
            {
                RenderedReport report = Corpus.Render(ReportFormat.V2021, seed, Shapes.FlattenedSpaced);
                var matches = Regex.Matches(report.Text!, @"\S \S");
                Assert.All(matches, m => Assert.Matches(@"[0-9.+\-] [0-9.+\-]", m.Value));
                spaced += matches.Count;
            }
            Assert.True(spaced > 20, $"{spaced} stray spaces in 20 reports");
        }

        [Fact]
        public void Layout_text_prints_columns_at_the_header_positions_and_vertical_group_labels()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 26, Shapes.LayoutText);
            string[] lines = report.Text!.Split('\n');
            // 三、本年度办理结果 down the left edge, one character per line, on consecutive lines.
            int first = Array.FindIndex(lines, l => l.StartsWith("三 ", StringComparison.Ordinal) || l == "三");
            Assert.True(first > 0);
            Assert.Equal("三、本年度办理结果", string.Concat(lines.Skip(first).Take(9).Select(l => l[0])));
            // Each figure of 一、 stands under its column header: centred in the same span of display columns.
            string header = lines.First(l => l.Contains("商业") && l.Contains("科研"));
            string row = lines.First(l => l.StartsWith("一、本年新收", StringComparison.Ordinal));
            int businessHeader = DisplayColumn(header, header.IndexOf("商业", StringComparison.Ordinal));
            string business = report.Figures[new CellRef("Applications", "NewlyReceived", "Business")]!.Value.ToString(CultureInfo.InvariantCulture);
            var figurePositions = Regex.Matches(row, @"\d+").Select(m => DisplayColumn(row, m.Index)).ToList();
            Assert.Equal(7, figurePositions.Count);
            Assert.InRange(figurePositions[1], businessHeader, businessHeader + 4 - business.Length);
            Assert.DoesNotContain("\f", report.Text);
        }

        [Fact]
        public void Paged_layout_text_breaks_pages_inside_tables_and_wraps_labels()
        {
            int footersInTables = 0, figuresBelowLabels = 0, repeatedHeaders = 0;
            for (int seed = 0; seed < 10; seed++)
            {
                RenderedReport paged = Corpus.Render(ReportFormat.V2021, seed, Shapes.LayoutTextPaged);
                string[] lines = paged.Text!.Split('\n');
                Assert.Contains("\f", paged.Text);
                Assert.Contains(lines, l => l.Trim() == "- 1 -");
                // A footer between two lines of table 三's body.
                int footer = Array.FindIndex(lines, l => l.Trim() == "- 2 -");
                if (lines.Take(footer).Any(l => l.Contains("一、本年新收")) && lines.Skip(footer).Any(l => l.Contains("（七）总计"))) footersInTables++;
                // A line of figures with no label on it right after a label line without figures.
                for (int i = 1; i < lines.Length; i++)
                    if (Regex.IsMatch(lines[i], @"^\s+\d+(\s+\d+){6}\s*$") && Regex.IsMatch(lines[i - 1], @"\p{IsCJKUnifiedIdeographs}") && !Regex.IsMatch(lines[i - 1], @"\s\d+\s")) figuresBelowLabels++;

                RenderedReport repeated = Corpus.Render(ReportFormat.V2021, seed, Shapes.LayoutTextRepeatedHeader);
                repeatedHeaders += Regex.Matches(repeated.Text!, "申请人情况").Count - 1;
            }
            Assert.True(footersInTables > 0, "a page break inside table 三");
            Assert.True(figuresBelowLabels > 0, "figures on a line of their own below a wrapped label");
            Assert.True(repeatedHeaders > 0, "a table header printed again after a page break");
        }

        [Fact]
        public void Raw_order_text_gives_table_bodies_column_by_column()
        {
            RenderedReport report = Corpus.Render(ReportFormat.V2021, 27, Shapes.RawOrderText);
            string[] lines = report.Text!.Split('\n');
            FormatTable table = report.Format.Table("Applications");
            int start = Array.IndexOf(lines, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请") + 3; // then 2. and 3.其他
            Assert.Equal("3.其他", lines[start - 1]);
            var column = table.LeafRows.Select(r => report.Figures[new CellRef("Applications", r.Path, "NaturalPerson")]!.Value.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(column, lines.Skip(start).Take(table.LeafRows.Count));
        }

        [Fact]
        public void Markdown_tables_have_one_header_row_and_the_ocr_slips()
        {
            RenderedReport clean = Corpus.Render(ReportFormat.V2021, 28, Shapes.Markdown);
            Assert.Contains("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 自然人 | 法人或其他组织 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- |", clean.Text);
            Assert.Contains("| 一、本年新收政府信息公开申请数量 |  |  | " + string.Join(" | ", Figures(clean, "Applications", "NewlyReceived")) + " |", clean.Text);

            int placeholders = 0, splits = 0, lostNumbers = 0, slips = 0, fullWidth = 0;
            for (int seed = 0; seed < 20; seed++)
            {
                string text = Corpus.Render(ReportFormat.V2021, seed, Shapes.MarkdownOcr).Text!;
                if (text.Contains("| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |")) placeholders++;
                // Table 三 cut after （六）'s first row: its header row twice.
                if (Regex.Matches(text, @"\| 数据6 \| 总计 \|").Count == 2) splits++;
                if (Regex.IsMatch(text, @"\| (予以公开|属于国家秘密|重复申请) \|")) lostNumbers++;
                if (text.Contains("末经复议") || text.Contains("己获取") || text.Contains("逾期末按")) slips++;
                if (Regex.IsMatch(text, @"\| [０-９]+ \|")) fullWidth++;
            }
            Assert.Equal(20, placeholders);
            Assert.Equal(20, splits);
            Assert.True(lostNumbers > 0 && slips > 0 && fullWidth > 0, $"lost numbers {lostNumbers}, slips {slips}, full-width {fullWidth}");
        }

        [Fact]
        public void Text_shapes_hold_every_figure_they_expect()
        {
            // Whatever the layout, a figure a reader must find is printed: each table row's figures appear in the text in order.
            foreach (Shape shape in Shapes.TextShapes.Where(s => s != Shapes.RawOrderText))
                foreach (ReportFormat format in ReportFormat.All)
                {
                    RenderedReport report = Corpus.Render(format, 29, shape);
                    string digits = Regex.Replace(report.Text!.Replace("０", "0").Replace("１", "1").Replace("２", "2").Replace("３", "3").Replace("４", "4")
                        .Replace("５", "5").Replace("６", "6").Replace("７", "7").Replace("８", "8").Replace("９", "9"), @"[^\d.+\-]", "");
                    string row = string.Concat(Figures(report, "Applications", "Outcomes.Total"));
                    Assert.True(digits.Contains(row), $"{shape} {format}: （七）总计 row {row} not in the text");
                }
        }

        /// <summary>A row's figures as printed, in column order (blank as "").</summary>
        private static List<string> Figures(RenderedReport report, string table, string row)
            => report.Format.Table(table).LeafColumns
                .Select(c => report.Figures[new CellRef(table, row, c.Id)]?.ToString(CultureInfo.InvariantCulture) ?? "").ToList();

        private static int DisplayColumn(string line, int index)
        {
            int column = 0;
            for (int i = 0; i < index; i++) column += line[i] >= '\u2E80' ? 2 : 1;
            return column;
        }
    }
}
