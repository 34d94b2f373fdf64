using System;
using System.Text;
using System.Text.RegularExpressions;
using SchemaGen.Runtime.Prose;
using Xunit;

namespace SchemaGen.Runtime.Tests.Prose
{
    /// <summary>
    /// The prose reader decides at every line break whether the next line starts a numbered heading or item (which
    /// starts its own line, so the break is not a wrap). It reads the characters in place; the rule it implements is
    /// this pattern, checked on the same text.
    /// </summary>
    public class NumberedStartTests
    {
        private static readonly Regex Rule = new(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+)", RegexOptions.CultureInvariant);

        [Theory]
        [InlineData("一、总体情况", true)]
        [InlineData("十二、其他", true)]
        [InlineData("（二）主动公开", true)]
        [InlineData("(3)收到", true)]
        [InlineData("（１２）全角数字", true)]
        [InlineData("3.加强", true)]
        [InlineData("4、完善", true)]
        [InlineData("12．其他", true)]
        [InlineData("第五", true)]
        [InlineData("第五条", true)]
        [InlineData("一年来", false)]
        [InlineData("（）空", false)]
        [InlineData("（二", false)]
        [InlineData("2023年", false)]
        [InlineData("第", false)]
        [InlineData("第3", false)]
        [InlineData("", false)]
        public void Reads_the_starts_the_rule_names(string line, bool numbered)
        {
            Assert.Equal(numbered, Rule.IsMatch(line));
            Assert.Equal(numbered, ProseReader.StartsNumbered(line, 0, line.Length));
        }

        [Fact]
        public void Agrees_with_the_rule_on_random_lines_and_stays_within_the_bounds_it_is_given()
        {
            const string alphabet = "一二三四五六七八九十第、（）().．0123456789１２٣年是 a";
            var random = new Random(11);
            int numbered = 0;
            for (int round = 0; round < 20000; round++)
            {
                var line = new StringBuilder();
                int length = random.Next(0, 8);
                for (int k = 0; k < length; k++) line.Append(alphabet[random.Next(alphabet.Length)]);
                // The line sits inside a longer text, between characters that would change the answer if read.
                string text = "、" + line + "、";
                bool expected = Rule.IsMatch(line.ToString());
                Assert.Equal(expected, ProseReader.StartsNumbered(text, 1, text.Length - 1));
                if (expected) numbered++;
            }
            Assert.InRange(numbered, 1000, 19000);
        }
    }
}
