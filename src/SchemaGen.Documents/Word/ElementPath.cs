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

    /// <summary>
    /// Counts the children of one element by name while they are walked in order, to give each its path step. One is
    /// made per container walked, so the first three names (a cell's tcPr and p, a row's trPr and tc, a table's tblPr,
    /// tblGrid and tr) are counted in it, more in a list, and in a dictionary past <see cref="LinearNames"/> more.
    /// </summary>
    internal sealed class SiblingCounter
    {
        private const int LinearNames = 16;

        // XNames are atomized (one instance per name), so == compares references.
        private XName? _name0, _name1, _name2;
        private int _count0, _count1, _count2;
        private List<(XName Name, int Count)>? _more;
        private Dictionary<XName, int>? _byName;

        /// <summary>The 1-based position of <paramref name="element"/> among the siblings of its name walked so far (itself included).</summary>
        public int Next(XElement element)
        {
            XName name = element.Name;
            if (_name0 is null || name == _name0)
            {
                _name0 = name;
                return ++_count0;
            }
            if (_name1 is null || name == _name1)
            {
                _name1 = name;
                return ++_count1;
            }
            if (_name2 is null || name == _name2)
            {
                _name2 = name;
                return ++_count2;
            }
            _more ??= new List<(XName Name, int Count)>();
            int slot = Find(name);
            if (slot < 0)
            {
                slot = _more.Count;
                _more.Add((name, 0));
                if (_byName is not null) _byName.Add(name, slot);
                else if (_more.Count > LinearNames)
                {
                    _byName = new Dictionary<XName, int>();
                    for (int i = 0; i < _more.Count; i++) _byName.Add(_more[i].Name, i);
                }
            }
            int count = _more[slot].Count + 1;
            _more[slot] = (name, count);
            return count;
        }

        private int Find(XName name)
        {
            if (_byName is not null) return _byName.TryGetValue(name, out int slot) ? slot : -1;
            for (int i = 0; i < _more!.Count; i++)
                if (_more[i].Name == name) return i;
            return -1;
        }

        public string PathOf(string parentPath, XElement element) => ElementPath.Child(parentPath, element.Name.LocalName, Next(element));
    }
}
