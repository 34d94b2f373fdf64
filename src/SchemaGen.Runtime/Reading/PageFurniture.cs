using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Removes what a PDF's pages print around the report from text made of them (pdftotext): page numbers ("- 3 -",
    /// "第 3 页", "第3页 共12页", "3/12"), form feeds, and the running header or footer — a line that comes back page after
    /// page, word for word, and is neither a heading nor a label of the format. Between two pages such lines fall inside a
    /// table, even inside a wrapped label; removed, the table reads on across the break.
    /// </summary>
    internal static class PageFurniture
    {
        private static readonly Regex PageNumber = new Regex(
            @"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>A running header is printed on every page but the first at least, so twice in any report that breaks a table.</summary>
        private const int MinimumRepeats = 2;

        /// <summary>Shorter lines repeat for other reasons ("无", "0", a lone label).</summary>
        private const int MinimumRunningLength = 8;

        public static TextLine[] Remove(TextLine[] lines, SchemaReadingIndex index)
        {
            // The lines are counted in this thread's dictionary, emptied for the next text (one made for every text grew from
            // empty, rebuilt several times a report); a dictionary grown by a huge text is let go.
            Dictionary<TrimmedText, int> counts = ThreadSpare<Dictionary<TrimmedText, int>>.Take() ?? new Dictionary<TrimmedText, int>();
            try
            {
                return Remove(lines, index, counts);
            }
            finally
            {
                counts.Clear();
                if (lines.Length <= MaxCountedLinesKept) ThreadSpare<Dictionary<TrimmedText, int>>.Give(counts);
            }
        }

        private const int MaxCountedLinesKept = 1 << 16;

        private static TextLine[] Remove(TextLine[] lines, SchemaReadingIndex index, Dictionary<TrimmedText, int> counts)
        {
            bool anyRepeated = false;
            foreach (TextLine line in lines)
            {
                if (line.IsTableRow || line.IsBlank) continue;
                var key = new TrimmedText(line.Text);
                if (key.Length < MinimumRunningLength) continue;
                int repeats = counts.TryGetValue(key, out int n) ? n + 1 : 1;
                counts[key] = repeats;
                anyRepeated |= repeats >= MinimumRepeats;
            }
            // Most texts repeat no line: then no line is looked up again.
            Dictionary<TrimmedText, int>? repeated = anyRepeated ? counts : null;
            List<TextLine>? kept = null; // made at the first line removed or changed: most texts have neither
            for (int i = 0; i < lines.Length; i++)
            {
                TextLine line = lines[i];
                bool furniture = IsFurniture(line, repeated, index);
                bool formFeed = !furniture && line.Text.IndexOf('\f') >= 0;
                if (kept is null)
                {
                    if (!furniture && !formFeed) continue;
                    kept = new List<TextLine>(lines.Length);
                    for (int k = 0; k < i; k++) kept.Add(lines[k]);
                }
                if (furniture) continue;
                kept.Add(formFeed ? new TextLine(line.Number, line.Text.Replace('\f', ' '), line.Location, line.Cells) : line);
            }
            return kept is null ? lines : kept.ToArray();
        }

        /// <summary>
        /// Whether a trimmed line can be a page number, by its first character (every line is asked; few are): a line
        /// that starts with a digit matches only as "3/12", so without a '/' it is a figure, not a page number.
        /// </summary>
        private static bool MayBePageNumber(TrimmedText text)
        {
            char first = text.First;
            if (first is '-' or '—' or '–' or '第' or 'p' or 'P') return true;
            return char.IsDigit(first) && text.Contains('/'); // \d is any Unicode decimal digit, as char.IsDigit
        }

        /// <param name="counts">How often each line long enough to be a running header comes; null when none comes twice.</param>
        private static bool IsFurniture(TextLine line, Dictionary<TrimmedText, int>? counts, SchemaReadingIndex index)
        {
            if (line.IsTableRow || line.IsBlank) return false;
            // The line's text as trimmed, a form feed inside it read as a space; a string made only for the few lines the
            // tests below need as one (a page number's pattern, a repeated line).
            var text = new TrimmedText(line.Text.IndexOf('\f') >= 0 ? line.Text.Replace('\f', ' ') : line.Text);
            if (text.Length == 0) return false;
            if (MayBePageNumber(text) && PageNumber.IsMatch(text.ToString())) return true;
            if (counts is null || !counts.TryGetValue(text, out int repeats) || repeats < MinimumRepeats) return false;
            string repeated = text.ToString();
            if (TableTextClassifier.IsValueLike(repeated, out _) || !TextNormalizer.ContainsIdeograph(repeated)) return false;
            return !index.NamesHeadingOrLabel(repeated);
        }

        /// <summary>
        /// A text without the white space around it (as <see cref="string.Trim()"/> cuts it), compared and hashed in place:
        /// most lines of a report are indented, and trimming each, twice, made two copies of nearly every line.
        /// </summary>
        private readonly struct TrimmedText : IEquatable<TrimmedText>
        {
            private readonly string _text;
            private readonly int _start;

            public TrimmedText(string text)
            {
                int start = 0, end = text.Length;
                TextNormalizer.TrimWhiteSpace(text, ref start, ref end);
                _text = text;
                _start = start;
                Length = end - start;
            }

            public int Length { get; }

            public char First => _text[_start];

            public bool Contains(char c) => Length > 0 && _text.IndexOf(c, _start, Length) >= 0;

            public bool Equals(TrimmedText other)
                => Length == other.Length && string.CompareOrdinal(_text, _start, other._text, other._start, Length) == 0;

            public override bool Equals(object? obj) => obj is TrimmedText other && Equals(other);

            // The length and the characters at both ends: a line is hashed twice or three times, and hashing every character
            // of every line (a flattened dump's line is the whole report) showed in the batch profile. Lines that differ only
            // inside are rare and still told apart by Equals.
            private const int HashedEnd = 8;

            public override int GetHashCode()
            {
                unchecked
                {
                    int hash = (int)2166136261 ^ Length;
                    int end = _start + Length;
                    int headEnd = Math.Min(end, _start + HashedEnd);
                    for (int i = _start; i < headEnd; i++) hash = (hash ^ _text[i]) * 16777619;
                    for (int i = Math.Max(headEnd, end - HashedEnd); i < end; i++) hash = (hash ^ _text[i]) * 16777619;
                    return hash;
                }
            }

            public override string ToString() => _start == 0 && Length == _text.Length ? _text : _text.Substring(_start, Length);
        }
    }
}
