using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// The figures and layout of the fictional 2023 report the fixture pages publish (2021 format), written down once.
    /// They are consistent: in table 三 every column balances (一 + 二 = （七）总计 + 四), every 总计 is its row's sum,
    /// and （七）总计 is the sum of the outcome rows; in table 四 each group's 总计 is the sum of the other four.
    /// </summary>
    internal static class ExpectedReport
    {
        public const string TopLeft = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        public const string Outcomes = "三、本年度办理结果";
        public const string Withheld = "（三）不予公开";
        public const string UnableToProvide = "（四）无法提供";
        public const string NotProcessed = "（五）不予处理";
        public const string OtherHandling = "（六）其他处理";

        /// <summary>Every slot of table 三 in the official layout (28 rows × 10 columns): a merged cell's text in each slot it covers.</summary>
        public static string[][] Table3Slots() => new[]
        {
            Row(Times(TopLeft, 3), Times("申请人情况", 7)),
            Row(Times(TopLeft, 3), "自然人", Times("法人或其他组织", 5), "总计"),
            Row(Times(TopLeft, 3), "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
            Row(Times("一、本年新收政府信息公开申请数量", 3), "41", "6", "0", "1", "2", "0", "50"),
            Row(Times("二、上年结转政府信息公开申请数量", 3), "3", "1", "0", "0", "0", "0", "4"),
            Row(Outcomes, Times("（一）予以公开", 2), "18", "3", "0", "1", "0", "0", "22"),
            Row(Outcomes, Times("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2), "3", "1", "0", "0", "0", "0", "4"),
            Row(Outcomes, Withheld, "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, Withheld, "2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, Withheld, "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, Withheld, "4.保护第三方合法权益", "2", "1", "0", "0", "0", "0", "3"),
            Row(Outcomes, Withheld, "5.属于三类内部事务信息", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, Withheld, "6.属于四类过程性信息", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, Withheld, "7.属于行政执法案卷", "0", "0", "0", "0", "1", "0", "1"),
            Row(Outcomes, Withheld, "8.属于行政查询事项", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, UnableToProvide, "1.本机关不掌握相关政府信息", "9", "1", "0", "0", "0", "0", "10"),
            Row(Outcomes, UnableToProvide, "2.没有现成信息需要另行制作", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, UnableToProvide, "3.补正后申请内容仍不明确", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, NotProcessed, "1.信访举报投诉类申请", "2", "0", "0", "0", "0", "0", "2"),
            Row(Outcomes, NotProcessed, "2.重复申请", "1", "0", "0", "0", "1", "0", "2"),
            Row(Outcomes, NotProcessed, "3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, NotProcessed, "4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, NotProcessed, "5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, OtherHandling, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1", "0", "0", "0", "0", "0", "1"),
            Row(Outcomes, OtherHandling, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, OtherHandling, "3.其他", "0", "0", "0", "0", "0", "0", "0"),
            Row(Outcomes, Times("（七）总计", 2), "42", "6", "0", "1", "2", "0", "51"),
            Row(Times("四、结转下年度继续办理", 3), "2", "1", "0", "0", "0", "0", "3"),
        };

        /// <summary>The merged cells of table 三 (top-left slot, spans, text); every other cell spans one slot.</summary>
        public static MergedCell[] Table3MergedCells() => new[]
        {
            new MergedCell(0, 0, 3, 3, TopLeft),
            new MergedCell(0, 3, 1, 7, "申请人情况"),
            new MergedCell(1, 3, 2, 1, "自然人"),
            new MergedCell(1, 4, 1, 5, "法人或其他组织"),
            new MergedCell(1, 9, 2, 1, "总计"),
            new MergedCell(3, 0, 1, 3, "一、本年新收政府信息公开申请数量"),
            new MergedCell(4, 0, 1, 3, "二、上年结转政府信息公开申请数量"),
            new MergedCell(5, 0, 22, 1, Outcomes),
            new MergedCell(5, 1, 1, 2, "（一）予以公开"),
            new MergedCell(6, 1, 1, 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            new MergedCell(7, 1, 8, 1, Withheld),
            new MergedCell(15, 1, 3, 1, UnableToProvide),
            new MergedCell(18, 1, 5, 1, NotProcessed),
            new MergedCell(23, 1, 3, 1, OtherHandling),
            new MergedCell(26, 1, 1, 2, "（七）总计"),
            new MergedCell(27, 0, 1, 3, "四、结转下年度继续办理"),
        };

        /// <summary>Every slot of table 二 (14 rows × 4 columns): four blocks, each a caption row, a header row and its rows.</summary>
        public static string[][] Table2Slots() => new[]
        {
            Row(Times("第二十条第（一）项", 4)),
            Row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
            Row("规章", "1", "0", "5"),
            Row("行政规范性文件", "12", "3", "47"),
            Row(Times("第二十条第（五）项", 4)),
            Row("信息内容", Times("本年处理决定数量", 3)),
            Row("行政许可", Times("1286", 3)),
            Row(Times("第二十条第（六）项", 4)),
            Row("信息内容", Times("本年处理决定数量", 3)),
            Row("行政处罚", Times("37", 3)),
            Row("行政强制", Times("5", 3)),
            Row(Times("第二十条第（八）项", 4)),
            Row("信息内容", Times("本年收费金额（单位：万元）", 3)),
            Row("行政事业性收费", Times("23.46", 3)),
        };

        /// <summary>The merged cells of table 二: each block's caption row, and the header and figure cells of the one-figure blocks.</summary>
        public static MergedCell[] Table2MergedCells() => new[]
        {
            new MergedCell(0, 0, 1, 4, "第二十条第（一）项"),
            new MergedCell(4, 0, 1, 4, "第二十条第（五）项"),
            new MergedCell(5, 1, 1, 3, "本年处理决定数量"),
            new MergedCell(6, 1, 1, 3, "1286"),
            new MergedCell(7, 0, 1, 4, "第二十条第（六）项"),
            new MergedCell(8, 1, 1, 3, "本年处理决定数量"),
            new MergedCell(9, 1, 1, 3, "37"),
            new MergedCell(10, 1, 1, 3, "5"),
            new MergedCell(11, 0, 1, 4, "第二十条第（八）项"),
            new MergedCell(12, 1, 1, 3, "本年收费金额（单位：万元）"),
            new MergedCell(13, 1, 1, 3, "23.46"),
        };

        /// <summary>Every slot of table 四 (4 rows × 15 columns): two header levels over three groups of five, then the one row of figures.</summary>
        public static string[][] Table4Slots() => new[]
        {
            Row(Times("行政复议", 5), Times("行政诉讼", 10)),
            Row(Results, Times("未经复议直接起诉", 5), Times("复议后起诉", 5)),
            Row(Results, Results, Results),
            Row("2", "1", "0", "1", "4", "1", "0", "0", "1", "2", "0", "0", "1", "0", "1"),
        };

        public static MergedCell[] Table4MergedCells() => new[]
        {
            new MergedCell(0, 0, 1, 5, "行政复议"),
            new MergedCell(0, 5, 1, 10, "行政诉讼"),
            new MergedCell(1, 0, 2, 1, "结果维持"),
            new MergedCell(1, 1, 2, 1, "结果纠正"),
            new MergedCell(1, 2, 2, 1, "其他结果"),
            new MergedCell(1, 3, 2, 1, "尚未审结"),
            new MergedCell(1, 4, 2, 1, "总计"),
            new MergedCell(1, 5, 1, 5, "未经复议直接起诉"),
            new MergedCell(1, 10, 1, 5, "复议后起诉"),
        };

        private static readonly string[] Results = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };

        private static string[] Times(string text, int count) => Enumerable.Repeat(text, count).ToArray();

        /// <summary>A row from texts and runs of texts, flattened.</summary>
        private static string[] Row(params object[] parts)
        {
            var row = new List<string>();
            foreach (object part in parts)
            {
                if (part is string text) row.Add(text);
                else row.AddRange((string[])part);
            }
            return row.ToArray();
        }
    }

    internal sealed record MergedCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);
}
