using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>Comparing and quoting the wording of elements (labels and aliases).</summary>
    internal static class Wording
    {
        /// <summary>
        /// Whether two elements are worded alike: same label, or one's label is among the other's aliases.
        /// Used to recognise a renamed id; whitespace does not count.
        /// </summary>
        public static bool Alike(string labelA, IEnumerable<Text> aliasesA, string labelB, IEnumerable<Text> aliasesB)
        {
            string a = Squeeze(labelA), b = Squeeze(labelB);
            if (a.Length == 0 || b.Length == 0) return false;
            return a == b || aliasesB.Any(x => Squeeze(x) == a) || aliasesA.Any(x => Squeeze(x) == b);
        }

        public static bool Alike(AxisNode a, AxisNode b) => Alike(a.Label, a.Aliases, b.Label, b.Aliases);

        /// <summary>Text compared without its layout: runs of whitespace count as one space.</summary>
        public static string Normalize(string? text) => string.Join(" ", (text ?? "").Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));

        public static string Squeeze(string text) => new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

        /// <summary>A node as a reader sees it: （一）予以公开 (Outcomes.Granted).</summary>
        public static string Describe(AxisNode node) => node.NumberedLabel + " (" + node.Path + ")";

        public static string Quote(string? text) => text is null ? "(none)" : "'" + text + "'";

        public static string List(IEnumerable<Text> items) => "[" + string.Join(", ", items.Select(i => i.Value)) + "]";

        /// <summary>What was added to and removed from a list, for a message: "adds X; drops Y".</summary>
        public static string ListDelta(IEnumerable<Text> before, IEnumerable<Text> after)
        {
            var older = before.Select(t => t.Value).ToList();
            var newer = after.Select(t => t.Value).ToList();
            var added = newer.Where(x => !older.Contains(x)).ToList();
            var removed = older.Where(x => !newer.Contains(x)).ToList();
            var parts = new List<string>();
            if (added.Count > 0) parts.Add("adds " + string.Join(", ", added));
            if (removed.Count > 0) parts.Add("drops " + string.Join(", ", removed));
            return parts.Count == 0 ? "same items in another order" : string.Join("; ", parts);
        }

        public static bool SameList(EquatableArray<Text> a, EquatableArray<Text> b) => a.Equals(b);
    }
}
