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
            INodeList nodes = parent.ChildNodes;
            Dictionary<string, int>? totals = null;
            foreach (INode node in nodes)
            {
                if (node is IElement element)
                {
                    totals ??= new Dictionary<string, int>();
                    totals[element.LocalName] = totals.TryGetValue(element.LocalName, out int n) ? n + 1 : 1;
                }
            }
            if (totals is null)
            {
                foreach (INode node in nodes) yield return (node, null);
                yield break;
            }
            var seen = new Dictionary<string, int>();
            foreach (INode node in nodes)
            {
                if (node is not IElement element)
                {
                    yield return (node, null);
                    continue;
                }
                string name = element.LocalName;
                int index = seen.TryGetValue(name, out int s) ? s + 1 : 1;
                seen[name] = index;
                yield return (node, totals[name] > 1 ? name + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : name);
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
