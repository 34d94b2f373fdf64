using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// A label set answers whole-key matches from a dictionary and prefix matches from the labels sharing the key's first
    /// character. What it must answer is the plain rule, written out here over the labels in the order they were added: the
    /// targets of every label equal to the key; failing that, of the longest labels the key starts with, followed by a
    /// qualifier (at most the remainder allowed, no digits or sentence ends; a label under four characters only before '(').
    /// </summary>
    public class LabelSetTests
    {
        private sealed class Target
        {
            public Target(int id) => Id = id;
            public int Id { get; }
            public override string ToString() => "#" + Id;
        }

        [Fact]
        public void Matches_as_the_plain_rule_does_on_random_labels_and_keys()
        {
            const string alphabet = "其他处理总计(予以公开)1。";
            var random = new Random(3);
            var targets = Enumerable.Range(0, 6).Select(i => new Target(i)).ToArray();
            int exact = 0, prefix = 0;
            for (int round = 0; round < 300; round++)
            {
                var set = new LabelSet<Target>();
                var added = new List<KeyValuePair<string, Target>>();
                for (int k = random.Next(1, 12); k > 0; k--)
                {
                    string label = Word(random, alphabet, 1, 7);
                    Target target = targets[random.Next(targets.Length)];
                    set.Add(label, target);
                    string key = TextNormalizer.MatchKey(label);
                    if (key.Length > 0 && !added.Any(e => e.Key == key && ReferenceEquals(e.Value, target))) added.Add(new(key, target));
                }
                for (int q = 0; q < 40; q++)
                {
                    // Keys made from the labels themselves, extended, and at random, so that every branch is reached.
                    string key = random.Next(3) switch
                    {
                        0 when added.Count > 0 => added[random.Next(added.Count)].Key,
                        1 when added.Count > 0 => added[random.Next(added.Count)].Key + Word(random, alphabet, 1, 4),
                        _ => Word(random, alphabet, 0, 8),
                    };
                    int maxRemainder = random.Next(2) == 0 ? LabelSet<Target>.MaxPrefixRemainder : random.Next(1, 4);
                    (List<Target> expected, bool isPrefix) = PlainRule(added, key, maxRemainder);
                    LabelMatch<Target> match = set.Match(key, maxRemainder);
                    Assert.Equal(expected, match.Candidates);
                    Assert.Equal(isPrefix, match.IsPrefix);
                    Assert.Equal(added.Any(e => e.Key == key), set.ContainsKey(key));
                    if (expected.Count > 0 && isPrefix) prefix++;
                    else if (expected.Count > 0) exact++;
                }
            }
            Assert.True(exact > 100 && prefix > 100, $"{exact} whole-key and {prefix} prefix matches");
        }

        private static (List<Target> Targets, bool IsPrefix) PlainRule(List<KeyValuePair<string, Target>> entries, string key, int maxRemainder)
        {
            var exact = new List<Target>();
            foreach (var entry in entries)
                if (entry.Key == key && !exact.Contains(entry.Value)) exact.Add(entry.Value);
            if (exact.Count > 0) return (exact, false);
            int longest = 0;
            var prefixed = new List<Target>();
            foreach (var entry in entries)
            {
                string label = entry.Key;
                if (label.Length < 2 || key.Length <= label.Length || !key.StartsWith(label, StringComparison.Ordinal)) continue;
                string rest = key.Substring(label.Length);
                if (rest.Length > maxRemainder || rest.Any(c => (c >= '0' && c <= '9') || c == '。' || c == ';')) continue;
                if (label.Length < 4 && rest[0] != '(') continue;
                if (label.Length > longest)
                {
                    longest = label.Length;
                    prefixed.Clear();
                }
                if (label.Length == longest && !prefixed.Contains(entry.Value)) prefixed.Add(entry.Value);
            }
            return (prefixed, true);
        }

        private static string Word(Random random, string alphabet, int min, int max)
        {
            var word = new StringBuilder();
            for (int n = random.Next(min, max + 1); n > 0; n--) word.Append(alphabet[random.Next(alphabet.Length)]);
            return word.ToString();
        }
    }
}
