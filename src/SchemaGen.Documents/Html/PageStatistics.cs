using System.Collections.Generic;
using AngleSharp.Dom;

namespace SchemaGen.Documents.Html
{
    /// <summary>Counts over one element's subtree that the reader's decisions weigh.</summary>
    internal readonly struct ElementStatistics
    {
        public ElementStatistics(int characters, int linkCharacters, bool hasTable, bool hasHeading)
        {
            Characters = characters;
            LinkCharacters = linkCharacters;
            HasTable = hasTable;
            HasHeading = hasHeading;
        }

        /// <summary>Visible characters other than whitespace (scripts, styles and other non-content left out).</summary>
        public int Characters { get; }

        /// <summary>Of those, the ones inside links.</summary>
        public int LinkCharacters { get; }

        /// <summary>A table below the element (not counting the element itself).</summary>
        public bool HasTable { get; }

        /// <summary>A heading (h1–h6) at or below the element.</summary>
        public bool HasHeading { get; }

        /// <summary>At least half of the text is link text: a menu, a list of links, a breadcrumb.</summary>
        public bool IsLinkDense => Characters > 0 && 2 * LinkCharacters >= Characters;
    }

    /// <summary>Statistics for every element of a page, computed once bottom-up without recursion (pages can nest deeply).</summary>
    internal sealed class PageStatistics
    {
        private readonly Dictionary<IElement, ElementStatistics> _statistics;

        private PageStatistics(Dictionary<IElement, ElementStatistics> statistics) => _statistics = statistics;

        public ElementStatistics this[IElement element] => _statistics.TryGetValue(element, out ElementStatistics s) ? s : default;

        public static PageStatistics Of(IElement root)
        {
            // Sized first (a walk that only counts), so that the dictionary is not copied as it grows: it holds every element.
            var stack = new Stack<(IElement Element, bool ChildrenDone)>();
            var statistics = new Dictionary<IElement, ElementStatistics>(CountElements(root, stack));
            // Post-order with an explicit stack: an element is summed once all its children are.
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                (IElement element, bool childrenDone) = stack.Pop();
                if (HtmlElements.NeverContent.Contains(element.LocalName))
                {
                    statistics[element] = default;
                    continue;
                }
                if (!childrenDone)
                {
                    stack.Push((element, true));
                    INodeList children = element.ChildNodes;
                    for (int i = 0; i < children.Length; i++)
                        if (children[i] is IElement childElement) stack.Push((childElement, false));
                    continue;
                }
                int characters = 0, linkCharacters = 0;
                bool hasTable = false, hasHeading = HtmlElements.IsHeading(element.LocalName);
                INodeList nodes = element.ChildNodes;
                for (int i = 0; i < nodes.Length; i++)
                {
                    INode child = nodes[i];
                    if (child is IText text)
                    {
                        characters += VisibleCharacters(text.Data);
                    }
                    else if (child is IElement childElement && statistics.TryGetValue(childElement, out ElementStatistics s))
                    {
                        characters += s.Characters;
                        linkCharacters += s.LinkCharacters;
                        hasTable |= s.HasTable || childElement.LocalName == "table";
                        hasHeading |= s.HasHeading;
                    }
                }
                if (element.LocalName == "a") linkCharacters = characters;
                statistics[element] = new ElementStatistics(characters, linkCharacters, hasTable, hasHeading);
            }
            return new PageStatistics(statistics);
        }

        /// <summary>How many elements the walk below will store: every one it reaches (a never-content element's children are not reached).</summary>
        private static int CountElements(IElement root, Stack<(IElement Element, bool ChildrenDone)> stack)
        {
            int count = 0;
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                IElement element = stack.Pop().Element;
                count++;
                if (HtmlElements.NeverContent.Contains(element.LocalName)) continue;
                INodeList children = element.ChildNodes;
                for (int i = 0; i < children.Length; i++)
                    if (children[i] is IElement childElement) stack.Push((childElement, false));
            }
            return count;
        }

        private static int VisibleCharacters(string text)
        {
            int count = 0;
            foreach (char c in text)
                if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\uFEFF')) count++;
            return count;
        }
    }
}
