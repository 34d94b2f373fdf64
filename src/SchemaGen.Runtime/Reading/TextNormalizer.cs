using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Folds report text and schema labels into comparable keys. Published reports differ from the official
    /// wording in ways that carry no meaning: script (Traditional/Simplified), full-width or half-width
    /// digits and punctuation, stray spaces inside labels ("商业 企业"), the kind of quotes, a leading item
    /// number and trailing punctuation. A match key removes all of these, and nothing else.
    /// </summary>
    public static class TextNormalizer
    {
        /// <summary>
        /// Simplified script, half-width ASCII, no whitespace or invisible characters, no quotes, lower-case
        /// Latin letters. Keeps the item number: see <see cref="MatchKey"/> to drop it.
        /// </summary>
        public static string Fold(string? text) => Fold(text, null);

        /// <summary><see cref="Fold(string)"/>, also giving for each folded character the index of the character it came from.</summary>
        internal static string Fold(string? text, List<int>? origins)
        {
            if (string.IsNullOrEmpty(text)) return "";
            // Most labels and lines are already folded: walk the unchanged start without copying; from the first change,
            // the thread's buffer (folding never lengthens a text) and one string, no builder.
            int unchanged = 0;
            while (unchanged < text!.Length && FoldsToItself(text[unchanged])) unchanged++;
            if (origins is not null)
                for (int i = 0; i < unchanged; i++) origins.Add(i);
            if (unchanged == text.Length) return text;
            char[] folded = ScratchChars.AtLeast(ref _foldBuffer, text.Length);
            text.CopyTo(0, folded, 0, unchanged);
            int length = unchanged;
            for (int i = unchanged; i < text.Length; i++)
            {
                if (!TryFoldKept(text[i], out char c)) continue;
                folded[length++] = c;
                origins?.Add(i);
            }
            return new string(folded, 0, length);
        }

        [System.ThreadStatic]
        private static char[]? _foldBuffer;

        /// <summary>What folding does to one character: false when it drops it, else the character it keeps.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool TryFoldKept(char raw, out char folded)
        {
            folded = FoldMap.Kept[raw];
            // No character but '\0' itself folds to '\0' (a test holds the map to it), so '\0' in the map means dropped.
            return folded != '\0' || raw == '\0';
        }

        /// <summary><see cref="TryFoldKept"/> worked out: script, width, dropped characters, ASCII case.</summary>
        internal static bool TryFoldKeptComputed(char raw, out char folded)
        {
            char c = FoldCharComputed(raw);
            bool kept = !IsDropped(c);
            folded = kept ? LowerAscii(c) : '\0';
            return kept;
        }

        /// <summary>
        /// Folding as one lookup per character ('\0' for a dropped one): every character of a report is folded, most
        /// several times (detection, headings, labels, prose), and the worked-out fold was a tenth of reading a report.
        /// A class of its own, so that the map is built on first use, after the tables it is built from.
        /// </summary>
        private static class FoldMap
        {
            /// <summary><see cref="FoldCharComputed"/> of every character: cells and prose are folded character by character too.</summary>
            public static readonly char[] Chars = BuildChars();

            /// <summary>What folding keeps of every character, from <see cref="Chars"/> (initialised first, as written first).</summary>
            public static readonly char[] Kept = BuildKept(Chars);

            private static char[] BuildChars()
            {
                // Width for every character, then the script table's characters through it: FoldCharComputed of each (a
                // test holds the map to it), without asking the table of the 57,000 characters it does not hold. Built at
                // a check's start, it was an eighth of a one-file check's instructions done that way.
                var map = new char[char.MaxValue + 1];
                for (int raw = 0; raw <= char.MaxValue; raw++) map[raw] = raw < FirstFolding || IsPlain((char)raw) ? (char)raw : ToHalfWidth((char)raw);
                ChineseScript.ForEachMapped((traditional, simplified) =>
                {
                    if (traditional >= FirstFolding) map[traditional] = ToHalfWidth(simplified);
                });
                return map;
            }

            private static char[] BuildKept(char[] chars)
            {
                var map = new char[char.MaxValue + 1];
                for (int raw = 0; raw <= char.MaxValue; raw++)
                {
                    char c = chars[raw];
                    map[raw] = IsPlain(c) ? c : IsDropped(c) ? '\0' : LowerAscii(c);
                }
                return map;
            }

            /// <summary>
            /// Kana, Hangul and the unified ideographs (U+3040 up to the compatibility ideographs, most of the map): width
            /// leaves them as they are, and none is a space, an invisible mark, a quote or a capital, so the maps are built
            /// without asking each of those (tests hold both maps to folding worked out character by character).
            /// </summary>
            private static bool IsPlain(char c) => c >= '\u3040' && c < '\uF900';
        }

        private static bool FoldsToItself(char raw) => TryFoldKept(raw, out char c) && c == raw;

        /// <summary>The first character of <see cref="Fold(string)"/> of the text, without building it; '\0' when it folds to nothing.</summary>
        internal static char FirstFolded(string text)
        {
            foreach (char raw in text)
                if (TryFoldKept(raw, out char c)) return c;
            return '\0';
        }

        /// <summary>
        /// The key a label is compared by: <see cref="Fold(string?)"/>, then without a leading item number
        /// (一、 （一） (一) 1. 1、) and without trailing punctuation.
        /// "(二)部分公开(区分处理的,只计这一情形,不计其他情形)" and "部分公开（区分处理的，只计这一情形，不计其他情形）"
        /// have the same key.
        /// </summary>
        public static string MatchKey(string? text) => MatchKeyOfFolded(Fold(text));

        /// <summary><see cref="MatchKey"/> of a text already through <see cref="Fold(string)"/>.</summary>
        public static string MatchKeyOfFolded(string folded)
        {
            int start = 0, end = folded.Length;
            MatchKeyBounds(folded, ref start, ref end);
            return start == 0 && end == folded.Length ? folded : folded.Substring(start, end - start);
        }

        /// <summary>
        /// Narrows folded[start..end) to its <see cref="MatchKeyOfFolded"/> in place (past a leading item number, before
        /// trailing punctuation): for readers that key every cell of a folded text and copy only the keys they keep.
        /// </summary>
        public static void MatchKeyBounds(string folded, ref int start, ref int end)
        {
            start += LeadingNumber.Parse(folded, start, end).Length;
            TrimTrailingPunctuation(folded, start, ref end);
        }

        /// <summary>
        /// <see cref="Fold(string)"/> of text[start..end) written into <paramref name="destination"/> from
        /// <paramref name="index"/>, which must have room for end - start characters (folding never lengthens a text);
        /// returns the index after the last one written. For readers that fold a whole document into one buffer.
        /// </summary>
        public static int FoldInto(string text, int start, int end, char[] destination, int index)
        {
            for (int i = start; i < end; i++)
                if (TryFoldKept(text[i], out char c)) destination[index++] = c;
            return index;
        }

        /// <summary>Whether two texts are the same label once folded (script, width, spaces, quotes, numbering).</summary>
        public static bool SameLabel(string? a, string? b)
        {
            string key = MatchKey(a);
            return key.Length > 0 && key == MatchKey(b);
        }

        /// <summary>
        /// Narrows text[start..end) to what <see cref="string.Trim()"/> would keep of it (white space off both ends), in
        /// place: for readers that test every line or cell and copy only what they keep.
        /// </summary>
        public static void TrimWhiteSpace(string text, ref int start, ref int end)
        {
            while (start < end && IsWhiteSpace(text[start])) start++;
            while (end > start && IsWhiteSpace(text[end - 1])) end--;
        }

        /// <summary>
        /// <see cref="char.IsWhiteSpace(char)"/>, answered without its table for the characters outside Latin-1, which
        /// are few (a test holds the two to each other for every character): a line that ends in an ideograph, most of
        /// them, cost a table lookup on every trim.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static bool IsWhiteSpace(char c)
        {
            if (c <= '\u00FF') return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0';
            if (c < '\u1680' || c > '\u3000') return false;
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
        }

        /// <summary>One character in Simplified script and half-width form: what folding does to each character it keeps.</summary>
        internal static char FoldChar(char raw) => raw < FirstFolding ? raw : FoldMap.Chars[raw];

        /// <summary><see cref="FoldChar"/> worked out from the script and width tables.</summary>
        internal static char FoldCharComputed(char raw) => raw < FirstFolding ? raw : ToHalfWidth(ChineseScript.ToSimplified(raw));

        /// <summary>Below this, no character is full-width or Traditional (a test holds the two tables to it): ASCII and Latin text skip both.</summary>
        internal const char FirstFolding = '\u2000';

        private static char LowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;

        /// <summary>Whether folding drops this (already folded) character: spaces, invisible marks, quotes.</summary>
        private static bool IsDropped(char folded) => IsSpaceOrInvisible(folded) || IsQuote(folded);

        /// <summary>A full-width form (U+FF01–FF5E, the ideographic space, a few variants) as its ASCII counterpart.</summary>
        public static char ToHalfWidth(char c)
        {
            if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0);
            switch (c)
            {
                case '\u3000': return ' ';
                case '\uFF64': return '、'; // half-width ideographic comma
                case '\uFE59': return '(';  // small parentheses
                case '\uFE5A': return ')';
                case '\u2236': // ratio sign, often typed for a colon
                case '\uFE30':
                    return ':';
                default: return c;
            }
        }

        /// <summary>True for text that is empty or only whitespace (including no-break and ideographic spaces) or invisible marks.</summary>
        public static bool IsBlank(string? text) => string.IsNullOrEmpty(text) || IsBlank(text!, 0, text!.Length);

        /// <summary><see cref="IsBlank(string?)"/> of text[start..end), read in place.</summary>
        public static bool IsBlank(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
                if (!IsSpaceOrInvisible(text[i])) return false;
            return true;
        }

        /// <summary>Whitespace of any width, and the zero-width characters web pages leave behind.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of nearly every character read, in the readers' loops
        public static bool IsSpaceOrInvisible(char c)
        {
            // char.IsWhiteSpace's own table lookup for every ideograph was a tenth of folding: the few spaces and marks
            // outside Latin-1 are listed instead (Unicode's Zs, Zl and Zp, as char.IsWhiteSpace takes them).
            if (c > ' ' && c < '\u007F') return false; // letters, digits and punctuation: most of what is asked
            if (c <= '\u00FF') return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0' || c == '\u00AD';
            if (c < '\u1680') return false;
            if (c > '\u3000') return c == '\uFEFF';
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200D') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u2060' || c == '\u3000';
        }

        /// <summary>Whether the text holds a CJK ideograph: what separates a label from a garbled figure.</summary>
        public static bool ContainsIdeograph(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            foreach (char c in text!)
                if (IsIdeograph(c)) return true;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsIdeograph(char c)
            => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007'
               || char.IsSurrogate(c); // CJK extension planes; a lone surrogate in garbage counts as text, not as a figure

        /// <summary>Removes sentence punctuation at the end of a folded text (六、其它需要报告的事项。).</summary>
        public static string TrimTrailingPunctuation(string folded)
        {
            int end = folded.Length;
            TrimTrailingPunctuation(folded, 0, ref end);
            return end == folded.Length ? folded : folded.Substring(0, end);
        }

        private static void TrimTrailingPunctuation(string folded, int start, ref int end)
        {
            while (end > start && IsTrailingPunctuation(folded[end - 1])) end--;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsTrailingPunctuation(char c)
            => c == '。' || c == '.' || c == ':' || c == ';' || c == ',' || c == '、' || c == '!' || c == '?' || c == '…' || c == '|';

        private static bool IsQuote(char c)
        {
            switch (c)
            {
                case '"': case '\'': case '`':
                case '\u2018': case '\u2019': case '\u201A': case '\u201B':
                case '\u201C': case '\u201D': case '\u201E': case '\u201F':
                case '\u300C': case '\u300D': case '\u300E': case '\u300F':
                case '\u301D': case '\u301E': case '\u301F':
                case '\u2032': case '\u2033':
                    return true;
                default:
                    return false;
            }
        }
    }
}
