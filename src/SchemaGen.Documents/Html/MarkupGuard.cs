using System;
using System.Collections.Generic;

namespace SchemaGen.Documents.Html
{
    /// <summary>What <see cref="MarkupGuard"/> did to a page before it was parsed.</summary>
    internal sealed class GuardedMarkup
    {
        public GuardedMarkup(string html, int flattenedTags, int droppedFormattingTags, int droppedAttributes, int cutAt)
        {
            Html = html;
            FlattenedTags = flattenedTags;
            DroppedFormattingTags = droppedFormattingTags;
            DroppedAttributes = droppedAttributes;
            CutAt = cutAt;
        }

        /// <summary>The markup to parse: the original, or a copy with some tags blanked out, or a prefix of it.</summary>
        public string Html { get; }

        /// <summary>Start tags (with their end tags) blanked because they nested deeper than <see cref="MarkupGuard.MaxDepth"/>.</summary>
        public int FlattenedTags { get; }

        /// <summary>Formatting start tags blanked because more than <see cref="MarkupGuard.MaxOpenFormatting"/> were open.</summary>
        public int DroppedFormattingTags { get; }

        /// <summary>Attributes blanked past <see cref="MarkupGuard.MaxAttributes"/> in one tag.</summary>
        public int DroppedAttributes { get; }

        /// <summary>Where the markup was cut because the page would grow past <see cref="MarkupGuard.MaxElements"/> elements; -1 when it was not.</summary>
        public int CutAt { get; }
    }

    /// <summary>
    /// Bounds the work of parsing a hostile or broken page, before AngleSharp sees it. The HTML parsing algorithm has
    /// costs that grow faster than the page: every start tag looks down the stack of open elements (so 100,000 nested
    /// <c>&lt;div&gt;</c>s take minutes), every attribute is compared with the ones before it in its tag, and formatting
    /// elements left open are re-created in every following paragraph. A light scan of the tags (comments and raw text
    /// skipped) estimates nesting and blanks out, with spaces, what passes the limits, so that every kept character keeps
    /// its line and column. Real pages never come near the limits.
    /// </summary>
    internal static class MarkupGuard
    {
        /// <summary>Chromium's parser stops nesting at 512 levels too (it adds deeper elements as siblings).</summary>
        public const int MaxDepth = 512;

        public const int MaxOpenFormatting = 8;

        public const int MaxAttributes = 64;

        /// <summary>Room for the 100,000-cell table a test page holds; a real report page has under 20,000 elements.</summary>
        public const int MaxElements = 200_000;

        public static GuardedMarkup Apply(string html)
        {
            var scan = new Scan(html);
            scan.Run();
            string result = scan.Edited is null ? html : new string(scan.Edited);
            if (scan.CutAt >= 0) result = result.Substring(0, scan.CutAt);
            return new GuardedMarkup(result, scan.FlattenedTags, scan.DroppedFormattingTags, scan.DroppedAttributes, scan.CutAt);
        }

        private sealed class Scan
        {
            private readonly string _html;
            // Open elements by name, as far as start and end tags tell (implied end tags aside).
            private readonly Dictionary<string, int> _open = new Dictionary<string, int>(StringComparer.Ordinal);
            // Start tags blanked whose end tags are still to come (and to be blanked too).
            private readonly Dictionary<string, int> _blankedOpen = new Dictionary<string, int>(StringComparer.Ordinal);
            private int _depth;
            private int _formatting;
            private bool _anchorOpen;
            private int _foreign;
            private long _elements;

            public Scan(string html) => _html = html;

            public char[]? Edited { get; private set; }
            public int FlattenedTags { get; private set; }
            public int DroppedFormattingTags { get; private set; }
            public int DroppedAttributes { get; private set; }
            public int CutAt { get; private set; } = -1;

            public void Run()
            {
                string html = _html;
                int i = 0;
                while (i < html.Length)
                {
                    int lt = html.IndexOf('<', i);
                    if (lt < 0 || lt + 1 >= html.Length) return;
                    char next = html[lt + 1];
                    if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                    {
                        int end = html.IndexOf("-->", lt + 2, StringComparison.Ordinal);
                        i = end < 0 ? html.Length : end + 3;
                    }
                    else if (next == '!' || next == '?')
                    {
                        int end = html.IndexOf('>', lt + 2);
                        i = end < 0 ? html.Length : end + 1;
                    }
                    else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                    {
                        i = EndTag(lt);
                    }
                    else if (char.IsAsciiLetter(next))
                    {
                        i = StartTag(lt);
                        if (i < 0) return;
                    }
                    else
                    {
                        i = lt + 1;
                    }
                }
            }

