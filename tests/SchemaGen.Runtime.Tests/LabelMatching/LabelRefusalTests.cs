using System.Text;
using SchemaGen.Runtime.Reading.LabelMatching;
using Xunit;

namespace SchemaGen.Runtime.Tests.LabelMatching
{
    /// <summary>What must not match: prose, other tables' headers, the other version's wording; and nothing throws.</summary>
    public class LabelRefusalTests
    {
        private static readonly SchemaGen.Schema.Model.SchemaDocument V2021 = SchemaLabelScopes.Version("2021");
        private static readonly SchemaGen.Schema.Model.SchemaDocument V2019 = SchemaLabelScopes.Version("2019");

        [Theory]
        // from the hebei corpus: 001 五, 004 一, 002 一, 001 六
        [InlineData("2023年，我厅信息公开工作取得了一定成效，但认真对照省委、省政府关于政府信息公开工作的决策部署，仍然存在一些差距和不足。")]
        [InlineData("全年收到公民、法人和其他组织提交的政府信息公开申请10件，办结10件，均在法定期限内予以答复。")]
        [InlineData("2022年收到政府信息公开申请11件，全部按期答复。")]
        [InlineData("2023年，我厅未收取信息处理费。")]
        [InlineData("下一步，我厅将继续坚持党建引领，坚持以人民为中心的发展思想，推动政府信息公开各项工作落实落细。")]
        public void Prose_matches_nothing_anywhere(string sentence)
        {
            foreach (var (name, elements) in SchemaLabelScopes.AllScopes())
            {
                LabelMatchResult<LabelledElement> result = SchemaLabelScopes.Matcher(elements).Match(sentence);
                Assert.True(result.Status == LabelMatchStatus.NoMatch, $"{name}: prose matched {result}");
            }
        }

        [Theory]
        [InlineData("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉")]
        [InlineData("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数")]
        [InlineData("申请人情况")]
        [InlineData("信息内容")]
        [InlineData("其他结果")]
        public void Headers_of_other_tables_do_not_match_table_three(string header)
        {
            Assert.False(SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(V2021, "Applications")).Match(header).IsMatch);
            Assert.False(SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(V2021, "Applications")).Match(header).IsMatch);
        }

        [Fact]
        public void The_other_versions_column_wording_does_not_match()
        {
            var columns2019 = SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(V2019, "Regulations"));
            var columns2021 = SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(V2021, "Regulations"));
            foreach (string label in new[] { "本年制发件数", "本年废止件数", "现行有效件数" })
                Assert.False(columns2019.Match(label).IsMatch, label);
            foreach (string label in new[] { "本年新制作数量", "对外公开总数量" })
                Assert.False(columns2021.Match(label).IsMatch, label);
            // 本年新公开数量 and 本年制发件数 share four characters of six: a sibling score, not a match.
            Assert.False(columns2021.Match("本年新公开数量").IsMatch);
        }

        [Fact]
        public void Wording_the_schema_does_not_know_is_not_guessed_and_the_closest_is_named()
        {
            // 008 heads its first section 一、基本情况; the format says 总体情况.
            LabelMatchResult<LabelledElement> result = SchemaLabelScopes.Matcher(SchemaLabelScopes.Sections(V2019)).Match("一、基本情况");
            Assert.Equal(LabelMatchStatus.NoMatch, result.Status);
            Assert.Equal("2019 section Overview", result.Closest!.Id);
            Assert.InRange(result.ClosestScore, 0.01, 0.79);
        }

        [Fact]
        public void A_changed_character_in_a_short_label_is_refused_rather_than_read_as_a_sibling()
        {
            // 结果维护: one character of four changed; it shares three with 结果维持 and two with 结果纠正. A
            // substitution in a four-character label scores 0.75, under the threshold: not read at all.
            var appeals = SchemaLabelScopes.Matcher(SchemaLabelScopes.Columns(V2021, "Appeals"));
            Assert.Equal(LabelMatchStatus.NoMatch, appeals.Match("结果维护").Status);
            // 不予办理 is as close to 不予公开 as to 不予处理.
            var rows = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(V2021, "Applications"));
            LabelMatchResult<LabelledElement> result = rows.Match("不予办理");
            Assert.False(result.IsMatch);
        }

        [Fact]
        public void Odd_input_never_throws()
        {
            var matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.WholeSchema(V2021));
            var random = new System.Random(20190601);
            string[] odd = { "", "   ", "（）、，。", "\uD800", "\uDC00x\uD800", "\uD840\uDC00总计", new string('总', 5000), "一、", "(一)", "①", "\u0000\u0001" };
            foreach (string text in odd)
            {
                matcher.Match(text);
                matcher.MatchAtStart(text);
                matcher.MatchAtStart(text, text.Length);
                matcher.MatchAtStart(text, 3);
                LabelKey.Of(text);
            }
            matcher.Match(null);
            matcher.MatchAtStart(null, -4);
            const string alphabet = "总计其他处理结转下年度一二三四（）()、.1234567890 　\uD800\uDFFF檔案資訊己末入沭";
            for (int i = 0; i < 3000; i++)
            {
                var builder = new StringBuilder();
                int length = random.Next(0, 80);
                for (int k = 0; k < length; k++) builder.Append(alphabet[random.Next(alphabet.Length)]);
                string text = builder.ToString();
                matcher.Match(text);
                matcher.MatchAtStart(text, random.Next(0, text.Length + 1));
            }
        }
    }
}
