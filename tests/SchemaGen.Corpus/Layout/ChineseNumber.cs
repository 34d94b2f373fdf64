using System;
using System.Text;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>Whole numbers written in Chinese numerals, as prose sometimes gives them: 七十五, 一百零二, 两千三百.</summary>
    public static class ChineseNumber
    {
        private const string Digits = "零一二三四五六七八九";
        private static readonly string[] Units = { "", "十", "百", "千" };

        /// <summary>Writes 0 ≤ <paramref name="value"/> &lt; 100,000,000.</summary>
        public static string Format(int value)
        {
            if (value < 0 || value >= 100_000_000) throw new ArgumentOutOfRangeException(nameof(value), value, "0 to 99,999,999");
            if (value == 0) return "零";
            int high = value / 10_000, low = value % 10_000;
            var text = new StringBuilder();
            if (high > 0)
            {
                text.Append(Group(high, leading: true)).Append('万');
                if (low > 0 && low < 1000) text.Append('零');
            }
            if (low > 0) text.Append(Group(low, leading: high == 0));
            return text.ToString();
        }

        /// <summary>A group of up to four digits: 2300 → 两千三百, 1005 → 一千零五, 15 → 十五 (at the start of the number).</summary>
        private static string Group(int value, bool leading)
        {
            var text = new StringBuilder();
            bool pendingZero = false;
            for (int position = 3; position >= 0; position--)
            {
                int digit = value / (int)Math.Pow(10, position) % 10;
                if (digit == 0)
                {
                    if (text.Length > 0) pendingZero = true;
                    continue;
                }
                if (pendingZero) text.Append('零');
                pendingZero = false;
                bool first = text.Length == 0;
                if (digit == 1 && position == 1 && first && leading) { }
                else if (digit == 2 && position >= 2 && first) text.Append('两');
                else text.Append(Digits[digit]);
                text.Append(Units[position]);
            }
            return text.ToString();
        }
    }
}
