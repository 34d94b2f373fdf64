using System;
using System.Globalization;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents
{
    /// <summary>
    /// An element's path in a web page (<c>body/div[2]/table/tbody/tr[3]/td[2]</c>) or a Word file
    /// (<c>body/tbl[2]/tr[5]/tc[3]</c>): local names from <c>body</c> down, each with its 1-based position among the
    /// siblings of that name (a web page leaves it out where there is one such sibling, as browsers' "copy XPath" does;
    /// Word numbers every step). Written out only when asked for (a <see cref="DeferredElementPath"/>): a reader goes
    /// down through every element and locates every block and cell, and most paths are never shown. A path asked for
    /// writes its parent's once, which its siblings then share.
    /// </summary>
    internal sealed class ElementPath : DeferredElementPath
    {
        private readonly ElementPath? _parent;
        private readonly string _name;
        private readonly int _position;

        private ElementPath(ElementPath? parent, string name, int position)
        {
            _parent = parent;
            _name = name;
            _position = position;
        }

        /// <summary>A path known as text (the body's; a Word text box's, worked out from the tree).</summary>
        public static ElementPath Of(string text) => new ElementPath(null, text, 0);

        /// <summary>The path one step down: the child's local name and its position among the siblings of that name (0: none written).</summary>
        public ElementPath Child(string localName, int position) => new ElementPath(this, localName, position);

        protected override string Write() => _parent is null ? _name : Append(_parent.ToString(), _name, _position);

        /// <summary>
        /// Writes a path one step down, <c>parent/name[position]</c>, as one string sized before it is written (a
        /// concatenation made an array of the parts and a string of the number first).
        /// </summary>
        /// <param name="parent">The parent's path; empty for a first step (no separator is written then).</param>
        /// <param name="position">The 1-based position among the siblings of that name; 0 writes the bare name.</param>
        public static string Append(string parent, string name, int position)
        {
            if (position == 0 && parent.Length == 0) return name;
            int digits = position == 0 ? 0 : Digits(position);
            int length = (parent.Length == 0 ? 0 : parent.Length + 1) + name.Length + (digits == 0 ? 0 : digits + 2);
            return string.Create(length, (parent, name, position), static (text, parts) =>
            {
                (string parentPath, string stepName, int number) = parts;
                int at = 0;
                if (parentPath.Length > 0)
                {
                    parentPath.AsSpan().CopyTo(text);
                    at = parentPath.Length;
                    text[at++] = '/';
                }
                stepName.AsSpan().CopyTo(text.Slice(at));
                at += stepName.Length;
                if (number == 0) return;
                text[at++] = '[';
                number.TryFormat(text.Slice(at), out int written, default, CultureInfo.InvariantCulture);
                text[at + written] = ']';
            });
        }

        /// <summary>How many digits a position has (positions are positive).</summary>
        private static int Digits(int value)
        {
            int digits = 1;
            while (value >= 10)
            {
                value /= 10;
                digits++;
            }
            return digits;
        }
    }
}
