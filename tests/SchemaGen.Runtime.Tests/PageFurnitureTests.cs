using System.Linq;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// What PDF pages print around a report (page numbers, a running header) goes; the report stays. Lines are compared
    /// as trimmed, in place: a header indented on one page and not on the next is still the same header.
    /// </summary>
    public class PageFurnitureTests
    {
        private static TextLine[] Lines(params string[] texts) => texts.Select((t, i) => new TextLine(i + 1, t)).ToArray();

        private static string[] Kept(params string[] texts)
            => PageFurniture.Remove(Lines(texts), SchemaReadingIndex.For(TestSchemas.V2021)).Select(l => l.Text).ToArray();

        [Fact]
        public void A_running_header_and_page_numbers_go_however_they_are_indented()
        {
            string[] kept = Kept(
                "　　某某市人民政府办公室年度报告摘要　",
                "本机关全年主动公开政府信息123条。",
                "- 3 -",
                "某某市人民政府办公室年度报告摘要",
                "\u3000第 4 页 共 12 页",
                "全年共收到申请45件。");
            Assert.Equal(new[] { "本机关全年主动公开政府信息123条。", "全年共收到申请45件。" }, kept);
        }

        [Fact]
        public void What_repeats_but_is_a_heading_a_figure_or_short_stays_and_form_feeds_become_spaces()
        {
            string[] input =
            {
                "三、收到和处理政府信息公开申请情况",
                "三、收到和处理政府信息公开申请情况",
                "  12345678  ",
                "12345678",
                "无",
                "无",
                "第一页正文\f第二页正文，全年收到申请45件",
            };
            string[] kept = Kept(input);
            Assert.Equal(input.Length, kept.Length);
            Assert.Equal(input.Take(6), kept.Take(6));
            Assert.Equal("第一页正文 第二页正文，全年收到申请45件", kept[6]);
        }

        [Fact]
        public void A_line_with_a_form_feed_inside_is_counted_as_it_reads_with_a_space()
        {
            // The header comes back twice as written; the page break's form feed inside a third copy reads as a space,
            // and that copy is the header too. A line that repeats only with its form feed is not (it reads otherwise).
            string[] kept = Kept(
                "某某市人民政府办公室 年度报告摘要",
                "本机关全年主动公开政府信息123条。",
                "某某市人民政府办公室 年度报告摘要",
                "某某市人民政府办公室\f年度报告摘要",
                "全年共收到申请45件，办结\f40件",
                "全年共收到申请45件，办结\f40件");
            Assert.Equal(new[] { "本机关全年主动公开政府信息123条。", "全年共收到申请45件，办结 40件", "全年共收到申请45件，办结 40件" }, kept);
        }

        [Fact]
        public void Lines_alike_at_both_ends_and_in_length_but_not_inside_are_told_apart()
        {
            // Lines are hashed by their length and ends only: two report lines that share both, each once, are no running
            // header, and a header among them is still found.
            string[] kept = Kept(
                "本机关全年主动公开政府信息规章文件共123条，均已按时发布完毕。",
                "某某市人民政府办公室年度报告摘要",
                "本机关全年主动公开政府信息规范文件共456条，均已按时发布完毕。",
                "某某市人民政府办公室年度报告摘要");
            Assert.Equal(new[] { "本机关全年主动公开政府信息规章文件共123条，均已按时发布完毕。", "本机关全年主动公开政府信息规范文件共456条，均已按时发布完毕。" }, kept);
        }

        [Fact]
        public void A_text_that_repeats_no_line_comes_back_as_it_was()
        {
            TextLine[] lines = Lines("一、总体情况", "本机关全年主动公开政府信息123条。", "全年共收到申请45件。");
            Assert.Same(lines, PageFurniture.Remove(lines, SchemaReadingIndex.For(TestSchemas.V2021)));
        }

        [Fact]
        public void A_text_read_after_another_counts_only_its_own_lines()
        {
            // The line counts are kept by the thread for the next text: a line the first text printed once must not count
            // as printed twice when the next prints it once.
            Assert.Equal(new[] { "某某市人民政府办公室年度报告摘要", "正文" }, Kept("某某市人民政府办公室年度报告摘要", "正文"));
            Assert.Equal(new[] { "某某市人民政府办公室年度报告摘要", "全年共收到申请45件。" }, Kept("某某市人民政府办公室年度报告摘要", "全年共收到申请45件。"));
            Assert.Equal(new[] { "正文" }, Kept("某某市人民政府办公室年度报告摘要", "正文", "某某市人民政府办公室年度报告摘要"));
        }
    }
}
