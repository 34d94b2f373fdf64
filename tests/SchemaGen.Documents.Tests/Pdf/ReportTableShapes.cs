using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Tests.Pdf
{
    /// <summary>
    /// Tables shaped like the report's table 三 (official merged header, 三、本年度办理结果 spanning the outcome rows,
    /// group labels spanning their sub-rows, wrapped long labels), with seeded random figures and random variations of
    /// the structure, for writer → reader round trips.
    /// </summary>
    internal static class ReportTableShapes
    {
        public static readonly string[] ApplicantColumns = { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };

        private static readonly (string Group, string[] Subs)[] OutcomeGroups =
        {
            ("（一）予以公开", Array.Empty<string>()),
            ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Array.Empty<string>()),
            ("（三）不予公开", new[] { "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项" }),
            ("（四）无法提供", new[] { "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确" }),
            ("（五）不予处理", new[] { "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息" }),
            ("（六）其他处理", new[] { "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他" }),
            ("（七）总计", Array.Empty<string>()),
        };

        /// <summary>The official 2021 table 三 with figures from <paramref name="figure"/> (row index, column index) → text.</summary>
        public static TableBlock Table3(Func<int, int, string> figure, int groups = 7, int maxSubs = 8, bool withBlankCells = false)
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None) { HeaderRowCount = 3 };
            b.BeginRow();
            b.AddCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, true);
            b.AddCell("申请人情况", 1, 7, true);
            b.BeginRow();
            b.AddCell("自然人", 2, 1, true);
            b.AddCell("法人或其他组织", 1, 5, true);
            b.AddCell("总计", 2, 1, true);
            b.BeginRow();
            foreach (string leaf in ApplicantColumns.Skip(1).Take(5)) b.AddCell(leaf, 1, 1, true);
            int bodyRow = 0;
            void Figures()
            {
                for (int c = 0; c < 7; c++) b.AddCell(figure(bodyRow, c));
                bodyRow++;
            }
            b.BeginRow();
            b.AddCell("一、本年新收政府信息公开申请数量", 1, 3);
            Figures();
            b.BeginRow();
            b.AddCell("二、上年结转政府信息公开申请数量", 1, 3);
            Figures();
            var chosen = OutcomeGroups.Take(Math.Max(1, Math.Min(groups, OutcomeGroups.Length))).Select(g => (g.Group, Subs: g.Subs.Take(maxSubs).ToArray())).ToList();
            int outcomeRows = chosen.Sum(g => Math.Max(1, g.Subs.Length));
            bool first = true;
            foreach ((string group, string[] subs) in chosen)
            {
                b.BeginRow();
                if (first) b.AddCell("三、本年度办理结果", outcomeRows, 1);
                first = false;
                if (subs.Length == 0)
                {
                    b.AddCell(group, 1, 2);
                    Figures();
                    continue;
                }
                b.AddCell(group, subs.Length, 1);
                for (int s = 0; s < subs.Length; s++)
                {
                    if (s > 0) b.BeginRow();
                    b.AddCell(subs[s]);
                    Figures();
                }
            }
            b.BeginRow();
            b.AddCell("四、结转下年度继续办理", 1, 3);
            Figures();
            return b.Build();
        }

        /// <summary>The report's table 四: one row of 15 figures under a three-level header, no row label.</summary>
        public static TableBlock Table4(Func<int, int, string> figure)
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None) { HeaderRowCount = 3 };
            b.BeginRow();
            b.AddCell("行政复议", 2, 5, true);
            b.AddCell("行政诉讼", 1, 10, true);
            b.BeginRow();
            b.AddCell("未经复议直接起诉", 1, 5, true);
            b.AddCell("复议后起诉", 1, 5, true);
            b.BeginRow();
            for (int g = 0; g < 3; g++)
                foreach (string leaf in new[] { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" }) b.AddCell(leaf, 1, 1, true);
            b.BeginRow();
            for (int c = 0; c < 15; c++) b.AddCell(figure(0, c));
            return b.Build();
        }

        /// <summary>Random figures, some blank when asked: the same seed gives the same table.</summary>
        public static Func<int, int, string> RandomFigures(Random random, double blankShare)
        {
            var cache = new Dictionary<(int, int), string>();
            return (r, c) =>
            {
                if (!cache.TryGetValue((r, c), out string? text))
                {
                    text = random.NextDouble() < blankShare ? "" : random.Next(0, random.Next(2) == 0 ? 10 : 2000).ToString(CultureInfo.InvariantCulture);
                    cache[(r, c)] = text;
                }
                return text;
            };
        }

        public static Document Report(params Block[] tables)
        {
            var blocks = new List<Block>
            {
                new TextBlock("XX市人民政府2023年政府信息公开工作年度报告", SourceLocation.None, true),
                new TextBlock("本报告由XX市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。", SourceLocation.None),
            };
            // Table 三 under its section heading, table 四 (when given) under its own.
            string[] headings = { "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况" };
            for (int i = 0; i < tables.Length; i++)
            {
                if (i < headings.Length) blocks.Add(new TextBlock(headings[i], SourceLocation.None, true));
                blocks.Add(tables[i]);
            }
            blocks.Add(new TextBlock("五、存在的主要问题及改进情况", SourceLocation.None, true));
            blocks.Add(new TextBlock("一是公开内容还不够全面，二是解读形式还不够丰富。下一步将进一步加强政府信息公开工作。", SourceLocation.None));
            return new Document(DocumentKind.Text, "report", blocks);
        }
    }
}
