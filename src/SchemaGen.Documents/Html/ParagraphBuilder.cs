using System.Collections.Generic;
using System.Text;

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
        private readonly List<string> _lines = new List<string>();
        private readonly StringBuilder _line = new StringBuilder();
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
                if (_pendingSpace && _line.Length > 0)
                {
                    char last = _line[_line.Length - 1];
                    if (!(_pendingSegmentBreak && IsWide(last) && IsWide(c))) _line.Append(' ');
                }
                _pendingSpace = false;
                _pendingSegmentBreak = false;
                Put(c == '\u00A0' ? ' ' : c, inLink);
            }
        }

        /// <summary>Ends the current line (a <c>&lt;br&gt;</c> or the edge of a block inside a cell). Empty lines are dropped later.</summary>
        public void EndLine()
        {
            _lines.Add(_line.ToString());
            _line.Clear();
            _pendingSpace = false;
            _pendingSegmentBreak = false;
        }

        /// <summary>The lines with content, each trimmed, joined by '\n'.</summary>
        public string Text()
        {
            var text = new StringBuilder();
            void Add(string line)
            {
                string trimmed = line.Trim();
                if (trimmed.Length == 0) return;
                if (text.Length > 0) text.Append('\n');
                text.Append(trimmed);
            }
            foreach (string line in _lines) Add(line);
            Add(_line.ToString());
            return text.ToString();
        }

        public void Clear()
        {
            _lines.Clear();
            _line.Clear();
            _pendingSpace = false;
            _pendingSegmentBreak = false;
            Characters = 0;
            LinkCharacters = 0;
        }

        private void Put(char c, bool inLink)
        {
            _line.Append(c);
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
