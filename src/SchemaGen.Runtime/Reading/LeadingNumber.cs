namespace SchemaGen.Runtime.Reading
{
    /// <summary>How an item number is written at the start of a heading or row label.</summary>
    internal enum NumberStyle
    {
        None,
        /// <summary>一、 二． — section headings and the top rows of table 三.</summary>
        Enumerated,
        /// <summary>（一） (1) — the second level.</summary>
        Parenthesized,
        /// <summary>1. 1、 1) ① — the third level.</summary>
        Arabic,
    }

    /// <summary>
    /// The item number a folded text starts with (see <see cref="TextNormalizer.Fold(string?)"/>), if any: its style,
    /// its value and how many characters it takes. Headings are told from sub-headings by style
    /// (二、主动公开情况 is a section, (二)依申请公开情况 is not), and repeated "1." labels are told apart by
    /// the group they follow.
    /// </summary>
    internal readonly struct LeadingNumber
    {
        private LeadingNumber(NumberStyle style, int value, int length)
        {
            Style = style;
            Value = value;
            Length = length;
        }

        public static readonly LeadingNumber None = default;

        public NumberStyle Style { get; }
        public int Value { get; }
        /// <summary>Characters the number takes, delimiter included (0 when there is none).</summary>
        public int Length { get; }

        public bool IsPresent => Style != NumberStyle.None;

        public bool SameAs(LeadingNumber other) => IsPresent && Style == other.Style && Value == other.Value;

        /// <summary>Parses the number of a schema node or section ("一", "（一）", "1.").</summary>
        public static LeadingNumber OfSchemaNumber(string? number)
        {
            string folded = TextNormalizer.Fold(number);
            if (folded.Length == 0) return None;
            LeadingNumber parsed = Parse(folded);
            return parsed.IsPresent ? parsed : Parse(folded + "、");
        }

        public static LeadingNumber Parse(string folded) => string.IsNullOrEmpty(folded) ? None : Parse(folded, 0, folded.Length);

        /// <summary><see cref="Parse(string)"/> of folded[start, end), read in place.</summary>
        public static LeadingNumber Parse(string folded, int start, int end)
        {
            if (start >= end) return None;
            char first = folded[start];

            if (first >= '\u2460' && first <= '\u2473') return new LeadingNumber(NumberStyle.Arabic, first - '\u2460' + 1, 1); // ①..⑳
            if (first >= '\u2474' && first <= '\u2487') return new LeadingNumber(NumberStyle.Parenthesized, first - '\u2474' + 1, 1); // ⑴..⒇
            if (first >= '\u2488' && first <= '\u249B') return new LeadingNumber(NumberStyle.Arabic, first - '\u2488' + 1, 1); // ⒈..⒛

            if (first == '(')
            {
                int close = start + 1;
                while (close < end && close - start <= 4 && IsNumeral(folded[close])) close++;
                if (close == start + 1 || close >= end || folded[close] != ')') return None;
                int value = ValueOf(folded, start + 1, close - start - 1);
                if (value <= 0) return None;
                int after = close + 1;
                if (after < end && (folded[after] == '、' || folded[after] == '.')) after++; // "(一)、"
                return new LeadingNumber(NumberStyle.Parenthesized, value, after - start);
            }

            if (IsChineseNumeral(first))
            {
                int numeralEnd = start;
                while (numeralEnd < end && numeralEnd - start < 4 && IsChineseNumeral(folded[numeralEnd])) numeralEnd++;
                if (numeralEnd >= end || !IsDelimiter(folded, numeralEnd, end)) return None;
                int value = ValueOf(folded, start, numeralEnd - start);
                return value > 0 ? new LeadingNumber(NumberStyle.Enumerated, value, numeralEnd - start + 1) : None;
            }

            if (first >= '0' && first <= '9')
            {
                int digitsEnd = start;
                while (digitsEnd < end && digitsEnd - start < 3 && folded[digitsEnd] >= '0' && folded[digitsEnd] <= '9') digitsEnd++;
                if (digitsEnd >= end) return None;
                char delimiter = folded[digitsEnd];
                if (delimiter != ')' && !IsDelimiter(folded, digitsEnd, end)) return None;
                int value = ValueOf(folded, start, digitsEnd - start);
                return value > 0 ? new LeadingNumber(NumberStyle.Arabic, value, digitsEnd - start + 1) : None;
            }

            return None;
        }

        // 、 always delimits; "." only when no digit follows, so that 1.5 stays a decimal.
        private static bool IsDelimiter(string folded, int index, int end)
        {
            char c = folded[index];
            if (c == '、') return true;
            if (c != '.') return false;
            return index + 1 >= end || folded[index + 1] < '0' || folded[index + 1] > '9';
        }

        private static bool IsNumeral(char c) => (c >= '0' && c <= '9') || IsChineseNumeral(c);

        /// <summary>Whether a folded text starting with this character can start with an <see cref="NumberStyle.Enumerated"/> number.</summary>
        public static bool CanStartEnumerated(char first) => IsChineseNumeral(first);

        private static bool IsChineseNumeral(char c) => DigitOf(c) >= 0 || c == '十';

        private static int DigitOf(char c)
        {
            switch (c)
            {
                case '〇': case '零': return 0;
                case '一': return 1;
                case '二': case '两': return 2;
                case '三': return 3;
                case '四': return 4;
                case '五': return 5;
                case '六': return 6;
                case '七': return 7;
                case '八': return 8;
                case '九': return 9;
                default: return -1;
            }
        }

        /// <summary>
        /// The value of the numeral at <paramref name="text"/>[start, start + length), read in place (every heading-like line
        /// is parsed): 1–999 in Arabic digits or 一 to 九十九 in Chinese numerals; -1 otherwise.
        /// </summary>
        private static int ValueOf(string text, int start, int length)
        {
            if (length == 0) return -1;
            int end = start + length;
            if (text[start] >= '0' && text[start] <= '9')
            {
                int value = 0;
                for (int i = start; i < end; i++)
                {
                    char c = text[i];
                    if (c < '0' || c > '9') return -1;
                    value = value * 10 + (c - '0');
                }
                return value;
            }
            int at = text.IndexOf('十', start, length);
            if (at < 0)
                return length == 1 ? DigitOf(text[start]) : -1;
            int ten = at - start;
            if (text.IndexOf('十', at + 1, end - at - 1) >= 0 || ten > 1 || length - ten > 2) return -1;
            int tens = ten == 0 ? 1 : DigitOf(text[start]);
            int units = at == end - 1 ? 0 : DigitOf(text[at + 1]);
            return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
        }
    }
}
