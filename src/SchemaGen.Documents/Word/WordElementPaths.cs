using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Element paths as a location: each step is an element's local name and its 1-based position among the siblings
    /// of that name (the XPath way), from <c>body</c> down: <c>body/tbl[2]/tr[5]/tc[3]</c>,
    /// <c>body/sdt[1]/sdtContent[1]/p[4]</c>. Every element between body and the target is a step, wrappers included,
    /// so a path always leads back to one element of <c>word/document.xml</c>.
    /// </summary>
    internal static class WordElementPaths
    {
        /// <summary>The path of <paramref name="element"/>, the next child walked in order below <paramref name="parent"/>, whose siblings <paramref name="siblings"/> counts.</summary>
        public static ElementPath Next(this ElementPath parent, XElement element, SiblingTally<XName> siblings)
            => parent.Child(element.Name.LocalName, siblings.Add(element.Name));

        /// <summary>
        /// The path of <paramref name="element"/> below <paramref name="ancestor"/> (whose path is <paramref name="ancestorPath"/>),
        /// worked out from the tree: for the rare element found deep inside a paragraph (a text box), where counting
        /// siblings on the way down would cost more than it saves. Positions come from <paramref name="positions"/>, which
        /// counts each parent's children once.
        /// </summary>
        public static string Below(string ancestorPath, XElement ancestor, XElement element, SiblingPositions positions)
        {
            var steps = new List<XElement>();
            for (XElement? current = element; current is not null && current != ancestor; current = current.Parent) steps.Add(current);
            var path = new StringBuilder(ancestorPath);
            for (int i = steps.Count - 1; i >= 0; i--)
            {
                XElement step = steps[i];
                path.Append('/').Append(step.Name.LocalName).Append('[').Append(positions.Of(step).ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            return path.ToString();
        }
    }

    /// <summary>
    /// Elements' 1-based positions among their siblings of the same name, each parent's children counted once, when
    /// one of them is first asked for. A paragraph can hold thousands of text boxes, and counting the siblings before
    /// each box's run, for each box, made reading quadratic: 60,000 text boxes in one paragraph (a 32 KB file) took 12 s.
    /// </summary>
    internal sealed class SiblingPositions
    {
        private readonly Dictionary<XElement, int> _positions = new Dictionary<XElement, int>();
        private readonly HashSet<XElement> _counted = new HashSet<XElement>();

        public int Of(XElement element)
        {
            if (_positions.TryGetValue(element, out int position)) return position;
            XElement? parent = element.Parent;
            if (parent is null || !_counted.Add(parent)) return 1; // the root (its parent's children are all counted otherwise)
            using SiblingTally<XName> siblings = SiblingTally<XName>.Rent();
            foreach (XElement child in WordXml.ChildElements(parent)) _positions[child] = siblings.Add(child.Name);
            return _positions[element];
        }

        /// <summary>Forgets every count (the next paragraph's elements are others).</summary>
        public void Clear()
        {
            _positions.Clear();
            _counted.Clear();
        }
    }
}
