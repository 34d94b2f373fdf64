using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using SchemaGen.Runtime.Reading.LabelMatching;
using SchemaGen.Runtime.Tests.LabelMatching;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>Where a label ends and its figures begin in flattened crawler text, and a table 三 read row by row.</summary>
    public class LabelledRunTests
    {
        private static readonly SchemaGen.Schema.Model.SchemaDocument V2021 = SchemaLabelScopes.Version("2021");
        private static readonly SchemaGen.Schema.Model.SchemaDocument V2019 = SchemaLabelScopes.Version("2019");
        private static readonly LabelMatcher<LabelledElement> Rows2021Matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(V2021, "Applications"));

        // 004 (河北省工业和信息化厅 2023), table 三 as the crawler flattened it, from 一 up to section 四's heading.
        private const string Table3Of004 =
            "一、本年新收政府信息公开申请数量81010010二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开3100004" +
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）2000002（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000" +
            "3.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷0000000" +
            "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息30010042.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000" +
            "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请0000000" +
            "5.要求行政机关确认或重新出具已获取信息0000000（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000" +
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计81010010四、结转下年度继续办理0000000" +
            "　　四、因政府信息公开工作被申请行政复议、提起行政诉讼情况";

        [Fact]
        public void The_figures_of_a_table_two_row_start_where_the_label_ends()
        {
            var regulations = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(V2021, "Regulations"));
            LabelledRun<LabelledElement> row = LabelledRunLocator.Locate("行政规范性文件1126", regulations);
            Assert.Equal("2021 Regulations row NormativeDocuments", row.Label.Target!.Id);
            Assert.Equal("1126", row.Run);
            Assert.Equal(7, row.RunStart);
        }

        [Fact]
        public void A_labels_own_number_and_quotes_are_not_figures()
        {
            LabelledRun<LabelledElement> row = LabelledRunLocator.Locate("3.危及“三安全一稳定”0000000", Rows2021Matcher);
            Assert.Equal("2021 Applications row Outcomes.Withheld.EndangersSecurity", row.Label.Target!.Id);
            Assert.Equal("0000000", row.Run);
        }

        [Fact]
        public void The_next_items_number_is_cut_off_the_run_when_given_and_flagged_when_not()
        {
            const string text = "1.属于国家秘密00000002.其他法律行政法规禁止公开0000000";
            LabelledRun<LabelledElement> unknown = LabelledRunLocator.Locate(text, Rows2021Matcher);
            Assert.Equal("00000002", unknown.Run);
            Assert.True(unknown.EndsBeforeItemDelimiter);

            LabelledRun<LabelledElement> known = LabelledRunLocator.Locate(text, Rows2021Matcher, 0, nextItemNumber: "2.");
            Assert.Equal("0000000", known.Run);
            Assert.False(known.EndsBeforeItemDelimiter);
            Assert.StartsWith("2.其他法律", text.Substring(known.RestStart));
        }

        [Fact]
        public void A_unit_after_the_run_is_left_for_the_caller_and_a_blank_row_has_an_empty_run()
        {
            var procurement = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(V2019, "Procurement"));
            const string text = "政府集中采购225253.168万元三、收到和处理政府信息公开申请情况";
            LabelledRun<LabelledElement> row = LabelledRunLocator.Locate(text, procurement);
            Assert.Equal("225253.168", row.Run);
            Assert.StartsWith("万元", text.Substring(row.RestStart));

            // 007: 规章规范性文件222 — the 规章 row was left blank and the next label follows at once.
            var regulations = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(V2019, "Regulations"));
            LabelledRun<LabelledElement> rules = LabelledRunLocator.Locate("规章规范性文件222", regulations);
            Assert.Equal("2019 Regulations row Rules", rules.Label.Target!.Id);
            Assert.Equal("", rules.Run);
            LabelledRun<LabelledElement> documents = LabelledRunLocator.Locate("规章规范性文件222", regulations, rules.RestStart);
            Assert.Equal("2019 Regulations row NormativeDocuments", documents.Label.Target!.Id);
            Assert.Equal("222", documents.Run);
        }

        [Fact]
        public void A_short_label_is_not_read_out_of_a_longer_word()
        {
            // 其他 is a row of table 三 (2021); 其他结果 is not, and must not be read as 其他 followed by text.
            Assert.False(Rows2021Matcher.MatchAtStart("其他结果0").IsMatch);
            LabelMatchResult<LabelledElement> other = Rows2021Matcher.MatchAtStart("3.其他0000000（七）总计");
            Assert.Equal("2021 Applications row Outcomes.OtherHandling.Other", other.Target!.Id);
            LabelMatchResult<LabelledElement> handling = Rows2021Matcher.MatchAtStart("（六）其他处理1.申请人无正当理由逾期不补正");
            Assert.Equal("2021 Applications row Outcomes.OtherHandling", handling.Target!.Id);
            Assert.Equal("（六）其他处理".Length, handling.End);
        }

        [Fact]
        public void A_heading_fused_with_its_prose_is_found_with_where_it_ends()
        {
            var sections = SchemaLabelScopes.Matcher(SchemaLabelScopes.Sections(V2021));
            const string exact = "五、存在的主要问题及改进情况2021年我厅在信息公开工作中取得了一定成效";
            LabelMatchResult<LabelledElement> found = sections.MatchAtStart(exact);
            Assert.Equal(LabelMatchKind.Exact, found.Kind);
            Assert.Equal(exact.IndexOf('2'), found.End);

            const string reworded = "五、政府信息公开工作存在的主要问题及改进情况2022年我厅政务公开工作取得了一定成效";
            LabelMatchResult<LabelledElement> approximate = sections.MatchAtStart(reworded);
            Assert.Equal("2021 section Problems", approximate.Target!.Id);
            Assert.Equal(LabelMatchKind.Approximate, approximate.Kind);
            Assert.Equal(reworded.IndexOf('2'), approximate.End);
        }

        [Fact]
        public void Table_three_of_004_reads_row_by_row_from_the_flattened_text()
        {
            var table = new FlattenedTableThree("2021");
            Dictionary<string, RunSplitResult> rows = table.Read(Table3Of004).ToDictionary(r => r.Key, r => r.Value);
            Assert.Equal(table.Rows.Count(e => !table.IsGroup(e)), rows.Count);
            Assert.All(rows, row => Assert.True(row.Value.IsUnique, $"{row.Key}: {SplitAssert.Describe(row.Value)}"));
            Assert.Equal(new decimal?[] { 8, 1, 0, 1, 0, 0, 10 }, rows["NewlyReceived"].Reading!.Figures());
            Assert.Equal(new decimal?[] { 3, 0, 0, 1, 0, 0, 4 }, rows["Outcomes.UnableToProvide.NotHeld"].Reading!.Figures());
            Assert.Equal(new decimal?[] { 8, 1, 0, 1, 0, 0, 10 }, rows["Outcomes.Total"].Reading!.Figures());
            Assert.Equal(new decimal?[] { 0, 0, 0, 0, 0, 0, 0 }, rows["CarriedForward"].Reading!.Figures());
        }
    }
}
