namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>
    /// Turns a label as written into its match key, keeping where each key character came from:
    /// compatibility forms (NFKC, full width), Traditional → Simplified, no whitespace, OCR digit look-alikes,
    /// then the leading item numbers set aside (一、 （三） 1. — the existing <see cref="LeadingNumber"/>
    /// rules), then OCR ideograph look-alikes, Taiwan/HK words, and no punctuation or symbols at all.
    /// </summary>
    internal static class LabelNormalizer
    {
        /// <summary>The most item numbers set aside in a row ("三、（一）予以公开" has two).</summary>
        private const int MaxNumbers = 3;

        /// <param name="limit">Stop once this many characters are folded (a window at the start of a long line); int.MaxValue for all.</param>
        public static void Normalize(string text, int start, int limit, NormalizedLabel into)
        {
            into.Reset();
            FoldCharacters(text, start, limit, into);
            int keyStart = SetAsideNumbers(into);
            Compact(into, keyStart);
            ReplaceVariantWords(into);
        }

        private static void FoldCharacters(string text, int start, int limit, NormalizedLabel into)
        {
            for (int i = start < 0 ? 0 : start; i < text.Length && into.Length < limit; i++)
            {
                char c = text[i];
                if (char.IsSurrogate(c))
                {
                    // A character beyond the BMP (CJK extensions) is kept whole; half of one is noise.
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        into.Append(c, i, i + 2);
                        into.Append(text[i + 1], i, i + 2);
                        i++;
                    }
                    continue;
                }
                if (TextNormalizer.IsSpaceOrInvisible(c)) continue;
                string? compatible = LabelFoldTables.CompatibilityForm(c);
                if (compatible is null)
                {
                    FoldOne(c, i, into);
                    continue;
                }
                into.Folds |= LabelFolds.Width;
                foreach (char part in compatible)
                    if (!TextNormalizer.IsSpaceOrInvisible(part)) FoldOne(part, i, into);
            }
        }

        private static void FoldOne(char c, int index, NormalizedLabel into)
        {
            char simplified = ChineseScript.ToSimplified(c);
            if (simplified != c) into.Folds |= LabelFolds.TraditionalScript;
            char digit = LabelFoldTables.DigitConfusable(simplified);
            if (digit != '\0')
            {
                into.Folds |= LabelFolds.OcrConfusables;
                simplified = digit;
            }
            else if (simplified >= 'A' && simplified <= 'Z')
            {
                simplified = (char)(simplified + ('a' - 'A'));
            }
            into.Append(simplified, index, index + 1);
        }

        /// <summary>Sets aside leading item numbers; returns where the key proper starts.</summary>
        private static int SetAsideNumbers(NormalizedLabel into)
        {
            int position = 0;
            for (int n = 0; n < MaxNumbers && position < into.Length; n++)
            {
                if (!MayStartNumber(into.Chars[position])) break;
                // LeadingNumber looks at a handful of characters; a short window keeps this cheap.
                int window = into.Length - position < 8 ? into.Length - position : 8;
                LeadingNumber number = LeadingNumber.Parse(new string(into.Chars, position, window));
                if (!number.IsPresent || number.Length > window) break;
                if (into.NumberFrom < 0) into.NumberFrom = into.From[position];
                into.NumberTo = into.To[position + number.Length - 1];
                into.Folds |= LabelFolds.Numbering;
                position += number.Length;
            }
            return position;
        }

        private static bool MayStartNumber(char c)
            => (c >= '0' && c <= '9') || c == '(' || (c >= '\u2460' && c <= '\u249B')
               || "一二三四五六七八九十〇零两".IndexOf(c) >= 0;

        /// <summary>Drops everything but letters and digits from <paramref name="keyStart"/> on, folding OCR ideograph look-alikes.</summary>
        private static void Compact(NormalizedLabel into, int keyStart)
        {
            int kept = 0;
            for (int i = keyStart; i < into.Length; i++)
            {
                char c = into.Chars[i];
                if (!char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) continue;
                char confusable = LabelFoldTables.IdeographConfusable(c);
                if (confusable != '\0')
                {
                    into.Folds |= LabelFolds.OcrConfusables;
                    c = confusable;
                }
                into.Move(i, kept, c);
                kept++;
            }
            into.Length = kept;
        }

        private static void ReplaceVariantWords(NormalizedLabel into)
        {
            char[] chars = into.Chars;
            for (int i = 0; i + 1 < into.Length; i++)
            {
                foreach (string[] pair in LabelFoldTables.VariantWords)
                {
                    string variant = pair[0];
                    if (chars[i] != variant[0] || chars[i + 1] != variant[1]) continue;
                    chars[i] = pair[1][0];
                    chars[i + 1] = pair[1][1];
                    into.Folds |= LabelFolds.VariantWords;
                    i++;
                    break;
                }
            }
        }
    }
}
