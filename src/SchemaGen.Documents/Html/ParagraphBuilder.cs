using System;
using System.Collections.Generic;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Collects the text of one paragraph or one table cell as a browser lays it out: runs of ASCII whitespace collapse
    /// to one space, leading and trailing spaces of a line go, <c>&amp;nbsp;</c> is a space that does not collapse, and
    /// lines end only where the markup ends them (<c>&lt;br&gt;</c>, a block element). Text split across inline elements
    /// (Word's runs of <c>&lt;span&gt;</c>s) joins without a space unless the markup has one.
    /// </summary>
    /// <remarks>
    /// One rule from CSS Text 3 matters for Chinese: a line break in the source between two wide (CJK) characters is
    /// removed rather than turned into a space. Word wraps its HTML source at about 80 columns, often inside a word
    /// (「本年新收政府信息公开申\n请数量」); without the rule the label would read 「申 请」.
    /// </remarks>
    internal sealed class ParagraphBuilder
    {
        // Every line's characters one after another in one buffer, reused from paragraph to paragraph: a page has thousands
        // of paragraphs and cells, and a string per line and a builder per call of Text() were most of what this made.
        private char[] _chars = new char[64];
        private int _length;
        // Where the current line starts; the lines before it end at each of _lineEnds in turn.
        private int _lineStart;
        private readonly List<int> _lineEnds = new List<int>();
        private bool _pendingSpace;
        private bool _pendingSegmentBreak;

        /// <summary>Characters other than whitespace taken so far.</summary>
        public int Characters { get; private set; }

        /// <summary>Of <see cref="Characters"/>, those inside links.</summary>
        public int LinkCharacters { get; private set; }

        public bool HasContent => Characters > 0;

        public void Append(string text, bool inLink, bool preformatted)
        {
            foreach (char c in text)
            {
                if (IsInvisible(c)) continue;
                if (preformatted)
                {
                    if (c == '\n') EndLine();
                    else if (c != '\r') Put(c, inLink);
                    continue;
                }
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = true;
                    if (c is '\n' or '\r') _pendingSegmentBreak = true;
                    continue;
                }
                if (_pendingSpace && _length > _lineStart)
                {
                    char last = _chars[_length - 1];
                    if (!(_pendingSegmentBreak && IsWide(last) && IsWide(c))) Add(' ');
                }
                _pendingSpace = false;
                _pendingSegmentBreak = false;
                Put(c == '\u00A0' ? ' ' : c, inLink);
            }
        }

        /// <summary>Ends the current line (a <c>&lt;br&gt;</c> or the edge of a block inside a cell). Empty lines are dropped later.</summary>
        public void EndLine()
        {
            _lineEnds.Add(_length);
            _lineStart = _length;
            _pendingSpace = false;
            _pendingSegmentBreak = false;
        }

        /// <summary>The lines with content, each trimmed (as <see cref="string.Trim()"/> trims), joined by '\n'.</summary>
        public string Text()
        {
            int lines = 0, length = 0, onlyStart = 0, onlyEnd = 0;
            for (int i = 0; i <= _lineEnds.Count; i++)
            {
                (int start, int end) = TrimmedLine(i);
                if (start == end) continue;
                if (lines++ == 0) (onlyStart, onlyEnd) = (start, end);
                length += end - start;
            }
            if (lines == 0) return "";
            if (lines == 1) return new string(_chars, onlyStart, onlyEnd - onlyStart);
            return string.Create(length + lines - 1, this, static (text, builder) =>
            {
                int at = 0;
                for (int i = 0; i <= builder._lineEnds.Count; i++)
                {
                    (int start, int end) = builder.TrimmedLine(i);
                    if (start == end) continue;
                    if (at > 0) text[at++] = '\n';
                    builder._chars.AsSpan(start, end - start).CopyTo(text.Slice(at));
                    at += end - start;
                }
            });
        }

        /// <summary>Line <paramref name="index"/> (the current one last) without the white space around it.</summary>
        private (int Start, int End) TrimmedLine(int index)
        {
            int start = index == 0 ? 0 : _lineEnds[index - 1];
            int end = index < _lineEnds.Count ? _lineEnds[index] : _length;
            while (start < end && char.IsWhiteSpace(_chars[start])) start++;
            while (end > start && char.IsWhiteSpace(_chars[end - 1])) end--;
            return (start, end);
        }

        public void Clear()
        {
            _length = 0;
            _lineStart = 0;
            _lineEnds.Clear();
            _pendingSpace = false;
            _pendingSegmentBreak = false;
            Characters = 0;
            LinkCharacters = 0;
        }

        private void Add(char c)
        {
            if (_length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
            _chars[_length++] = c;
        }

        private void Put(char c, bool inLink)
        {
            Add(c);
            if (char.IsWhiteSpace(c)) return;
            Characters++;
            if (inLink) LinkCharacters++;
        }

        // Zero-width spaces and joiners, byte-order marks and soft hyphens: editors scatter them through pasted text,
        // where they would split labels and figures without showing.
        private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

        /// <summary>East Asian Wide or Fullwidth (CJK ideographs, kana, CJK and fullwidth punctuation), Hangul excepted as CSS says.</summary>
        internal static bool IsWide(char c)
            => (c >= '\u2E80' && c <= '\u303E') || (c >= '\u3041' && c <= '\u33FF') || (c >= '\u3400' && c <= '\u4DBF')
               || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uA000' && c <= '\uA4CF') || (c >= '\uF900' && c <= '\uFAFF')
               || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')
               // Surrogates: characters beyond the BMP here are CJK extension ideographs.
               || char.IsSurrogate(c);
    }
}
