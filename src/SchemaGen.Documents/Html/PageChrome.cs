using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// The parts of a page that are not the report: scripts, styles and other non-content; hidden elements; and site
    /// chrome by what the markup says it is (nav, page-level header, footer and aside elements, ARIA landmark roles,
    /// ids and classes naming navigation, menus, breadcrumbs, footers, share bars). Conservative: an element is never
    /// left out when it holds a data table or at least half of the page's text, whatever it is called.
    /// </summary>
    internal sealed class PageChrome
    {
        // Words of an id or class that name chrome wherever they stand in it ("main-nav", "breadcrumbs", "bdsharebuttonbox").
        private static readonly HashSet<string> ChromeWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "nav", "navi", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
            "footer", "header", "sidebar", "topbar", "toolbar", "share", "bdshare", "bdsharebuttonbox", "jiathis", "copyright",
            "banner", "friendlink", "friendlinks",
            // Pinyin initials Chinese sites use: 当前位置 (breadcrumb), 网站导航, 友情链接.
            "dqwz", "wzdh", "yqlj",
        };

        // Tokens that name chrome only as a whole class or id: as a word inside a longer name they mean other things.
        private static readonly HashSet<string> ChromeTokens = new HashSet<string>(StringComparer.Ordinal)
        {
            "head", "foot", "top", "bottom", "links", "tools", "search", "login", "position", "location", "print", "fontsize",
            "skip", "gotop", "backtop", "ad", "ads", "advert",
        };

        // Words that say an element holds content: "article-header", "content-nav" and "TRS_Editor" are not chrome.
        // ("main" is not one: "main-nav" and "main-menu" are the primary navigation.)
        private static readonly HashSet<string> ContentWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "article", "content", "contents", "text", "body", "detail", "details", "zoom", "editor", "trs", "title",
            "con", "context", "report", "post", "entry",
        };

        private static readonly HashSet<string> ChromeRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "navigation", "banner", "contentinfo", "search", "menubar", "menu", "toolbar", "complementary",
        };

        private PageChrome(HashSet<IElement> skipped, int chromeElements, int hiddenElements)
        {
            Skipped = skipped;
            ChromeElements = chromeElements;
            HiddenElements = hiddenElements;
        }

        /// <summary>Elements whose whole subtree is left out.</summary>
        public HashSet<IElement> Skipped { get; }

        /// <summary>Chrome elements left out (not counting scripts, styles and other non-content).</summary>
        public int ChromeElements { get; }

        public int HiddenElements { get; }

        public static PageChrome Find(IElement body, PageStatistics statistics)
        {
            var skipped = new HashSet<IElement>();
            int chrome = 0, hidden = 0;
            int pageCharacters = statistics[body].Characters;
            var stack = new Stack<IElement>();
            stack.Push(body);
            while (stack.Count > 0)
            {
                IElement element = stack.Pop();
                if (element != body)
                {
                    if (HtmlElements.NeverContent.Contains(element.LocalName))
                    {
                        skipped.Add(element);
                        continue;
                    }
                    bool isHidden = IsHidden(element);
                    if ((isHidden || IsChrome(element)) && MayLeaveOut(element, statistics, pageCharacters))
                    {
                        skipped.Add(element);
                        if (isHidden) hidden++;
                        else chrome++;
                        continue;
                    }
                }
                // By index: the node list's enumerator through the interface is an object per element.
                INodeList children = element.ChildNodes;
                for (int i = 0; i < children.Length; i++)
                    if (children[i] is IElement childElement) stack.Push(childElement);
            }
            return new PageChrome(skipped, chrome, hidden);
        }

        /// <summary>Never a data table, never the bulk of the page's text.</summary>
        private static bool MayLeaveOut(IElement element, PageStatistics statistics, int pageCharacters)
        {
            ElementStatistics own = statistics[element];
            if (pageCharacters > 0 && 2 * own.Characters >= pageCharacters) return false;
            if (!own.HasTable && element.LocalName != "table") return true;
            IEnumerable<IElement> tables = element.LocalName == "table" ? new[] { element }.Concat(element.QuerySelectorAll("table")) : element.QuerySelectorAll("table");
            return tables.All(t => LayoutTables.IsLayout(HtmlTable.Read(t, ElementPath.Of("")), statistics));
        }

        internal static bool IsHidden(IElement element)
        {
            if (element.HasAttribute("hidden")) return true;
            string? style = element.GetAttribute("style");
            return !string.IsNullOrEmpty(style) && StyleHides(style);
        }

        /// <summary>Whether the style says display:none, visibility:hidden or mso-hide:all (see <see cref="StyleSays"/>), in one pass over it.</summary>
        internal static bool StyleHides(string style)
        {
            // Only where a declaration can start: its first letter in either case (no other character lowers to d, v or m).
            for (int start = style.AsSpan().IndexOfAny(HidingFirstLetters); start >= 0;)
            {
                char first = LowerInvariant(style[start]);
                foreach (string declaration in HidingDeclarations)
                    if (first == declaration[0] && SaysAt(style, start, declaration)) return true;
                int next = style.AsSpan(start + 1).IndexOfAny(HidingFirstLetters);
                start = next < 0 ? -1 : start + 1 + next;
            }
            return false;
        }

        private static readonly string[] HidingDeclarations = { "display:none", "visibility:hidden", "mso-hide:all" };

        private static readonly System.Buffers.SearchValues<char> HidingFirstLetters = System.Buffers.SearchValues.Create("dDvVmM");

        /// <summary>
        /// Whether the style holds the declaration once its whitespace is taken out and it is lower-cased (char by char,
        /// invariant), read in place: Word's pasted pages put a long style on nearly every element, and a compacted copy of
        /// each was a tenth of reading such a page.
        /// </summary>
        /// <param name="declaration">Lower case, without whitespace.</param>
        internal static bool StyleSays(string style, string declaration)
        {
            for (int start = 0; start < style.Length; start++)
                if (LowerInvariant(style[start]) == declaration[0] && SaysAt(style, start, declaration)) return true;
            return false;
        }

        /// <summary>Whether the declaration starts at <paramref name="start"/>, whose character matches its first.</summary>
        private static bool SaysAt(string style, int start, string declaration)
        {
            int matched = 1;
            for (int i = start + 1; matched < declaration.Length && i < style.Length; i++)
            {
                char c = style[i];
                if (char.IsWhiteSpace(c)) continue;
                if (LowerInvariant(c) != declaration[matched]) break;
                matched++;
            }
            return matched == declaration.Length;
        }

        /// <summary><see cref="char.ToLowerInvariant"/>, ASCII answered without the casing tables (styles are nearly all ASCII).</summary>
        private static char LowerInvariant(char c)
            => c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

        internal static bool IsChrome(IElement element)
        {
            string name = element.LocalName;
            if (name == "nav") return true;
            if (name is "header" or "footer" or "aside" && element.Closest("article, main") is null) return true;
            string? role = element.GetAttribute("role");
            if (role is not null && ChromeRoles.Contains(role.Trim())) return true;
            string? classes = element.GetAttribute("class"), id = element.GetAttribute("id");
            // Most elements have neither: nothing to split.
            if (string.IsNullOrWhiteSpace(classes) && string.IsNullOrWhiteSpace(id)) return false;
            bool chrome = false;
            return NoContentWord(classes, ref chrome) && NoContentWord(id, ref chrome) && chrome;
        }

        // The word lists hold lower-case ASCII: an ASCII spelling in any case is looked up as written, without a copy.
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeWordsAnyCase = AnyCase(ChromeWords);
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeTokensAnyCase = AnyCase(ChromeTokens);
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentWordsAnyCase = AnyCase(ContentWords);

        private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyCase(HashSet<string> words)
            => new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// Looks at each class name (or the id) in <paramref name="value"/>, as written between white space: false when a
        /// word of one says content; sets <paramref name="chrome"/> when a whole token or a word names chrome.
        /// </summary>
        private static bool NoContentWord(string? value, ref bool chrome)
        {
            if (string.IsNullOrWhiteSpace(value)) return true;
            for (int i = 0; i < value.Length;)
            {
                while (i < value.Length && IsTokenSeparator(value[i])) i++;
                int start = i;
                while (i < value.Length && !IsTokenSeparator(value[i])) i++;
                if (i == start) continue;
                ReadOnlySpan<char> token = value.AsSpan(start, i - start);
                // Non-ASCII tokens lowered as before: ignoring case there is not the same as lowering.
                if (System.Text.Ascii.IsValid(token) ? ChromeTokensAnyCase.Contains(token) : ChromeTokens.Contains(token.ToString().ToLowerInvariant())) chrome = true;
                if (!NoContentWordIn(token, ref chrome)) return false;
            }
            return true;
        }

        private static bool IsTokenSeparator(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

        /// <summary>A token's words (ASCII letters), split at anything not a letter and where lower case turns upper ("topNav", "main_nav2", "TRS_Editor").</summary>
        private static bool NoContentWordIn(ReadOnlySpan<char> token, ref bool chrome)
        {
            int start = -1;
            for (int i = 0; i <= token.Length; i++)
            {
                bool letter = i < token.Length && char.IsAsciiLetter(token[i]);
                bool camelBoundary = letter && start >= 0 && char.IsAsciiLetterUpper(token[i]) && char.IsAsciiLetterLower(token[i - 1]);
                if (start >= 0 && (!letter || camelBoundary))
                {
                    ReadOnlySpan<char> word = token.Slice(start, i - start);
                    if (ContentWordsAnyCase.Contains(word)) return false;
                    if (ChromeWordsAnyCase.Contains(word)) chrome = true;
                    start = -1;
                }
                if (letter && start < 0) start = i;
            }
            return true;
        }
    }
}
