using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SchemaGen.Runtime.Prose;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Runtime.Tests.Prose
{
    public class RequiredLiteralsTests
    {
        [Theory]
        [InlineData("新收(?:政府信息公开)?(?:申请)?(?<n>\\d+)件", "新收|件")]
        [InlineData("(?:受理|收到)[^。;\\n]{0,30}?申请[^。;\\n\\d]{0,8}?(?<n>\\d+)件", "申请|件")]
        [InlineData("(?<!不)(?<!部分)(?:同意公开|予以公开)的?(?<n>\\d+)件", "件")]
        [InlineData("结转下一?年度?(?:继续)?办理的?(?<n>\\d+)件", "结转下|年|办理|件")]
        [InlineData("行政复议(?:申请|案件)?共?(?<n>\\d+)(?:件|起)", "行政复议")]
        [InlineData("收费+(?<n>\\d+)万元", "收费|万元")]
        [InlineData("[件起](?<n>\\d+)\\件?", "")]
        public void Takes_the_unquantified_runs_outside_groups_and_classes(string pattern, string expected)
            => Assert.Equal(expected, string.Join("|", RequiredLiterals.Of(pattern)));

        [Theory]
        [InlineData("新收(?<n>\\d+)件|(?<n>\\d+)件新收")]
        [InlineData("(?x)新收 # 注释\n(?<n>\\d+)件")]
        [InlineData("(?i:新收)(?<n>\\d+)件")]
        public void Takes_nothing_from_a_top_level_alternative_or_inline_options(string pattern)
            => Assert.Empty(RequiredLiterals.Of(pattern));

        /// <summary>
        /// Whatever a text holds, a phrase of either schema that matches it also passes the prefilter: skipping a text
        /// without a required run never loses a figure. Texts are built from the phrases' own characters and numbers.
        /// </summary>
        [Fact]
        public void A_text_any_phrase_matches_always_passes_its_prefilter()
        {
            var searches = new[] { "gov-info-annual-report-2019.yaml", "gov-info-annual-report-2021.yaml" }
                .SelectMany(PhrasesOf).Select(e => new ProseDescriptor("p", "t", "l", Array.Empty<(string, string)>(), new[] { e }))
                .SelectMany(p => p.Searches).ToList();
            Assert.NotEmpty(searches);
            Assert.Contains(searches, s => s.Required.Length > 0);
            string alphabet = new string(searches.SelectMany(s => s.Regex.ToString()).Where(c => c > 0x3000).Distinct().ToArray()) + "0123456789,.。;\n ";
            var random = new Random(20261129);
            var present = new PresentCharacters();
            int matched = 0, skipped = 0;
            for (int round = 0; round < 4000; round++)
            {
                var text = new StringBuilder();
                int length = random.Next(2, 40);
                for (int i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
                // Half the texts are built around a phrase's own literal runs, so that matches happen.
                var search = searches[random.Next(searches.Count)];
                if (round % 2 == 0)
                    foreach (string run in search.Required) text.Insert(random.Next(text.Length + 1), run + random.Next(100) + "件");
                string candidate = text.ToString();
                present.Fill(candidate);
                foreach (var s in searches)
                {
                    bool matches = s.Regex.IsMatch(candidate);
                    bool mayMatch = s.MayMatch(candidate, present);
                    if (matches) matched++;
                    if (!mayMatch) skipped++;
                    Assert.True(!matches || mayMatch, $"{s.Regex} matches \"{text}\" but its prefilter ({string.Join(", ", s.Required)}) refuses it");
                    // Asking the characters first turns runs away sooner, never differently.
                    Assert.Equal(RequiredLiterals.AllIn(candidate, s.Required), mayMatch);
                }
            }
            Assert.True(matched > 100, $"only {matched} matches");
            Assert.True(skipped > 1000, $"only {skipped} texts skipped");
        }

        /// <summary>
        /// The set says no only for a character the text lacks: every character of the text (Chinese, ASCII, full-width)
        /// is held, one that shares its low ten bits with a held one may be, and refilling forgets the last text.
        /// </summary>
        [Fact]
        public void Present_characters_never_deny_a_character_the_text_holds()
        {
            const string text = "本年新收政府信息公开申请75件，ＡＢＣ abc\n";
            var present = new PresentCharacters().Fill(text);
            foreach (char c in text) Assert.True(present.MayHoldAll(c.ToString()), $"'{c}' is in the text");
            Assert.True(present.MayHoldAll("新收申请"));
            Assert.True(present.MayHoldAll(""));
            Assert.False(present.MayHoldAll("复议")); // neither character, nor any sharing its low bits, is in the text
            Assert.True(present.MayHoldAll(((char)('件' + 1024)).ToString())); // shares 件's bit: "may hold"
            present.Fill("复议");
            Assert.True(present.MayHoldAll("复议"));
            Assert.False(present.MayHoldAll("新收"));
        }

        /// <summary>Each phrase of a schema's prose figures, as the expression it is matched with ({n} replaced).</summary>
        private static IEnumerable<string> PhrasesOf(string schemaFile)
        {
            var document = SchemaLoader.LoadFile(System.IO.Path.Combine(TestSchemas.RepoRoot, "schema", schemaFile)).Document!;
            foreach (var prose in document.Prose)
            {
                string number = ProseNumbers.Expression(prose.Numbers.Count > 0 ? prose.Numbers.Select(n => n.Value) : ProseNumbers.Default);
                foreach (var pattern in prose.Patterns) yield return pattern.Text.Replace(ProseNumbers.Placeholder, number);
            }
        }
    }
}