using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>
    /// Finds the figures the schema's prose patterns declare in every section of a reading (一、总体情况 and the
    /// rest), in Simplified or Traditional script, with digits, grouped digits (1,234) or Chinese numerals (七十五).
    /// A sentence wrapped across lines (a PDF paragraph, <c>pdftotext</c> output) is read as one: a line break inside a
    /// sentence is not a break in it. Never throws: a pattern that times out on a text is skipped there.
    /// </summary>
    public static class ProseReader
    {
        public static ProseFigures Read(ReportReading reading)
        {
            if (reading.ProseReadWhileReading is { } known) return known;
            // As arrays: walked for every phrase of every section, where a read-only list's enumerator and indexer are interface calls.
            ProseDescriptor[] declared = reading.Schema.Prose as ProseDescriptor[] ?? reading.Schema.Prose.ToArray();
            if (declared.Length == 0) return ProseFigures.Empty;
            var figures = new List<(SectionReading Section, int Offset, ProseFigure Figure)>();
            var present = new PresentCharacters();
            foreach (SectionReading section in reading.Sections)
            {
                if (!section.Found || section.Text.Length == 0) continue;
                // Searched folded; the unwrapped text as written is made only for a section where a figure is found.
                string folded = UnwrapFolded(section.Text, out UnwrapOffsets? offsets);
                string? text = offsets is null ? section.Text : null;
                present.Fill(folded);
                foreach (ProseDescriptor prose in declared)
                {
                    HashSet<int>? seen = null; // made at the first match: most phrases match nothing in most sections
                    foreach (ProseSearch search in prose.Searches)
                        foreach (Match match in Matches(search, folded, present))
                        {
                            Group number = match.Groups["n"];
                            if (!number.Success || !(seen ??= new HashSet<int>()).Add(number.Index)) continue;
                            decimal? value = ParseNumber(number.Value);
                            if (value is null) continue;
                            text ??= Unwrap(section.Text).Text;
                            int line = section.HeadingLine > 0 ? section.HeadingLine + 1 + Count(section.Text, '\n', offsets is null ? number.Index : offsets.Original(number.Index)) : 0;
                            var figure = new ProseFigure(prose.Id, prose.TableId, prose.Label, value.Value, text.Substring(match.Index, match.Length).Trim(),
                                SentenceAround(text, number.Index), section.SectionId, line);
                            figures.Add((section, number.Index, figure));
                        }
                }
            }
            return new ProseFigures(figures.OrderBy(f => f.Figure.Line).ThenBy(f => f.Offset).Select(f => f.Figure));
        }

        /// <summary>
        /// The text with the line breaks that wrap a sentence taken out, and for each of its characters the offset it had
        /// (so lines are still counted in the text as given). A break is a wrap when the line before it ends inside a
        /// sentence (not after 。；：！？ or the like) and neither line is empty, a table's row (|) or the next a numbered
        /// heading (一、 （二） 3.): a line that ends short of the sentence's end was cut by the page's width.
        /// </summary>
        /// <returns>Offsets null when no break is a wrap: the text is then returned as it is, each character at its own offset.</returns>
        internal static (string Text, UnwrapOffsets? Offsets) Unwrap(string text)
        {
            UnwrapOffsets? offsets = UnwrapInto(text, out char[]? kept, out int length);
            return kept is null ? (text, null) : (new string(kept, 0, length), offsets);
        }

        /// <summary>
        /// <see cref="Fold"/> of <see cref="Unwrap"/>'s text, folded in the buffer it is unwrapped into: one copy of the
        /// section where there were two (most sections are searched and found to hold no figure).
        /// </summary>
        internal static string UnwrapFolded(string text, out UnwrapOffsets? offsets)
        {
            offsets = UnwrapInto(text, out char[]? kept, out int length);
            if (kept is null) return Fold(text);
            for (int i = 0; i < length; i++) kept[i] = TextNormalizer.FoldChar(kept[i]);
            return new string(kept, 0, length);
        }

        /// <summary>
        /// Unwraps <paramref name="text"/> into this thread's buffer (<paramref name="kept"/>, its first
        /// <paramref name="length"/> characters); null offsets and no buffer when no break is a wrap.
        /// </summary>
        private static UnwrapOffsets? UnwrapInto(string text, out char[]? kept, out int length)
        {
            // Line by line: a line that does not wrap is kept whole (copied with the stretch it belongs to when a wrap ends
            // the stretch), so characters are not copied one at a time. Unwrapping only removes characters: one buffer of
            // the text's length serves (this thread's, kept for the next section), taken at the first wrap; between two
            // wraps the characters kept are consecutive in the text, so an offset is known from where each stretch starts.
            kept = null;
            length = 0;
            UnwrapOffsets? offsets = null;
            int stretchStart = 0, lineStart = 0;
            for (int lineEnd = text.IndexOf('\n'); lineEnd >= 0; lineEnd = text.IndexOf('\n', lineStart))
            {
                if (!IsWrap(text, lineStart, lineEnd))
                {
                    lineStart = lineEnd + 1;
                    continue;
                }
                kept ??= Buffer(text.Length);
                offsets ??= new UnwrapOffsets();
                text.CopyTo(stretchStart, kept, length, lineEnd - stretchStart);
                length += lineEnd - stretchStart;
                // Spaces that pad the end of the line and indent the next are the layout's, not the sentence's.
                while (length > 0 && kept[length - 1] is ' ' or '\r' or '\t') length--;
                int next = lineEnd + 1;
                while (next < text.Length && text[next] is ' ' or '\t' or '\u3000') next++;
                offsets.StretchFrom(length, next);
                stretchStart = lineStart = next;
            }
            if (kept is null) return null;
            text.CopyTo(stretchStart, kept, length, text.Length - stretchStart);
            length += text.Length - stretchStart;
            return offsets;
        }

        /// <summary>Where each character of an unwrapped text stood in the text as given: stretch by stretch between the wraps.</summary>
        internal sealed class UnwrapOffsets
        {
            private readonly List<int> _keptStarts = new List<int> { 0 };
            private readonly List<int> _originalStarts = new List<int> { 0 };

            /// <summary>From kept character <paramref name="kept"/> on, the characters are the text's from <paramref name="original"/> on.</summary>
            public void StretchFrom(int kept, int original)
            {
                _keptStarts.Add(kept);
                _originalStarts.Add(original);
            }

            /// <summary>The offset in the text as given of the unwrapped text's character <paramref name="kept"/>.</summary>
            public int Original(int kept)
            {
                int stretch = _keptStarts.Count - 1;
                while (stretch > 0 && _keptStarts[stretch] > kept) stretch--; // the last stretch that starts at or before it
                return _originalStarts[stretch] + (kept - _keptStarts[stretch]);
            }
        }

        [ThreadStatic]
        private static char[]? _buffer;

        /// <summary>This thread's character buffer, at least <paramref name="length"/> long: its contents are copied out before it is used again.</summary>
        private static char[] Buffer(int length) => ScratchChars.AtLeast(ref _buffer, length, 4096);

        private static bool IsWrap(string text, int lineStart, int lineEnd)
        {
            // Called at every line break: the two lines are bounds in the text, trimmed in place, not copied.
            int start = lineStart, end = lineEnd;
            TextNormalizer.TrimWhiteSpace(text, ref start, ref end);
            // The line's own tests first: most lines are blank or end a sentence, and then the next line is not looked at.
            if (start == end || SentenceEnds.IndexOf(text[end - 1]) >= 0 || text.IndexOf('|', start, end - start) >= 0) return false;
            int nextStart = lineEnd + 1, nextEnd = text.IndexOf('\n', nextStart);
            if (nextEnd < 0) nextEnd = text.Length;
            while (nextStart < nextEnd && IsPadding(text[nextStart])) nextStart++;
            while (nextEnd > nextStart && IsPadding(text[nextEnd - 1])) nextEnd--;
            if (nextStart == nextEnd || text.IndexOf('|', nextStart, nextEnd - nextStart) >= 0) return false;
            return !StartsNumbered(text, nextStart, nextEnd);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsPadding(char c) => c is ' ' or '\t' or '\r' or '\u3000';

        private const string SentenceEnds = "。；;：:！!？?";

        /// <summary>
        /// Whether text[start..end) starts as a numbered heading or item does, which starts its own line: 一、 （二） (三)
        /// 3. 4、 第五. Asked at every line break of the prose, so it reads the characters in place (no regex, no copy).
        /// </summary>
        internal static bool StartsNumbered(string text, int start, int end)
        {
            if (start >= end) return false;
            char first = text[start];
            int i = start + 1;
            if (IsChineseNumeral(first))
            {
                while (i < end && IsChineseNumeral(text[i])) i++;
                return i < end && text[i] == '、';
            }
            if (first is '（' or '(')
            {
                while (i < end && (IsChineseNumeral(text[i]) || char.IsDigit(text[i]))) i++;
                return i > start + 1 && i < end && text[i] is '）' or ')';
            }
            if (char.IsDigit(first))
            {
                while (i < end && char.IsDigit(text[i])) i++;
                return i < end && text[i] is '.' or '、' or '．';
            }
            return first == '第' && i < end && IsChineseNumeral(text[i]);
        }

        private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".IndexOf(c) >= 0;

        private static IEnumerable<Match> Matches(ProseSearch search, string text, PresentCharacters present)
        {
            // A text without a word every match holds is not searched (most sections, for most phrases).
            if (!search.MayMatch(text, present)) return Array.Empty<Match>();
            var result = new List<Match>();
            try
            {
                for (Match m = search.Regex.Match(text); m.Success; m = m.NextMatch()) result.Add(m);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern that backtracks without end on this text finds nothing in it; the others still run.
            }
            return result;
        }

        /// <summary>Simplified script and half-width forms, one character for one, so offsets and lines stay those of the text.</summary>
        internal static string Fold(string text)
        {
            char[] folded = Buffer(text.Length);
            for (int i = 0; i < text.Length; i++) folded[i] = TextNormalizer.FoldChar(text[i]);
            return new string(folded, 0, text.Length);
        }

        /// <summary>75, 1,234, 12.5 or 七十五 (with 两, 零, 百, 千, 万); null when it is none of these.</summary>
        public static decimal? ParseNumber(string text)
        {
            string plain = text.Replace(",", "");
            if (plain.Length > 0 && char.IsDigit(plain[0]))
                return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d) ? d : null;
            return ParseChinese(plain);
        }

        private static decimal? ParseChinese(string text)
        {
            if (text.Length == 0) return null;
            decimal total = 0, section = 0, digit = 0;
            bool any = false;
            foreach (char c in text)
            {
                int d = Digit(c);
                if (d >= 0)
                {
                    digit = d;
                    any = true;
                    continue;
                }
                int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
                if (unit > 0)
                {
                    section += (digit == 0 && unit == 10 && !any ? 1 : digit) * unit;
                    digit = 0;
                    any = true;
                    continue;
                }
                if (c == '万')
                {
                    total += (section + digit) * 10000;
                    section = digit = 0;
                    any = true;
                    continue;
                }
                return null;
            }
            return any ? total + section + digit : null;
        }

        private static int Digit(char c)
        {
            if (c == '零' || c == '〇') return 0;
            if (c == '两') return 2;
            return "一二三四五六七八九".IndexOf(c) is int i && i >= 0 ? i + 1 : -1;
        }

        private static int Count(string text, char c, int end)
        {
            int n = 0;
            for (int i = 0; i < end && i < text.Length; i++) if (text[i] == c) n++;
            return n;
        }

        /// <summary>The sentence around an offset: from the last 。；;! or line break before it to the next one after it.</summary>
        private static string SentenceAround(string text, int offset)
        {
            const string ends = "。；;！!？?\n";
            int start = offset;
            while (start > 0 && ends.IndexOf(text[start - 1]) < 0) start--;
            int end = offset;
            while (end < text.Length && ends.IndexOf(text[end]) < 0) end++;
            string sentence = text.Substring(start, end - start).Trim();
            return sentence.Length > 160 ? sentence.Substring(0, 157) + "…" : sentence;
        }
    }
}
