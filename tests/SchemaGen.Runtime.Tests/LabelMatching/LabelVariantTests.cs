using System.Linq;
using SchemaGen.Runtime.Reading.LabelMatching;
using Xunit;

namespace SchemaGen.Runtime.Tests.LabelMatching
{
    /// <summary>Labels as real reports write them: extra and missing words, typos, OCR slips, widths, scripts, numbering.</summary>
    public class LabelVariantTests
    {
        private static readonly LabelMatcher<LabelledElement> Sections2021 = SchemaLabelScopes.Matcher(SchemaLabelScopes.Sections(SchemaLabelScopes.Version("2021")));
        private static readonly LabelMatcher<LabelledElement> Rows2021 = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(SchemaLabelScopes.Version("2021"), "Applications"));
        private static readonly LabelMatcher<LabelledElement> Columns2021 = SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(SchemaLabelScopes.Version("2021"), "Applications"));
        private static readonly LabelMatcher<LabelledElement> AppealColumns2021 = SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(SchemaLabelScopes.Version("2021"), "Appeals"));

        private static void AssertMatches(LabelMatchResult<LabelledElement> result, string expectedId, LabelMatchKind kind)
        {
            Assert.True(result.IsMatch, $"expected {expectedId}, got {result}");
            Assert.Equal(expectedId, result.Target!.Id);
            Assert.Equal(kind, result.Kind);
        }

        [Fact]
        public void A_heading_with_extra_words_matches_approximately_and_says_so()
        {
            const string heading = "五、政府信息公开工作存在的主要问题及改进情况";
            LabelMatchResult<LabelledElement> result = Sections2021.Match(heading);
            AssertMatches(result, "2021 section Problems", LabelMatchKind.Approximate);
            Assert.InRange(result.Score, 0.8, 0.99);
            Assert.Equal("存在的主要问题及改进情况", result.MatchedText);
            Assert.Equal("五、", result.NumberIn(heading));
        }

        [Fact]
        public void The_appeals_heading_of_the_gongxinting_reports_matches_its_section()
        {
            // 004/005/006: 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况 — since learned into the YAML as an alias;
            // a rewording of it still matches, approximately.
            AssertMatches(Sections2021.Match("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"), "2021 section Appeals", LabelMatchKind.Alias);
            AssertMatches(Sections2021.Match("四、政府信息公开工作被申请行政复议、提起行政诉讼的情况"), "2021 section Appeals", LabelMatchKind.Approximate);
        }

        [Fact]
        public void A_typo_with_an_inserted_character_matches_approximately()
        {
            LabelMatchResult<LabelledElement> result = AppealColumns2021.Match("行政法复议");
            AssertMatches(result, "2021 Appeals column Reconsideration", LabelMatchKind.Approximate);
            Assert.True(result.Score > 0.9);
        }

        [Fact]
        public void A_label_with_a_missing_word_matches_approximately()
        {
            AssertMatches(Rows2021.Match("一、本年新收政府信息公开申请"), "2021 Applications row NewlyReceived", LabelMatchKind.Approximate);
            AssertMatches(Sections2021.Match("六、其他需要报告事项"), "2021 section OtherMatters", LabelMatchKind.Approximate);
            AssertMatches(Rows2021.Match("结转下年度继续办理的申请"), "2021 Applications row CarriedForward", LabelMatchKind.Approximate);
        }

        [Fact]
        public void Taiwan_and_Hong_Kong_forms_read_through_the_script_and_the_words()
        {
            var regulations = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(SchemaLabelScopes.Version("2021"), "Regulations"));
            LabelMatchResult<LabelledElement> result = regulations.Match("規範性檔案");
            AssertMatches(result, "2021 Regulations row NormativeDocuments", LabelMatchKind.Alias);
            Assert.Equal(LabelFolds.TraditionalScript | LabelFolds.VariantWords, result.Folds);

            LabelMatchResult<LabelledElement> heading = Sections2021.Match("四、政府資訊公開行政複議、行政訴訟情況");
            AssertMatches(heading, "2021 section Appeals", LabelMatchKind.Exact);
            Assert.True(heading.Folds.HasFlag(LabelFolds.VariantWords));
        }

        [Theory]
        [InlineData("自然入", "2021 Applications column NaturalPerson")]
        [InlineData("要求行政机关确认或重新出具己获取信息", "2021 Applications row Outcomes.NotProcessed.ConfirmOrReissue")]
        [InlineData("5.要求行政机关确认或重新出具巳获取信息", "2021 Applications row Outcomes.NotProcessed.ConfirmOrReissue")]
        [InlineData("2.申请人逾期末按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2021 Applications row Outcomes.OtherHandling.FeeNotPaid")]
        [InlineData("l.属于国家秘密", "2021 Applications row Outcomes.Withheld.StateSecret")]
        [InlineData("丨.属于国家秘密", "2021 Applications row Outcomes.Withheld.StateSecret")]
        public void OCR_slips_read_through_to_the_label(string text, string expectedId)
        {
            LabelMatcher<LabelledElement> matcher = expectedId.Contains(" column ") ? Columns2021 : Rows2021;
            LabelMatchResult<LabelledElement> result = matcher.Match(text);
            Assert.True(result.IsMatch, result.ToString());
            Assert.Equal(expectedId, result.Target!.Id);
            Assert.True(result.Folds.HasFlag(LabelFolds.OcrConfusables));
        }

        [Fact]
        public void OCR_look_alikes_share_a_key()
        {
            Assert.Equal(LabelKey.Of("沐阳县"), LabelKey.Of("沭阳县"));
            Assert.Equal(LabelKey.Of("2023年"), LabelKey.Of("2O23年"));
            Assert.Equal(LabelKey.Of("2023年"), LabelKey.Of("2〇23年"));
            Assert.Equal(LabelKey.Of("2023年"), LabelKey.Of("２０２３年"));
            Assert.Equal(LabelKey.Of("第1项"), LabelKey.Of("第l项"));
        }

        [Fact]
        public void Full_width_forms_and_numbering_styles_are_folded()
        {
            AssertMatches(Rows2021.Match("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), "2021 Applications row Outcomes.PartiallyGranted", LabelMatchKind.Exact);
            AssertMatches(Rows2021.Match("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"), "2021 Applications row Outcomes.PartiallyGranted", LabelMatchKind.Exact);
            AssertMatches(Rows2021.Match("２．其他法律行政法规禁止公开"), "2021 Applications row Outcomes.Withheld.ProhibitedByLaw", LabelMatchKind.Exact);
            AssertMatches(Rows2021.Match("②其他法律行政法规禁止公开"), "2021 Applications row Outcomes.Withheld.ProhibitedByLaw", LabelMatchKind.Exact);
            AssertMatches(Rows2021.Match("3.危及“三安全一稳定”"), "2021 Applications row Outcomes.Withheld.EndangersSecurity", LabelMatchKind.Exact);
        }

        [Fact]
        public void A_label_without_its_number_or_with_another_matches_and_the_number_is_reported()
        {
            AssertMatches(Rows2021.Match("结转下年度继续办理"), "2021 Applications row CarriedForward", LabelMatchKind.Exact);
            const string renumbered = "五、结转下年度继续办理";
            LabelMatchResult<LabelledElement> result = Rows2021.Match(renumbered);
            AssertMatches(result, "2021 Applications row CarriedForward", LabelMatchKind.Exact);
            Assert.Equal("五、", result.NumberIn(renumbered));
            Assert.True(result.Folds.HasFlag(LabelFolds.Numbering));
            AssertMatches(Rows2021.Match("结转下年继续办理"), "2021 Applications row CarriedForward", LabelMatchKind.Alias);
        }

        [Fact]
        public void Section_four_and_row_four_are_told_apart_in_one_set()
        {
            // The row 四、结转下年度继续办理 comes right before section 四's heading in every flattened report.
            var schema = SchemaLabelScopes.Version("2021");
            var matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.Sections(schema).Concat(SchemaLabelScopes.Rows(schema, "Applications")));
            AssertMatches(matcher.Match("四、结转下年度继续办理"), "2021 Applications row CarriedForward", LabelMatchKind.Exact);
            AssertMatches(matcher.Match("四、政府信息公开行政复议、行政诉讼情况"), "2021 section Appeals", LabelMatchKind.Exact);
            AssertMatches(matcher.Match("二、上年结转政府信息公开申请数量"), "2021 Applications row CarriedOver", LabelMatchKind.Exact);
        }

        [Fact]
        public void Other_and_other_handling_stay_apart()
        {
            AssertMatches(Rows2021.Match("（六）其他处理"), "2021 Applications row Outcomes.OtherHandling", LabelMatchKind.Exact);
            AssertMatches(Rows2021.Match("3.其他"), "2021 Applications row Outcomes.OtherHandling.Other", LabelMatchKind.Exact);
            AssertMatches(Rows2021.Match("其它处理"), "2021 Applications row Outcomes.OtherHandling", LabelMatchKind.Exact);
        }

        [Fact]
        public void The_total_of_table_three_and_the_totals_of_table_four_are_ambiguous_together_and_distinct_apart()
        {
            var schema = SchemaLabelScopes.Version("2021");
            var both = SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(schema, "Applications").Concat(SchemaLabelScopes.Columns(schema, "Appeals")));
            LabelMatchResult<LabelledElement> result = both.Match("总计");
            Assert.Equal(LabelMatchStatus.Ambiguous, result.Status);
            Assert.Equal(4, result.Contenders.Count);
            Assert.Contains(result.Contenders, c => c.Target.Id == "2021 Applications column Total");

            AssertMatches(Columns2021.Match("总计"), "2021 Applications column Total", LabelMatchKind.Exact);
            // 總計 is listed as an alias, but it is the label in Traditional script: exact, through the script fold.
            LabelMatchResult<LabelledElement> traditional = Columns2021.Match("總計");
            AssertMatches(traditional, "2021 Applications column Total", LabelMatchKind.Exact);
            Assert.Equal(LabelFolds.TraditionalScript, traditional.Folds);
            AssertMatches(Rows2021.Match("（七）总计"), "2021 Applications row Outcomes.Total", LabelMatchKind.Exact);
        }

        [Fact]
        public void Carried_forward_and_carried_over_stay_apart_under_approximation()
        {
            AssertMatches(Rows2021.Match("上年结转政府信息公开申请数"), "2021 Applications row CarriedOver", LabelMatchKind.Approximate);
            AssertMatches(Rows2021.Match("结转下年度继续办理数量"), "2021 Applications row CarriedForward", LabelMatchKind.Approximate);
        }

        [Fact]
        public void Labels_longer_than_a_machine_word_match_the_same_way()
        {
            // Keys over 64 characters take the classic LCS instead of the bit-parallel one; no statutory label is that long.
            const string note = "本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和并且每一列的总计等于各项之和本表所列数据的统计期限为当年一月一日至十二月三十一日";
            Assert.True(LabelKey.Of(note).Length > 64);
            var matcher = new LabelMatcher<string>(new[] { new LabelTarget<string>("note", note), new LabelTarget<string>("other", "其他需要报告的事项") });
            Assert.Equal(LabelMatchKind.Exact, matcher.Match(note).Kind);
            LabelMatchResult<string> reworded = matcher.Match("（" + note.Replace("并且", "并") + "）");
            Assert.Equal("note", reworded.Target);
            Assert.Equal(LabelMatchKind.Approximate, reworded.Kind);
            LabelMatchResult<string> atStart = matcher.MatchAtStart(note.Replace("并且", "并") + "2023年");
            Assert.Equal("note", atStart.Target);
            Assert.Equal(note.Length - 1, atStart.End);
        }
    }
}
