using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Whether a table text stands where a figure could, worked out in one walk over its characters that stops once the
    /// answer is known, is what its definition on the folded text says: a figure or blank mark; else, folded, no longer than
    /// a garbled figure gets, and either without ideographs, a single character, or starting with a digit or sign that is
    /// no item number.
    /// </summary>
    public class ValueLikeTextTests
    {
        private static bool ByDefinition(string text)
        {
            if (CellValueParser.Parse(text).Kind != CellTextKind.Unreadable) return true;
            string folded = TextNormalizer.Fold(text);
            if (folded.Length > 24) return false;
            if (!TextNormalizer.ContainsIdeograph(folded) || folded.Length == 1) return true;
            char first = folded[0];
            return (first >= '0' && first <= '9' || first == '-' || first == '+') && !LeadingNumber.Parse(folded).IsPresent;
        }

        [Fact]
        public void Random_texts_are_judged_as_the_definition_judges_them()
        {
            const string pool = "0123456789-+.,件 \u3000\t\"“”「」ＡＢａ１２３－＋門開處理部分公开一二（）()、|｜\u00A0\u200B〇无—";
            var random = new System.Random(7);
            int valueLike = 0, notValueLike = 0;
            for (int n = 0; n < 20000; n++)
            {
                var text = new System.Text.StringBuilder();
                int length = random.Next(0, n % 4 == 0 ? 40 : 8);
                for (int i = 0; i < length; i++) text.Append(pool[random.Next(pool.Length)]);
                bool expected = ByDefinition(text.ToString());
                Assert.Equal(expected, TableTextClassifier.IsValueLike(text.ToString(), out _));
                if (expected) valueLike++;
                else notValueLike++;
            }
            Assert.True(valueLike > 1000 && notValueLike > 1000, $"{valueLike} value-like, {notValueLike} not");
        }

        [Theory]
        [InlineData("12", true)]
        [InlineData("—", true)]
        [InlineData("l2", true)]
        [InlineData("12件", true)]
        [InlineData("〇", true)]
        [InlineData("本年新收", false)]
        [InlineData("（一）予以公开", false)]
        [InlineData("1.本年新收", false)]
        [InlineData("abcdefghijklmnopqrstuvwxyz0123", false)]
        public void Texts_as_a_reader_meets_them(string text, bool valueLike)
        {
            Assert.Equal(valueLike, TableTextClassifier.IsValueLike(text, out _));
            Assert.Equal(valueLike, ByDefinition(text));
        }
    }
}
