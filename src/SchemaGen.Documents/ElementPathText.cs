using System;
using System.Globalization;

namespace SchemaGen.Documents
{
    /// <summary>
    /// Writes an element path one step down, <c>parent/name[position]</c>, as one string: the locations of web pages
    /// (<c>body/div[2]/table/tbody/tr[3]/td[2]</c>) and Word files (<c>body/tbl[2]/tr[5]/tc[3]</c>) are written with it.
    /// Readers write a path for every block and cell they locate, and a concatenation of the parts made an array and a
    /// string for the number first.
    /// </summary>
    internal static class ElementPathText
    {
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
