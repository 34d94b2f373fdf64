using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Element paths as a location: each step is an element's local name and its 1-based position among the siblings
    /// of that name (the XPath way), from <c>body</c> down: <c>body/tbl[2]/tr[5]/tc[3]</c>,
    /// <c>body/sdt[1]/sdtContent[1]/p[4]</c>. Every element between body and the target is a step, wrappers included,
    /// so a path always leads back to one element of <c>word/document.xml</c>.
    /// </summary>
    internal static class ElementPath
    {
        /// <summary>The path one step down (positions start at 1: every Word step is numbered).</summary>
        public static string Child(string parentPath, string localName, int position) => ElementPathText.Append(parentPath, localName, position);

        /// <summary>The path of <paramref name="element"/>, the next child of its parent walked in order, whose siblings <paramref name="siblings"/> counts.</summary>
        public static string Next(string parentPath, XElement element, SiblingTally<XName> siblings)
            => Child(parentPath, element.Name.LocalName, siblings.Add(element.Name));

        /// <summary>
        /// The path of <paramref name="element"/> below <paramref name="ancestor"/> (whose path is <paramref name="ancestorPath"/>),
        /// worked out from the tree: for the rare element found deep inside a paragraph (a text box), where counting
        /// siblings on the way down would cost more than it saves.
        /// </summary>
        public static string Below(string ancestorPath, XElement ancestor, XElement element)
        {
            var steps = new List<XElement>();
            for (XElement? current = element; current is not null && current != ancestor; current = current.Parent) steps.Add(current);
            var path = new StringBuilder(ancestorPath);
            for (int i = steps.Count - 1; i >= 0; i--)
            {
                XElement step = steps[i];
                int position = 1;
                foreach (XElement before in step.ElementsBeforeSelf())
                    if (before.Name == step.Name) position++;
                path.Append('/').Append(step.Name.LocalName).Append('[').Append(position.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            return path.ToString();
        }
    }
}
