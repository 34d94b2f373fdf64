using System;
using System.Globalization;
using System.Text;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Writes a list counter in a WordprocessingML number format (<c>w:numFmt</c>, ST_NumberFormat), as Word shows it:
    /// chineseCounting 11 → 十一, decimalEnclosedParen 3 → ⑶, upperRoman 4 → IV. Formats this reader does not know,
    /// and values a format cannot write (0 in Roman numerals, 21 in circled digits), fall back to decimal digits, as Word does
    /// past the end of an enclosed series.
    /// </summary>
    internal static class NumberFormatter
    {
        private const string ChineseDigits = "〇一二三四五六七八九";
        private const string ChineseUnits = "十百千";
        private const string LegalSimplifiedDigits = "零壹贰叁肆伍陆柒捌玖";
        private const string LegalSimplifiedUnits = "拾佰仟";
        private const string LegalTraditionalDigits = "零壹貳參肆伍陸柒捌玖";
        private const string LegalTraditionalUnits = "拾佰仟";
        private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
        private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

        public static string Format(int value, string? format)
        {
            switch (format)
            {
                case null:
                case "decimal":
                case "decimalHalfWidth":
                    return Decimal(value);
                case "none":
                    return "";
                case "decimalZero":
                    return value >= 0 && value < 10 ? "0" + Decimal(value) : Decimal(value);
                case "decimalFullWidth":
                case "decimalFullWidth2":
                    return FullWidth(Decimal(value));
                case "upperRoman":
                    return Roman(value) ?? Decimal(value);
                case "lowerRoman":
                    return Roman(value)?.ToLowerInvariant() ?? Decimal(value);
                case "upperLetter":
                    return Letters(value, 'A') ?? Decimal(value);
                case "lowerLetter":
                    return Letters(value, 'a') ?? Decimal(value);
                case "ordinal":
                    return Ordinal(value);
                case "hex":
                    return value >= 0 ? value.ToString("X", CultureInfo.InvariantCulture) : Decimal(value);
                case "chineseCounting":
                case "chineseCountingThousand":
                case "taiwaneseCounting":
                case "taiwaneseCountingThousand":
                case "japaneseCounting":
                    return Counted(value, ChineseDigits, ChineseUnits, '万', '零', omitLeadingOneTen: true) ?? Decimal(value);
                case "chineseLegalSimplified":
                    return Counted(value, LegalSimplifiedDigits, LegalSimplifiedUnits, '万', '零', omitLeadingOneTen: false) ?? Decimal(value);
                case "ideographLegalTraditional":
                case "japaneseLegal":
                    return Counted(value, LegalTraditionalDigits, LegalTraditionalUnits, '萬', '零', omitLeadingOneTen: false) ?? Decimal(value);
                case "ideographDigital":
                case "taiwaneseDigital":
                case "japaneseDigitalTenThousand":
                    return DigitByDigit(value) ?? Decimal(value);
                case "ideographTraditional":
                    return value >= 1 && value <= HeavenlyStems.Length ? HeavenlyStems[value - 1].ToString() : Decimal(value);
                case "ideographZodiac":
                    return value >= 1 && value <= EarthlyBranches.Length ? EarthlyBranches[value - 1].ToString() : Decimal(value);
                case "ideographZodiacTraditional":
                    return value >= 1 ? HeavenlyStems[(value - 1) % 10].ToString() + EarthlyBranches[(value - 1) % 12] : Decimal(value);
                case "decimalEnclosedCircle":
                case "decimalEnclosedCircleChinese":
                    return Enclosed(value, '\u2460', 20) ?? Decimal(value);     // ① … ⑳
                case "decimalEnclosedParen":
                    return Enclosed(value, '\u2474', 20) ?? Decimal(value);     // ⑴ … ⒇
                case "decimalEnclosedFullstop":
                    return Enclosed(value, '\u2488', 20) ?? Decimal(value);     // ⒈ … ⒛
                case "ideographEnclosedCircle":
                    return Enclosed(value, '\u3220', 10) ?? Decimal(value);     // ㈠ … ㈩
                default:
                    return Decimal(value);
            }
        }

        private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string FullWidth(string digits)
        {
            var text = new StringBuilder(digits.Length);
            foreach (char c in digits) text.Append(c >= '0' && c <= '9' ? (char)('\uFF10' + (c - '0')) : c == '-' ? '\uFF0D' : c);
            return text.ToString();
        }

        private static string? Enclosed(int value, char first, int count) => value >= 1 && value <= count ? ((char)(first + value - 1)).ToString() : null;

        private static string? Roman(int value)
        {
            if (value < 1 || value > 3999) return null;
            int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
            string[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
            var text = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
                while (value >= values[i])
                {
                    text.Append(symbols[i]);
                    value -= values[i];
                }
            return text.ToString();
        }

        /// <summary>Word's letter series: A … Z, then AA … ZZ, then AAA (the letter repeated, not a base-26 number).</summary>
        private static string? Letters(int value, char first)
        {
            if (value < 1 || value > 780) return null;
            return new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);
        }

        private static string Ordinal(int value)
        {
            int lastTwo = Math.Abs(value) % 100, last = Math.Abs(value) % 10;
            string suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
            return Decimal(value) + suffix;
        }

        private static string? DigitByDigit(int value)
        {
            if (value < 0) return null;
            var text = new StringBuilder();
            foreach (char c in Decimal(value)) text.Append(ChineseDigits[c - '0']);
            return text.ToString();
        }

        /// <summary>
        /// A number written with units: 十一, 二十, 一百零五, 一万二千. Below 100 every Chinese counting format agrees;
        /// above it this writes units for all of them (Word's exact rendering of 100+ in chineseCounting was not checked,
        /// and no report numbers a hundred sections).
        /// </summary>
        private static string? Counted(int value, string digits, string units, char tenThousand, char zero, bool omitLeadingOneTen)
        {
            if (value < 0 || value > 99_999_999) return null;
            if (value == 0) return digits[0].ToString();
            var text = new StringBuilder();
            int high = value / 10_000, low = value % 10_000;
            if (high > 0)
            {
                AppendSection(text, high, digits, units, zero);
                text.Append(tenThousand);
                if (low > 0 && low < 1000) text.Append(zero);
            }
            if (low > 0) AppendSection(text, low, digits, units, zero);
            // 十一 rather than 一十一 when the number starts in the tens: the ordinary (not the legal) way of writing it.
            if (omitLeadingOneTen && value >= 10 && value < 20) text.Remove(0, 1);
            return text.ToString();
        }

        /// <summary>One four-digit section: thousands, hundreds, tens, ones, with one zero character for each run of inner zeros.</summary>
        private static void AppendSection(StringBuilder text, int section, string digits, string units, char zero)
        {
            int[] powers = { 1000, 100, 10, 1 };
            bool started = false, pendingZero = false;
            for (int i = 0; i < powers.Length; i++)
            {
                int digit = section / powers[i] % 10;
                if (digit == 0)
                {
                    if (started) pendingZero = true;
                    continue;
                }
                if (pendingZero) text.Append(zero);
                pendingZero = false;
                text.Append(digits[digit]);
                if (i < 3) text.Append(units[2 - i]);
                started = true;
            }
        }
    }
}
