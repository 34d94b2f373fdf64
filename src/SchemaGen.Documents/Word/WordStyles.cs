using System;
using System.Collections.Generic;
using System.Xml.Linq;
using static SchemaGen.Documents.Word.WordXml;

namespace SchemaGen.Documents.Word
{
    /// <summary>What a paragraph inherits from its style and the styles that style is based on.</summary>
    internal sealed class ParagraphStyleTraits
    {
        public static readonly ParagraphStyleTraits None = new ParagraphStyleTraits(null, null, null, false, false);

        public ParagraphStyleTraits(int? numId, int? numLevel, int? outlineLevel, bool hasHeadingName, bool isTableOfContents)
        {
            NumId = numId;
            NumLevel = numLevel;
            OutlineLevel = outlineLevel;
            HasHeadingName = hasHeadingName;
            IsTableOfContents = isTableOfContents;
        }

        /// <summary>The nearest <c>w:numPr/w:numId</c> along the style chain.</summary>
        public int? NumId { get; }

        /// <summary>The nearest <c>w:numPr/w:ilvl</c> along the style chain.</summary>
        public int? NumLevel { get; }

        /// <summary>The nearest <c>w:outlineLvl</c> (0–8 a heading level, 9 body text).</summary>
        public int? OutlineLevel { get; }

        /// <summary>A style of the chain is a built-in heading or title ("heading 1", "Title", "标题 1").</summary>
        public bool HasHeadingName { get; }

        /// <summary>A table-of-contents entry style ("toc 1"): the entries repeat the headings and are not content.</summary>
        public bool IsTableOfContents { get; }

        /// <summary>A heading by outline level, or by name when no outline level is set along the chain.</summary>
        public bool IsHeading => OutlineLevel is int level ? level >= 0 && level <= 8 : HasHeadingName;
    }

    /// <summary>
    /// The styles part, as much of it as reading needs: for each paragraph style, the numbering, outline level and
    /// heading-ness it passes on through <c>w:basedOn</c>; for numbering styles, the list they stand for.
    /// </summary>
    internal sealed class WordStyles
    {
        /// <summary>A based-on chain longer than this is a loop or a hostile file.</summary>
        private const int MaxChainLength = 32;

        private readonly Dictionary<string, XElement> _styles = new Dictionary<string, XElement>(StringComparer.Ordinal);
        private readonly Dictionary<string, ParagraphStyleTraits> _resolved = new Dictionary<string, ParagraphStyleTraits>(StringComparer.Ordinal);
        private readonly string? _defaultParagraphStyle;

        public static readonly WordStyles Empty = new WordStyles(null);

        public WordStyles(XElement? stylesRoot)
        {
            if (stylesRoot is null) return;
            foreach (XElement style in stylesRoot.Elements(W + "style"))
            {
                string? id = (string?)style.Attribute(W + "styleId");
                if (id is null || _styles.ContainsKey(id)) continue;
                _styles[id] = style;
                if ((string?)style.Attribute(W + "type") == "paragraph" && IsDefault(style)) _defaultParagraphStyle ??= id;
            }
        }

        /// <summary>The traits of a paragraph style (the document's default paragraph style when <paramref name="styleId"/> is null).</summary>
        public ParagraphStyleTraits Resolve(string? styleId)
        {
            styleId ??= _defaultParagraphStyle;
            if (styleId is null) return ParagraphStyleTraits.None;
            if (_resolved.TryGetValue(styleId, out ParagraphStyleTraits? known)) return known;

            int? numId = null, numLevel = null, outline = null;
            bool headingName = false, toc = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? current = styleId;
            while (current is not null && seen.Count < MaxChainLength && seen.Add(current) && _styles.TryGetValue(current, out XElement? style))
            {
                XElement? paragraphProperties = style.Element(W + "pPr");
                XElement? numbering = paragraphProperties?.Element(W + "numPr");
                numId ??= Int(ChildVal(numbering, "numId"));
                numLevel ??= Int(ChildVal(numbering, "ilvl"));
                outline ??= Int(ChildVal(paragraphProperties, "outlineLvl"));
                string name = ChildVal(style, "name") ?? "";
                headingName |= IsHeadingName(name);
                toc |= IsTableOfContentsName(name);
                current = ChildVal(style, "basedOn");
            }
            var traits = new ParagraphStyleTraits(numId, numLevel, outline, headingName, toc);
            _resolved[styleId] = traits;
            return traits;
        }

        /// <summary>The <c>w:numId</c> a numbering style stands for (what an abstract numbering's <c>w:numStyleLink</c> points through).</summary>
        public int? NumIdOfNumberingStyle(string styleId)
            => _styles.TryGetValue(styleId, out XElement? style) ? Int(ChildVal(style.Element(W + "pPr")?.Element(W + "numPr"), "numId")) : null;

        private static bool IsDefault(XElement style)
        {
            string? value = (string?)style.Attribute(W + "default");
            return value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "on", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Word's built-in names are English in the file whatever the UI language; WPS sometimes writes the Chinese ones.</summary>
        private static bool IsHeadingName(string name)
        {
            string folded = name.Trim().ToLowerInvariant();
            return folded == "title" || folded == "标题" || StartsWithThenDigit(folded, "heading") || StartsWithThenDigit(folded, "标题");
        }

        private static bool IsTableOfContentsName(string name)
        {
            string folded = name.Trim().ToLowerInvariant();
            return StartsWithThenDigit(folded, "toc") || StartsWithThenDigit(folded, "目录");
        }

        /// <summary>"heading 1", "heading1": the prefix, optional spaces, then a level digit and nothing else.</summary>
        private static bool StartsWithThenDigit(string text, string prefix)
        {
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) return false;
            string rest = text.Substring(prefix.Length).TrimStart();
            return rest.Length == 1 && rest[0] >= '1' && rest[0] <= '9';
        }
    }
}
