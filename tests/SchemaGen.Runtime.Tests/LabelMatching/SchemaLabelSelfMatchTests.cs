using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Reading.LabelMatching;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests.LabelMatching
{
    /// <summary>
    /// The matcher must not confuse the format's own labels: every label and alias of both versions, in every
    /// set a reader matches against, finds its own element exactly; where two elements carry the same words
    /// (总计 as a row and a column of table 三) the text is ambiguous and both are named, never one guessed.
    /// </summary>
    public class SchemaLabelSelfMatchTests
    {
        private readonly ITestOutputHelper _output;

        public SchemaLabelSelfMatchTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Every_label_and_alias_finds_itself_exactly_or_names_its_true_homonyms()
        {
            int texts = 0, ambiguous = 0;
            foreach (var (name, elements) in SchemaLabelScopes.AllScopes())
            {
                Assert.NotEmpty(elements);
                LabelMatcher<LabelledElement> matcher = SchemaLabelScopes.Matcher(elements);
                foreach (LabelledElement element in elements)
                {
                    foreach (string text in WithNumbers(element))
                    {
                        texts++;
                        LabelMatchResult<LabelledElement> result = matcher.Match(text);
                        string key = LabelKey.Of(text);
                        if (result.Status == LabelMatchStatus.Ambiguous)
                        {
                            ambiguous++;
                            Assert.Contains(element, result.Contenders.Select(c => c.Target));
                            Assert.All(result.Contenders, c => Assert.Contains(key, c.Target.Texts().Select(LabelKey.Of)));
                            continue;
                        }
                        Assert.True(result.IsMatch, $"{name}: '{text}' matched nothing");
                        Assert.True(ReferenceEquals(element, result.Target), $"{name}: '{text}' matched {result.Target} instead of {element}");
                        Assert.NotEqual(LabelMatchKind.Approximate, result.Kind);
                    }
                }
            }
            _output.WriteLine($"{texts} label texts checked in their scopes, {ambiguous} of them shared word for word by another element");
            Assert.True(texts > 500);
        }

        [Theory]
        [InlineData("2019")]
        [InlineData("2021")]
        public void Within_sections_and_within_table_three_every_label_is_its_own(string version)
        {
            var schema = SchemaLabelScopes.Version(version);
            foreach (var elements in new[] { SchemaLabelScopes.Sections(schema), SchemaLabelScopes.Rows(schema, "Applications"), SchemaLabelScopes.Columns(schema, "Applications") })
            {
                Assert.NotEmpty(elements);
                var matcher = SchemaLabelScopes.Matcher(elements);
                foreach (LabelledElement element in elements)
                    foreach (string text in WithNumbers(element))
                        Assert.Same(element, matcher.Match(text).Target);
            }
        }

        [Fact]
        public void No_two_elements_of_a_scope_share_a_key_unless_they_share_the_words()
        {
            // Folding (script, OCR look-alikes, variant words) must not make different labels meet.
            foreach (var (name, elements) in SchemaLabelScopes.AllScopes())
            {
                var owners = new Dictionary<string, HashSet<string>>();
                foreach (LabelledElement element in elements)
                    foreach (string text in element.Texts())
                    {
                        string key = LabelKey.Of(text);
                        Assert.False(key.Length == 0, $"{name}: '{text}' folds to nothing");
                        if (!owners.TryGetValue(key, out var texts)) owners[key] = texts = new HashSet<string>();
                        texts.Add(Plain(text));
                    }
                foreach (var pair in owners)
                    Assert.True(SameModuloScript(pair.Value),
                        $"{name}: {string.Join(" / ", pair.Value)} fold to the same key {pair.Key}");
            }
        }

        [Fact]
        public void A_label_missing_one_character_finds_its_own_element_or_nothing_never_a_sibling()
        {
            int tried = 0, found = 0;
            foreach (var (name, elements) in SchemaLabelScopes.AllScopes())
            {
                var matcher = SchemaLabelScopes.Matcher(elements);
                foreach (LabelledElement element in elements)
                {
                    string key = LabelKey.Of(element.Label);
                    if (key.Length < 5) continue;
                    for (int drop = 0; drop < key.Length; drop++)
                    {
                        string damaged = key.Remove(drop, 1);
                        LabelMatchResult<LabelledElement> result = matcher.Match(damaged);
                        tried++;
                        if (!result.IsMatch) continue;
                        if (ReferenceEquals(result.Target, element)) { found++; continue; }
                        // Another element may be the damaged text itself (其他处理 minus 处理 …); then it is right.
                        Assert.True(result.Target!.Texts().Any(t => LabelKey.Of(t) == LabelKey.Of(damaged)) || SameWords(result.Target, element),
                            $"{name}: '{damaged}' (from {element}) matched {result.Target}");
                    }
                }
            }
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "labels with one character missing: {0} tried, {1:P1} found their element, none another", tried, (double)found / tried));
            Assert.True(tried > 1000);
            Assert.True(found > tried / 2);
        }

        private static bool SameWords(LabelledElement a, LabelledElement b)
            => a.Texts().Select(LabelKey.Of).Intersect(b.Texts().Select(LabelKey.Of)).Any();

        /// <summary>The label, its aliases, and the label with its item number as a report prints it.</summary>
        private static IEnumerable<string> WithNumbers(LabelledElement element)
        {
            foreach (string text in element.Texts()) yield return text;
            if (element.Number is { Length: > 0 } number)
                yield return number.EndsWith(".") || number.StartsWith("（") ? number + element.Label : number + "、" + element.Label;
        }

        private static string Plain(string text) => new string(text.Where(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c)).ToArray());

        private static bool SameModuloScript(HashSet<string> texts)
            => texts.Select(t => SchemaGen.Runtime.Reading.ChineseScript.ToSimplified(Plain(t)).Replace("其它", "其他")).Distinct().Count() == 1;
    }
}
