using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>The targets a text matched, and whether by the whole key or only by its start.</summary>
    internal readonly struct LabelMatch<T> where T : class
    {
        public LabelMatch(IReadOnlyList<T> candidates, bool isPrefix)
        {
            Candidates = candidates;
            IsPrefix = isPrefix;
        }

        public IReadOnlyList<T> Candidates { get; }
        public bool IsPrefix { get; }
        public bool IsEmpty => Candidates is null || Candidates.Count == 0;
        public bool IsExact => !IsEmpty && !IsPrefix;
    }

    /// <summary>
    /// Labels and aliases by match key (<see cref="TextNormalizer.MatchKey"/>). A text matches a label when
    /// its key equals the label's; failing that, when it starts with the label and the rest looks like a
    /// qualifier rather than data (short, no digits, no sentence punctuation) — and then only the longest
    /// such label counts, so "其他处理…" goes to 其他处理 and not to 其他.
    /// </summary>
    internal sealed class LabelSet<T> where T : class
    {
        /// <summary>The longest tail a prefix match tolerates: a parenthetical qualifier, not a sentence.</summary>
        public const int MaxPrefixRemainder = 24;

        /// <summary>Labels shorter than this take only a parenthesised qualifier: 其他(请说明), not 其他法律行政法规禁止公开.</summary>
        private const int ShortLabel = 4;

        private readonly List<KeyValuePair<string, T>> _entries = new List<KeyValuePair<string, T>>();

        // The targets of each key in the order they were added: a whole-key match is one read (the readers ask at every
        // line, and most asks are answered, or not, by the whole key).
        private readonly Dictionary<string, List<T>> _byKey = new Dictionary<string, List<T>>(StringComparer.Ordinal);

        // The entries by their key's first character, in the order they were added: a label the key starts with shares it.
        private readonly Dictionary<char, List<KeyValuePair<string, T>>> _byFirst = new Dictionary<char, List<KeyValuePair<string, T>>>();

        private static readonly T[] None = Array.Empty<T>();

        public int Count => _entries.Count;

        /// <summary>The match keys of every label and alias.</summary>
        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var entry in _entries) yield return entry.Key;
            }
        }

        public void Add(string? label, T target)
        {
            string key = TextNormalizer.MatchKey(label);
            if (key.Length == 0) return;
            foreach (var entry in _entries)
                if (entry.Key == key && ReferenceEquals(entry.Value, target)) return;
            _entries.Add(new KeyValuePair<string, T>(key, target));
            if (!_byKey.TryGetValue(key, out List<T>? targets)) _byKey.Add(key, targets = new List<T>());
            if (!targets.Contains(target)) targets.Add(target);
            if (!_byFirst.TryGetValue(key[0], out List<KeyValuePair<string, T>>? sharing)) _byFirst.Add(key[0], sharing = new List<KeyValuePair<string, T>>());
            sharing.Add(new KeyValuePair<string, T>(key, target));
        }

        public bool ContainsKey(string key) => _byKey.ContainsKey(key);

        /// <param name="key">A match key, as made by <see cref="TextNormalizer.MatchKey"/>.</param>
        public LabelMatch<T> Match(string key, int maxRemainder = MaxPrefixRemainder)
        {
            if (_byKey.TryGetValue(key, out List<T>? exact)) return new LabelMatch<T>(exact, isPrefix: false);

            int longest = 0;
            List<T>? prefixed = null;
            if (key.Length == 0 || !_byFirst.TryGetValue(key[0], out List<KeyValuePair<string, T>>? sharing)) return new LabelMatch<T>(None, isPrefix: true);
            foreach (var entry in sharing)
            {
                string label = entry.Key;
                if (label.Length < 2 || key.Length <= label.Length || !key.StartsWith(label, StringComparison.Ordinal)) continue;
                if (!IsQualifier(key, label.Length, maxRemainder)) continue;
                // A label of two or three characters (其他, 总计) is a prefix of too much: its qualifier must be parenthesised.
                if (label.Length < ShortLabel && key[label.Length] != '(') continue;
                if (label.Length > longest)
                {
                    longest = label.Length;
                    prefixed?.Clear();
                }
                prefixed ??= new List<T>();
                if (label.Length == longest && !prefixed.Contains(entry.Value)) prefixed.Add(entry.Value);
            }
            return new LabelMatch<T>(prefixed ?? (IReadOnlyList<T>)None, isPrefix: true);
        }

        private static bool IsQualifier(string key, int from, int maxRemainder)
        {
            if (key.Length - from > maxRemainder) return false;
            for (int i = from; i < key.Length; i++)
            {
                char c = key[i];
                if ((c >= '0' && c <= '9') || c == '。' || c == ';') return false;
            }
            return true;
        }
    }
}
