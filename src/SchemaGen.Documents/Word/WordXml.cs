using System;
using System.Globalization;
using System.Xml.Linq;

namespace SchemaGen.Documents.Word
{
    /// <summary>The WordprocessingML names the reader looks at, and how their attribute values are read.</summary>
    internal static class WordXml
    {
        public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        /// <summary>ISO 29500 Strict spells the same vocabulary in another namespace; the loader maps it onto <see cref="W"/>.</summary>
        public static readonly XNamespace StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

        public static readonly XNamespace MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

        public static readonly XNamespace OfficeMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";

        public static readonly XName Val = W + "val";

        public static bool Is(XElement element, string localName) => element.Name.LocalName == localName && element.Name.Namespace == W;

        public static string Local(XElement element) => element.Name.LocalName;

        /// <summary>The <c>w:val</c> of the first <c>w:</c> child named <paramref name="childName"/>, or null.</summary>
        public static string? ChildVal(XElement? parent, string childName) => (string?)parent?.Element(W + childName)?.Attribute(Val);

        /// <summary>A decimal number attribute (ST_DecimalNumber); null when absent or not a number.</summary>
        public static int? Int(string? value)
            => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) ? number : null;

        /// <summary>
        /// A toggle property (ST_OnOff) written as a child element: absent is false; present with no <c>w:val</c>, or with
        /// "true", "1" or "on", is true.
        /// </summary>
        public static bool IsOn(XElement? parent, string childName)
        {
            XElement? toggle = parent?.Element(W + childName);
            if (toggle is null) return false;
            string? value = (string?)toggle.Attribute(Val);
            return value is null || !(value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" || value.Equals("off", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// The branch of an <c>mc:AlternateContent</c> to read: the first <c>mc:Choice</c>, else the <c>mc:Fallback</c>.
        /// Both branches say the same thing in two vocabularies (a DrawingML text box and its VML copy); reading both
        /// would read every text box twice.
        /// </summary>
        public static XElement? ChosenBranch(XElement alternateContent)
            => alternateContent.Element(MarkupCompatibility + "Choice") ?? alternateContent.Element(MarkupCompatibility + "Fallback");

        public static bool IsAlternateContent(XElement element) => element.Name == MarkupCompatibility + "AlternateContent";

        /// <summary>
        /// The child elements in order (of one name, when given), as <see cref="XContainer.Elements()"/> gives them, walked
        /// through the nodes' links: the reader walks the children of every container, paragraph and run, and LINQ to
        /// XML's iterator for each was a few percent of its bytes.
        /// </summary>
        public static ChildElementEnumerator ChildElements(XElement parent, XName? name = null) => new ChildElementEnumerator(parent.FirstNode, name);

        internal struct ChildElementEnumerator
        {
            private readonly XName? _name;
            private XNode? _next;

            public ChildElementEnumerator(XNode? first, XName? name)
            {
                _next = first;
                _name = name;
                Current = null!;
            }

            public ChildElementEnumerator GetEnumerator() => this;

            public XElement Current { get; private set; }

            public bool MoveNext()
            {
                while (_next is not null)
                {
                    XNode node = _next;
                    _next = node.NextNode;
                    if (node is XElement element && (_name is null || element.Name == _name))
                    {
                        Current = element;
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
