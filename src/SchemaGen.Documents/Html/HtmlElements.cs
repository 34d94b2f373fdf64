using System;
using System.Collections.Generic;

namespace SchemaGen.Documents.Html
{
    /// <summary>What the reader needs to know about element names (HTML local names, lower case).</summary>
    internal static class HtmlElements
    {
        /// <summary>Elements that never have content or an end tag.</summary>
        public static readonly HashSet<string> Void = Set(
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
            "meta", "param", "source", "track", "wbr");

        /// <summary>Elements whose end tag may be left out (the parser closes them itself) and that never nest in themselves.</summary>
        public static readonly HashSet<string> OptionalEndTag = Set(
            "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp",
            "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption");

        /// <summary>The "formatting elements" the parser re-opens after a block closes them.</summary>
        public static readonly HashSet<string> Formatting = Set(
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

        /// <summary>Elements whose content is raw text up to their end tag (no tags inside).</summary>
        public static readonly HashSet<string> RawText = Set(
            "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title");

        /// <summary>Elements that hold no report text: code, styles, embedded objects, form controls.</summary>
        public static readonly HashSet<string> NeverContent = Set(
            "head", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
            "svg", "math", "canvas", "audio", "video", "map", "select", "option", "optgroup", "button", "input", "textarea", "datalist",
            "dialog", "link", "meta", "base", "title");

        /// <summary>Elements that start a new line of text (CSS display: block, list-item, table parts) rather than flow inside one.</summary>
        public static readonly HashSet<string> Block = Set(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "ul",
            "xmp", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th");

        /// <summary>Elements whose whitespace is kept as written.</summary>
        public static readonly HashSet<string> Preformatted = Set("pre", "listing", "xmp", "plaintext");

        public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';

        /// <summary>
        /// The lower-case name of a tag written in <paramref name="markup"/> from <paramref name="start"/> to
        /// <paramref name="end"/>: a known name without making a string (a scan of a page meets thousands of tags and few
        /// names), any other the characters lowered. Only ASCII spellings are looked up, where ignoring case is lowering.
        /// </summary>
        public static string TagName(string markup, int start, int end)
        {
            ReadOnlySpan<char> written = markup.AsSpan(start, end - start);
            if (System.Text.Ascii.IsValid(written) && KnownNames.TryGetValue(written, out string? known)) return known;
            return markup.Substring(start, end - start).ToLowerInvariant();
        }

        private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = KnownNameTable();

        private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNameTable()
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (HashSet<string> set in new[] { Void, OptionalEndTag, Formatting, RawText, NeverContent, Block, Preformatted })
                foreach (string name in set) names[name] = name;
            foreach (string name in new[] { "span", "img", "sup", "sub", "label", "abbr", "cite", "del", "ins", "mark", "q", "time", "var", "kbd", "samp", "bdi", "bdo", "ruby", "data", "output", "progress", "meter", "picture", "slot", "search", "noindex" })
                names[name] = name;
            return names.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        private static HashSet<string> Set(params string[] names) => new HashSet<string>(names, StringComparer.Ordinal);
    }
}
