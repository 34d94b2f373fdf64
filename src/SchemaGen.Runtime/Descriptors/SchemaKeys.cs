using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Runtime.Descriptors
{
    /// <summary>
    /// The key contract: which strings name a section, table, row, column or invariant. The runtime lookups
    /// (descriptors, generated <c>GetCell</c>/<c>SetCell</c>, reading results) and the SG2004 analyzer both build their
    /// <see cref="KeyIndex"/> from these functions, so what the analyzer accepts is exactly what the runtime finds.
    /// <list type="bullet">
    /// <item>Always a key: a table's, section's or invariant's id; a row's path (<c>Outcomes.Withheld.StateSecret</c>); a column's id (leaf) or path.</item>
    /// <item>A key when it names one element only (within the table for rows and columns; within the schema otherwise):
    /// a row's bare id, the official label (with or without its number: <c>（一）予以公开</c>), a column's label path
    /// (<c>法人或其他组织 › 商业企业</c>), a section's heading, and every alias the schema declares.</item>
    /// <item>Every key may be written in Traditional characters: both sides are compared after folding Traditional to Simplified.</item>
    /// <item>Nothing else: no case folding, no trimming, no partial labels. A name that fits several elements is rejected as ambiguous.</item>
    /// </list>
    /// </summary>
    public static class SchemaKeys
    {
        public static KeyedElement Section(string id, string label, string heading, IEnumerable<string> aliases)
            => new(id, heading, new[] { id }, new[] { label, heading }.Concat(aliases));

        public static KeyedElement Table(string id, string label, string? caption)
            => new(id, label, new[] { id }, caption is null ? new[] { label } : new[] { label, caption + " " + label, caption + label });

        public static KeyedElement Row(string path, string id, string label, string numberedLabel, IEnumerable<string> aliases, bool isLeaf)
            => new(path, numberedLabel, new[] { path }, new[] { id, label, numberedLabel }.Concat(aliases), isLeaf);

        /// <param name="labelPath">The label under its groups' labels (<see cref="LabelPath"/>), for a leaf; null for a group.</param>
        public static KeyedElement Column(string path, string id, string label, string? labelPath, IEnumerable<string> aliases, bool isLeaf)
            => new(isLeaf ? id : path, labelPath ?? label, isLeaf ? new[] { id, path } : new[] { path },
                new[] { id, label, labelPath ?? "" }.Concat(aliases), isLeaf);

        public static KeyedElement Invariant(string id, string message) => new(id, message, new[] { id }, Array.Empty<string>());

        /// <summary>How keys are compared: ordinal after folding Traditional characters to Simplified.</summary>
        public static string Fold(string key) => ChineseScript.ToSimplified(key);

        /// <summary>
        /// The closest canonical names to a mistyped key, best first: by edit distance (within a third of the key's
        /// length, at least 2) to any of an element's names. Shared by the runtime's messages and SG2004's suggestion.
        /// </summary>
        public static IReadOnlyList<string> Closest(string key, IEnumerable<(string Name, string Canonical)> names, int max)
        {
            string folded = Fold(key).ToLowerInvariant();
            int limit = Math.Max(2, key.Length / 3);
            return names
                .Select(n => (n.Canonical, Distance: Distance(folded, Fold(n.Name).ToLowerInvariant())))
                .Where(n => n.Distance <= limit)
                .GroupBy(n => n.Canonical, StringComparer.Ordinal)
                .Select(g => (Canonical: g.Key, Distance: g.Min(n => n.Distance)))
                .OrderBy(n => n.Distance) // stable: ties keep the order the names came in
                .Take(max)
                .Select(n => n.Canonical)
                .ToList();
        }

        /// <summary>Levenshtein distance.</summary>
        public static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }
    }

    /// <summary>One element as keys see it: its canonical name, what to show beside it, and the names that reach it.</summary>
    public sealed class KeyedElement
    {
        public KeyedElement(string canonical, string label, IEnumerable<string> identities, IEnumerable<string> names, bool isLeaf = true)
        {
            Canonical = canonical;
            Label = label;
            Identities = identities.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            Names = names.Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal).ToArray();
            IsLeaf = isLeaf;
        }

        /// <summary>The form suggestions use: an id, a row's path, a column group's path.</summary>
        public string Canonical { get; }

        /// <summary>The official wording, shown beside a suggestion.</summary>
        public string Label { get; }

        /// <summary>Names that always reach this element (ids, paths).</summary>
        public IReadOnlyList<string> Identities { get; }

        /// <summary>Names that reach it when no other element of the index has them too (labels, aliases, bare row ids).</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>False for a row or column group, which holds no figures.</summary>
        public bool IsLeaf { get; }

        public override string ToString() => Canonical;
    }

    public enum KeyMatchKind { Found, Unknown, Ambiguous }

    /// <summary>What a key names in a <see cref="KeyIndex"/>.</summary>
    public sealed class KeyMatch
    {
        internal KeyMatch(KeyMatchKind kind, KeyedElement? element, IReadOnlyList<KeyedElement> candidates)
        {
            Kind = kind;
            Element = element;
            Candidates = candidates;
        }

        public KeyMatchKind Kind { get; }

        /// <summary>The element, when found.</summary>
        public KeyedElement? Element { get; }

        /// <summary>The elements an ambiguous key fits, or the closest ones to an unknown key (best first, at most three).</summary>
        public IReadOnlyList<KeyedElement> Candidates { get; }

        public bool IsFound => Kind == KeyMatchKind.Found;
    }

    /// <summary>
    /// Every key of one kind of element within one scope (the rows of a table, the tables of a schema, …), resolved
    /// by the contract of <see cref="SchemaKeys"/>. Built once per scope; lookups are dictionary reads.
    /// </summary>
    public sealed class KeyIndex
    {
        private readonly Dictionary<string, KeyedElement> _identities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<KeyedElement>> _names = new(StringComparer.Ordinal);
        private readonly List<KeyedElement> _elements;

        public KeyIndex(IEnumerable<KeyedElement> elements)
        {
            _elements = elements.ToList();
            foreach (KeyedElement element in _elements)
            {
                foreach (string identity in element.Identities)
                {
                    string folded = SchemaKeys.Fold(identity);
                    if (!_identities.ContainsKey(folded)) _identities.Add(folded, element);
                }
                foreach (string name in element.Names.Concat(element.Identities).Select(SchemaKeys.Fold).Distinct(StringComparer.Ordinal))
                {
                    if (!_names.TryGetValue(name, out List<KeyedElement>? list)) _names.Add(name, list = new List<KeyedElement>());
                    if (!list.Contains(element)) list.Add(element);
                }
            }
        }

        public IReadOnlyList<KeyedElement> Elements => _elements;

        public KeyMatch Resolve(string key)
        {
            if (Named(SchemaKeys.Fold(key ?? ""), out List<KeyedElement>? fits) is { } found) return new KeyMatch(KeyMatchKind.Found, found, Array.Empty<KeyedElement>());
            if (fits is not null) return new KeyMatch(KeyMatchKind.Ambiguous, null, fits);
            var byCanonical = _elements.GroupBy(e => e.Canonical, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var closest = SchemaKeys.Closest(key ?? "", _elements.SelectMany(e => e.Identities.Concat(e.Names).Select(n => (n, e.Canonical))), 3);
            return new KeyMatch(KeyMatchKind.Unknown, null, closest.Select(c => byCanonical[c]).ToList());
        }

        /// <summary>
        /// The element a key names, or null when it names none or several. Without <see cref="Resolve"/>'s suggestions: the
        /// edit distances to every name are for messages, and a miss here is an ordinary answer (format detection asks every
        /// version for rows it may not have, at start-up).
        /// </summary>
        public KeyedElement? Find(string key) => Named(SchemaKeys.Fold(key ?? ""), out _);

        /// <summary>The one element a folded key names (an identity first); else null, with the elements it names when several do.</summary>
        private KeyedElement? Named(string folded, out List<KeyedElement>? several)
        {
            several = null;
            if (_identities.TryGetValue(folded, out KeyedElement? exact)) return exact;
            if (!_names.TryGetValue(folded, out List<KeyedElement>? fits)) return null;
            if (fits.Count == 1) return fits[0];
            several = fits;
            return null;
        }

        /// <summary>
        /// "has no row 'X' (did you mean 'A', 'B'?)" or "'X' is ambiguous: it names 'A' and 'B'": the tail of the message
        /// an unresolved key gets, at run time and from SG2004 alike.
        /// </summary>
        public static string Explain(KeyMatch match, string kindWord, string key)
        {
            string Quote(KeyedElement e) => "'" + e.Canonical + "'" + (e.Label.Length > 0 && e.Label != e.Canonical ? " (" + e.Label + ")" : "");
            if (match.Kind == KeyMatchKind.Ambiguous)
                return $"'{key}' is ambiguous: it names {string.Join(" and ", match.Candidates.Select(Quote))}; use the {kindWord} path or id";
            return $"has no {kindWord} '{key}'" + (match.Candidates.Count == 0 ? "" : " (did you mean " + string.Join(", ", match.Candidates.Select(Quote)) + "?)");
        }

        /// <summary>The element a key names; an <see cref="ArgumentException"/> naming the key and the closest valid keys otherwise.</summary>
        /// <param name="owner">"table Applications", "schema gov-info-annual-report@2021": who was asked.</param>
        /// <param name="leafOnly">Only an element that holds figures will do (a cell's row or column).</param>
        public KeyedElement Require(string key, string kindWord, string owner, string parameterName, bool leafOnly = false)
        {
            KeyMatch match = Resolve(key);
            if (match.Element is { } element)
            {
                if (leafOnly && !element.IsLeaf)
                    throw new ArgumentException($"{owner}: '{key}' is the {kindWord} group '{element.Canonical}', which holds no figures; name one of its leaves", parameterName);
                return element;
            }
            throw new ArgumentException(owner + (match.Kind == KeyMatchKind.Ambiguous ? ": " : " ") + Explain(match, kindWord, key), parameterName);
        }
    }
}
