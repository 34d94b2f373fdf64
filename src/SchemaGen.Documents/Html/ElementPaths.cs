using System.Collections.Generic;
using AngleSharp.Dom;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Element paths such as <c>body/div[2]/table/tbody/tr[3]/td[2]</c>: local names from <c>body</c> down, with a
    /// 1-based position among the siblings of the same name when there is more than one (the convention of browsers'
    /// "copy XPath"). Paths are built while walking down, so that each costs nothing extra to compute.
    /// </summary>
    internal static class ElementPaths
    {
        public const string Body = "body";

        /// <summary>Each child node in order, with the path step of those that are elements (null for text and comments).</summary>
        public static IEnumerable<(INode Node, string? Step)> Children(IElement parent)
        {
            // Walked by index, and one count per name holding both how many there are and how many were passed: this runs
            // for every element of a page, where two dictionaries and the node list's enumerators made a tenth of the
            // reader's allocation.
            INodeList nodes = parent.ChildNodes;
            Dictionary<string, (int Total, int Seen)>? counts = null;
            for (int i = 0; i < nodes.Length; i++)
            {
                if (nodes[i] is not IElement element) continue;
                counts ??= new Dictionary<string, (int Total, int Seen)>(System.StringComparer.Ordinal);
                counts[element.LocalName] = counts.TryGetValue(element.LocalName, out var known) ? (known.Total + 1, 0) : (1, 0);
            }
            for (int i = 0; i < nodes.Length; i++)
            {
                INode node = nodes[i];
                if (counts is null || node is not IElement element)
                {
                    yield return (node, null);
                    continue;
                }
                string name = element.LocalName;
                var (total, seen) = counts[name];
                counts[name] = (total, seen + 1);
                yield return (node, total > 1 ? name + "[" + (seen + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : name);
            }
        }

        public static string Append(string path, string step) => path.Length == 0 ? step : path + "/" + step;

        /// <summary>The element's path and the line and column of its start tag (0 for elements the parser implied, such as a missing tbody).</summary>
        public static SourceLocation Locate(IElement element, string path)
        {
            ISourceReference? source = element.SourceReference;
            return source is null ? SourceLocation.AtElement(path) : SourceLocation.AtElement(path, source.Position.Line, source.Position.Column);
        }
    }
}