            private int EndTag(int lt)
            {
                int nameEnd = NameEnd(lt + 2);
                string name = HtmlElements.TagName(_html, lt + 2, nameEnd);
                int close = _html.IndexOf('>', nameEnd);
                int tagEnd = close < 0 ? _html.Length : close + 1;
                if (Take(_blankedOpen, name))
                {
                    Blank(lt, tagEnd);
                }
                else if (name == "a")
                {
                    _anchorOpen = false;
                }
                else if (HtmlElements.Formatting.Contains(name))
                {
                    if (Take(_open, name)) _formatting--;
                }
                else if (Take(_open, name))
                {
                    _depth--;
                    if (name is "svg" or "math") _foreign--;
                }
                return tagEnd;
            }

            /// <summary>Handles a start tag; returns where scanning goes on, or -1 when the page is cut here.</summary>
            private int StartTag(int lt)
            {
                int nameEnd = NameEnd(lt + 1);
                string name = HtmlElements.TagName(_html, lt + 1, nameEnd);
                int tagEnd = SkipAttributes(nameEnd, out bool selfClosing);

                // Each element may be re-created once per open formatting element (the parser's reconstruction).
                _elements += 1 + _formatting + (_anchorOpen ? 1 : 0);
                if (_elements > MaxElements)
                {
                    CutAt = lt;
                    return -1;
                }

                if (_foreign > 0 && selfClosing) return tagEnd;
                if (_foreign == 0 && HtmlElements.RawText.Contains(name))
                {
                    int end = _html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    return end < 0 ? _html.Length : end;
                }
                if (_foreign == 0 && name == "plaintext") return _html.Length;
                if (_foreign == 0 && (HtmlElements.Void.Contains(name) || HtmlElements.OptionalEndTag.Contains(name))) return tagEnd;
                // Tables are never blanked, whatever the estimate says: a sloppy page that leaves many elements
                // unclosed must not lose its figures. Nested tables cost the parser little (a cell bounds every scope).
                if (_foreign == 0 && name == "table") return tagEnd;

                if (_foreign == 0 && name == "a")
                {
                    // A new <a> closes the one still open: anchors never pile up.
                    _anchorOpen = true;
                }
                else if (_foreign == 0 && HtmlElements.Formatting.Contains(name))
                {
                    if (_formatting >= MaxOpenFormatting)
                    {
                        BlankOpen(name, lt, tagEnd);
                        DroppedFormattingTags++;
                    }
                    else
                    {
                        _formatting++;
                        Add(_open, name);
                    }
                }
                else if (_depth >= MaxDepth)
                {
                    BlankOpen(name, lt, tagEnd);
                    FlattenedTags++;
                }
                else
                {
                    _depth++;
                    Add(_open, name);
                    if (name is "svg" or "math") _foreign++;
                }
                return tagEnd;
            }

            /// <summary>Skips a tag's attributes to just past its '&gt;', blanking those past the limit.</summary>
            private int SkipAttributes(int position, out bool selfClosing)
            {
                string html = _html;
                int count = 0, firstExcess = -1;
                selfClosing = false;
                while (position < html.Length)
                {
                    char c = html[position];
                    if (c == '>')
                    {
                        selfClosing = position > 0 && html[position - 1] == '/';
                        if (firstExcess >= 0)
                        {
                            Blank(firstExcess, position);
                            DroppedAttributes += count - MaxAttributes;
                        }
                        return position + 1;
                    }
                    if (char.IsWhiteSpace(c) || c == '/')
                    {
                        position++;
                        continue;
                    }
                    count++;
                    if (count == MaxAttributes + 1) firstExcess = position;
                    // The name, then an optional value, quoted or not.
                    while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('/' or '>' or '=')) position++;
                    int afterName = position;
                    while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
                    if (position >= html.Length || html[position] != '=')
                    {
                        position = afterName;
                        continue;
                    }
                    position++;
                    while (position < html.Length && char.IsWhiteSpace(html[position])) position++;
                    if (position < html.Length && html[position] is '"' or '\'')
                    {
                        int close = html.IndexOf(html[position], position + 1);
                        position = close < 0 ? html.Length : close + 1;
                    }
                    else
                    {
                        while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] != '>') position++;
                    }
                }
                return html.Length;
            }

            private int NameEnd(int position)
            {
                while (position < _html.Length && !char.IsWhiteSpace(_html[position]) && _html[position] is not ('/' or '>')) position++;
                return position;
            }

            private void BlankOpen(string name, int from, int to)
            {
                Blank(from, to);
                Add(_blankedOpen, name);
            }

            /// <summary>Replaces markup by spaces, keeping line breaks, so that what follows keeps its line and column.</summary>
            private void Blank(int from, int to)
            {
                Edited ??= _html.ToCharArray();
                for (int i = from; i < to && i < Edited.Length; i++)
                    if (Edited[i] is not ('\n' or '\r')) Edited[i] = ' ';
            }

            private static void Add(Dictionary<string, int> counts, string name) => counts[name] = counts.TryGetValue(name, out int n) ? n + 1 : 1;

            private static bool Take(Dictionary<string, int> counts, string name)
            {
                if (!counts.TryGetValue(name, out int n) || n == 0) return false;
                counts[name] = n - 1;
                return true;
            }
        }
    }
}
