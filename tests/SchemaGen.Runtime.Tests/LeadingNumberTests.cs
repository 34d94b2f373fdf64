using System;
using System.Text;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Item numbers at the start of headings and row labels. Every heading-like line is parsed, so the numeral is read in
    /// place; the rule it implements is written out below on a copied-out numeral, and both must agree.
    /// </summary>
    public class LeadingNumberTests
    {
        [Theory]
        [InlineData("一、总体情况", "Enumerated", 1, 2)]
        [InlineData("十、其他", "Enumerated", 10, 2)]
        [InlineData("十二、其他", "Enumerated", 12, 3)]
        [InlineData("二十、其他", "Enumerated", 20, 3)]
        [InlineData("九十九.其他", "Enumerated", 99, 4)]
        [InlineData("(一)依申请", "Parenthesized", 1, 3)]
        [InlineData("(十一)、其他", "Parenthesized", 11, 5)]
        [InlineData("(12)其他", "Parenthesized", 12, 4)]
        [InlineData("3.加强", "Arabic", 3, 2)]
        [InlineData("12、完善", "Arabic", 12, 3)]
        [InlineData("7)其他", "Arabic", 7, 2)]
        [InlineData("①其他", "Arabic", 1, 1)]
        [InlineData("⑵其他", "Parenthesized", 2, 1)]
        [InlineData("1.5万元", "None", 0, 0)]
        [InlineData("十十、", "None", 0, 0)]
        [InlineData("二十三四、", "None", 0, 0)]
        [InlineData("三二、", "None", 0, 0)]
        [InlineData("(零)其他", "None", 0, 0)]
        [InlineData("(0)其他", "None", 0, 0)]
        [InlineData("()其他", "None", 0, 0)]
        [InlineData("2023年", "None", 0, 0)]
        [InlineData("一年来", "None", 0, 0)]
        [InlineData("", "None", 0, 0)]
        public void Reads_the_number_a_label_starts_with(string folded, string style, int value, int length)
        {
            LeadingNumber number = LeadingNumber.Parse(folded);
            Assert.Equal((style, value, length), (number.Style.ToString(), number.Value, number.Length));
            var rule = Rule(folded);
            Assert.Equal((style, value, length), (rule.Style.ToString(), rule.Value, rule.Length));
        }

        [Fact]
        public void Agrees_with_the_rule_on_random_labels()
        {
            const string alphabet = "一二三四五六七八九十零〇两()、.)0123456789年是①⑵";
            var random = new Random(5);
            int numbered = 0;
            for (int round = 0; round < 30000; round++)
            {
                var text = new StringBuilder();
                int length = random.Next(0, 8);
                for (int k = 0; k < length; k++) text.Append(alphabet[random.Next(alphabet.Length)]);
                string folded = text.ToString();
                LeadingNumber number = LeadingNumber.Parse(folded);
                var expected = Rule(folded);
                Assert.Equal(expected, (number.Style, number.Value, number.Length));
                if (expected.Style != NumberStyle.None) numbered++;
            }
            Assert.InRange(numbered, 1000, 29000);
        }

        /// <summary>The rule on a numeral copied out of the text: the form the reader used before it read in place.</summary>
        private static (NumberStyle Style, int Value, int Length) Rule(string folded)
        {
            var none = (NumberStyle.None, 0, 0);
            if (folded.Length == 0) return none;
            char first = folded[0];
            if (first >= '\u2460' && first <= '\u2473') return (NumberStyle.Arabic, first - '\u2460' + 1, 1);
            if (first >= '\u2474' && first <= '\u2487') return (NumberStyle.Parenthesized, first - '\u2474' + 1, 1);
            if (first >= '\u2488' && first <= '\u249B') return (NumberStyle.Arabic, first - '\u2488' + 1, 1);
            if (first == '(')
            {
                int end = 1;
                while (end < folded.Length && end <= 4 && (char.IsDigit(folded[end]) && folded[end] < 128 || Digit(folded[end]) >= 0 || folded[end] == '十')) end++;
                if (end == 1 || end >= folded.Length || folded[end] != ')') return none;
                int value = Value(folded.Substring(1, end - 1));
                if (value <= 0) return none;
                int length = end + 1;
                if (length < folded.Length && (folded[length] == '、' || folded[length] == '.')) length++;
                return (NumberStyle.Parenthesized, value, length);
            }
            if (Digit(first) >= 0 || first == '十')
            {
                int end = 0;
                while (end < folded.Length && end < 4 && (Digit(folded[end]) >= 0 || folded[end] == '十')) end++;
                if (end >= folded.Length || !Delimits(folded, end)) return none;
                int value = Value(folded.Substring(0, end));
                return value > 0 ? (NumberStyle.Enumerated, value, end + 1) : none;
            }
            if (first >= '0' && first <= '9')
            {
                int end = 0;
                while (end < folded.Length && end < 3 && folded[end] >= '0' && folded[end] <= '9') end++;
                if (end >= folded.Length) return none;
                if (folded[end] != ')' && !Delimits(folded, end)) return none;
                int value = Value(folded.Substring(0, end));
                return value > 0 ? (NumberStyle.Arabic, value, end + 1) : none;
            }
            return none;
        }

        private static bool Delimits(string folded, int index)
            => folded[index] == '、' || folded[index] == '.' && (index + 1 >= folded.Length || folded[index + 1] < '0' || folded[index + 1] > '9');

        private static int Digit(char c) => c == '〇' ? 0 : c == '两' ? 2 : "零一二三四五六七八九".IndexOf(c);

        private static int Value(string numeral)
        {
            if (numeral[0] >= '0' && numeral[0] <= '9')
            {
                int value = 0;
                foreach (char c in numeral)
                {
                    if (c < '0' || c > '9') return -1;
                    value = value * 10 + (c - '0');
                }
                return value;
            }
            int ten = numeral.IndexOf('十');
            if (ten < 0) return numeral.Length == 1 ? Digit(numeral[0]) : -1;
            if (numeral.IndexOf('十', ten + 1) >= 0 || ten > 1 || numeral.Length - ten > 2) return -1;
            int tens = ten == 0 ? 1 : Digit(numeral[0]);
            int units = ten == numeral.Length - 1 ? 0 : Digit(numeral[ten + 1]);
            return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
        }
    }
}
