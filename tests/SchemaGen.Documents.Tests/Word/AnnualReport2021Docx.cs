using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static SchemaGen.Documents.Tests.Word.Wml;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>One row of table 三 as the official layout draws it: its label cells and its seven figures.</summary>
    /// <param name="Label">The row's own label; for the numbered leaves (1.属于国家秘密) without its number, which numbering.xml supplies.</param>
    /// <param name="Group">三、本年度办理结果 for the outcome rows (a label merged down them), else null.</param>
    /// <param name="SubGroup">（三）不予公开 and the like for their sub-rows (merged down them), else null.</param>
    /// <param name="ListNumId">The numbering instance that numbers the leaf label, else null.</param>
    internal sealed record ApplicationsRow(string Label, string? Group, string? SubGroup, int? ListNumId, int[] Figures);

    /// <summary>
    /// A complete report in the 2021 format as a Word document, the way agencies' templates build it: section headings
    /// 一、…六、 numbered by numbering.xml (chineseCounting "%1、" through the heading style), sub-headings （一） by
    /// direct numbering, table 二 as one four-column table of blocks, table 三 with its official merged header and the
    /// leaf labels of （三）…（六） numbered "1." by lists that restart per group, table 四 with its three-level header.
    /// Figures are random from a seed and consistent (every total adds up).
    /// </summary>
    internal sealed class AnnualReport2021Docx
    {
        public const string Title = "某市某局2021年政府信息公开工作年度报告";
        public const string Group3 = "三、本年度办理结果";
        public static readonly string[] SectionTitles = { "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项" };
        public static readonly string[] ApplicantColumns = { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };
        public static readonly string[] AppealColumns = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };

        private static readonly (string SubGroup, int NumId, string[] Leaves)[] OutcomeGroups =
        {
            ("（三）不予公开", 2, new[] { "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项" }),
            ("（四）无法提供", 3, new[] { "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确" }),
            ("（五）不予处理", 4, new[] { "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息" }),
            ("（六）其他处理", 5, new[] { "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他" }),
        };

        private AnnualReport2021Docx(int[,] regulations, int licensing, int[] enforcement, string fees, List<ApplicationsRow> applications, int[] appeals)
        {
            Regulations = regulations;
            Licensing = licensing;
            Enforcement = enforcement;
            Fees = fees;
            Applications = applications;
            Appeals = appeals;
        }

        /// <summary>规章 and 行政规范性文件 × 本年制发件数, 本年废止件数, 现行有效件数.</summary>
        public int[,] Regulations { get; }
        public int Licensing { get; }
        /// <summary>行政处罚, 行政强制.</summary>
        public int[] Enforcement { get; }
        /// <summary>本年收费金额（单位：万元）, as written.</summary>
        public string Fees { get; }
        public IReadOnlyList<ApplicationsRow> Applications { get; }
        /// <summary>行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
        public int[] Appeals { get; }

        public static AnnualReport2021Docx Generate(int seed)
        {
            var random = new Random(seed);
            int Count(int max) => random.Next(3) == 0 ? 0 : random.Next(max + 1);

            var regulations = new int[2, 3];
            for (int r = 0; r < 2; r++)
            {
                regulations[r, 0] = Count(9);
                regulations[r, 1] = Count(5);
                regulations[r, 2] = regulations[r, 0] + Count(40);
            }

            // Table 三, per applicant column: outcome leaves, their total, carried forward and over, and newly received to balance.
            const int applicants = 6;
            var outcomeRows = new List<(string Label, string? SubGroup, int? NumId)> { ("（一）予以公开", null, null), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, null) };
            foreach (var group in OutcomeGroups) outcomeRows.AddRange(group.Leaves.Select(leaf => (leaf, (string?)group.SubGroup, (int?)group.NumId)));
            var outcomes = new int[outcomeRows.Count, applicants];
            var outcomeTotal = new int[applicants];
            var newly = new int[applicants];
            var carriedOver = new int[applicants];
            var carriedForward = new int[applicants];
            for (int c = 0; c < applicants; c++)
            {
                for (int r = 0; r < outcomeRows.Count; r++) outcomeTotal[c] += outcomes[r, c] = Count(c == 0 ? 30 : 6);
                carriedForward[c] = Count(4);
                carriedOver[c] = Math.Min(Count(4), outcomeTotal[c] + carriedForward[c]);
                newly[c] = outcomeTotal[c] + carriedForward[c] - carriedOver[c];
            }
            int[] WithTotal(Func<int, int> figure)
            {
                int[] figures = Enumerable.Range(0, applicants).Select(figure).ToArray();
                return figures.Append(figures.Sum()).ToArray();
            }

            var applications = new List<ApplicationsRow>
            {
                new ApplicationsRow("一、本年新收政府信息公开申请数量", null, null, null, WithTotal(c => newly[c])),
                new ApplicationsRow("二、上年结转政府信息公开申请数量", null, null, null, WithTotal(c => carriedOver[c])),
            };
            for (int r = 0; r < outcomeRows.Count; r++)
            {
                int row = r;
                applications.Add(new ApplicationsRow(outcomeRows[r].Label, Group3, outcomeRows[r].SubGroup, outcomeRows[r].NumId, WithTotal(c => outcomes[row, c])));
            }
            applications.Add(new ApplicationsRow("（七）总计", Group3, null, null, WithTotal(c => outcomeTotal[c])));
            applications.Add(new ApplicationsRow("四、结转下年度继续办理", null, null, null, WithTotal(c => carriedForward[c])));

            var appeals = new int[15];
            for (int g = 0; g < 3; g++)
            {
                for (int k = 0; k < 4; k++) appeals[g * 5 + k] = Count(5);
                appeals[g * 5 + 4] = appeals.Skip(g * 5).Take(4).Sum();
            }
            string fees = (random.Next(0, 100000) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
            return new AnnualReport2021Docx(regulations, Count(900), new[] { Count(300), Count(20) }, fees, applications, appeals);
        }

        /// <summary>The figure text of an applications row by its label (the leaf label without its number) and column (自然人 … 总计).</summary>
        public string ApplicationsFigure(string label, string column)
            => N(Applications.Single(r => r.Label == label).Figures[Array.IndexOf(ApplicantColumns, column)]);

        public DocxBuilder ToDocx() => new DocxBuilder(Body()) { Styles = StylesXml, Numbering = NumberingXml };

        private string Body()
        {
            int newlyReceived = Applications[0].Figures[6];
            var body = new StringBuilder();
            body.Append(P(Style("Title"), R(Title)));
            body.Append(P(""));
            body.Append(P("本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。"));
            body.Append(Section(0)).Append(SubHeading("主动公开")).Append(P("全年主动公开政府信息1234条。"));
            body.Append(SubHeading("依申请公开")).Append(P("全年新收政府信息公开申请" + N(newlyReceived) + "件。"));
            body.Append(Section(1)).Append(Table2());
            body.Append(Section(2)).Append(Table3());
            body.Append(Section(3)).Append(Table4());
            body.Append(Section(4)).Append(SubHeading("存在的主要问题")).Append(P("政务公开工作机制仍需完善。"));
            body.Append(Section(5)).Append(P("本年度未收取信息处理费。"));
            body.Append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
            return body.ToString();
        }

        /// <summary>A section heading: its number comes from the Heading1 style's numbering, not from the text.</summary>
        private static string Section(int index) => P(Style("Heading1"), R(SectionTitles[index]));

        /// <summary>A sub-heading numbered （一）（二） by its own numPr, level 1 of the headings' list.</summary>
        private static string SubHeading(string text) => P(Style("Heading2") + NumPr(1, 1), R(text));

        private string Table2()
        {
            string Caption(string item) => Row(Cell("第二十条第（" + item + "）项", 4));
            string Single(string column) => Row(Cell("信息内容") + Cell(column, 3));
            return Table(
                Caption("一"),
                Row(Cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")),
                Row(Cell("规章") + Cells(Regulations[0, 0], Regulations[0, 1], Regulations[0, 2])),
                Row(Cell("行政规范性文件") + Cells(Regulations[1, 0], Regulations[1, 1], Regulations[1, 2])),
                Caption("五"), Single("本年处理决定数量"),
                Row(Cell("行政许可") + Cell(N(Licensing), 3)),
                Caption("六"), Single("本年处理决定数量"),
                Row(Cell("行政处罚") + Cell(N(Enforcement[0]), 3)),
                Row(Cell("行政强制") + Cell(N(Enforcement[1]), 3)),
                Caption("八"), Single("本年收费金额（单位：万元）"),
                Row(Cell("行政事业性收费") + Cell(Fees, 3)));
        }

        private string Table3()
        {
            var rows = new List<string>
            {
                HeaderRow(MergeStart("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3) + Cell("申请人情况", 7)),
                HeaderRow(MergeContinue(3) + MergeStart("自然人") + Cell("法人或其他组织", 5) + MergeStart("总计")),
                HeaderRow(MergeContinue(3) + MergeContinue() + Cells("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") + MergeContinue()),
            };
            ApplicationsRow? previous = null;
            foreach (ApplicationsRow row in Applications)
            {
                string labels;
                if (row.Group is null) labels = Cell(row.Label, 3);
                else
                {
                    labels = previous?.Group == row.Group ? MergeContinue() : MergeStart(row.Group);
                    if (row.SubGroup is null) labels += Cell(row.Label, 2);
                    else labels += (previous?.SubGroup == row.SubGroup ? MergeContinue() : MergeStart(row.SubGroup))
                        + CellWith("", P(NumPr(row.ListNumId!.Value, 0), R(row.Label)));
                }
                rows.Add(Row(labels + Cells(row.Figures)));
                previous = row;
            }
            return Table(rows.ToArray());
        }

        private string Table4()
        {
            string groupHeader = Cells(AppealColumns);
            return Table(
                HeaderRow(MergeStart("行政复议", 5) + Cell("行政诉讼", 10)),
                HeaderRow(MergeContinue(5) + Cell("未经复议直接起诉", 5) + Cell("复议后起诉", 5)),
                HeaderRow(groupHeader + groupHeader + groupHeader),
                Row(Cells(Appeals)));
        }

        private const string StylesXml =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";

        /// <summary>
        /// List 1 (abstract 0): the headings, level 0 "%1、" (its pStyle ties it to Heading1, whose numPr gives no level)
        /// and level 1 "（%2）". Lists 2–5 share abstract 1 ("%1."); 3–5 restart it with a startOverride, as Word writes
        /// "restart numbering", so the leaves of each group count from 1.
        /// </summary>
        private const string NumberingXml =
            "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"Heading1\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"（%2）\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
    }
}
