using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>
    /// Matches label texts as reports write them against a fixed set of targets (the sections, or one table's
    /// rows, or its columns), by exact key first and by scored similarity after.
    /// <para>
    /// Keys come from <see cref="LabelKey"/>: width, script, Taiwan/HK words, OCR look-alikes, item numbers and
    /// punctuation folded away. A key equal to a target's label or alias matches exactly; two targets with the
    /// same key make the text ambiguous (总计 is a row and a column of table 三). Otherwise the similarity is the
    /// longest common subsequence of the keys, scored so that extra words cost little and missing words cost
    /// much (<see cref="LabelMatchOptions"/>); the best target above the threshold wins unless a second comes
    /// within the margin. Short targets match only exactly.
    /// </para>
    /// Built once per target set; matching allocates nothing unless the result is ambiguous, and is thread-safe.
    /// The similarity runs bit-parallel (Hyyrö's LCS: one word per target key of up to 64 characters, touched
    /// only by the text's characters that occur in it).
    /// </summary>
    public sealed class LabelMatcher<T>
    {
        private const int WordBits = 64;

        private readonly LabelMatchOptions _options;
        private readonly LabelTarget<T>[] _targets;
        // One entry per distinct key of a target: its label and each alias.
        private readonly int[] _entryTarget;
        private readonly string[] _entryKey;
        private readonly string[] _entryText;
        private readonly bool[] _entryIsAlias;
        private readonly ulong[] _entryLengthMask;
        private readonly Dictionary<int, int[]> _entriesByHash;
        private readonly Dictionary<char, int> _alphabet;
        private readonly int[] _postingStart;
        private readonly int[] _postingEntry;
        private readonly ulong[] _postingMask;
        private readonly int[] _longEntries;
        private readonly int _maxKeyLength;

        [ThreadStatic] private static Workspace? _workspace;

        public LabelMatcher(IEnumerable<LabelTarget<T>>? targets, LabelMatchOptions? options = null)
        {
            _options = options ?? LabelMatchOptions.Default;
            _targets = targets is null ? Array.Empty<LabelTarget<T>>() : new List<LabelTarget<T>>(targets).ToArray();

            var entryTarget = new List<int>();
            var entryKey = new List<string>();
            var entryText = new List<string>();
            var entryIsAlias = new List<bool>();
            for (int t = 0; t < _targets.Length; t++)
            {
                LabelTarget<T>? target = _targets[t];
                if (target is null) continue;
                var keys = new HashSet<string>(StringComparer.Ordinal);
                AddEntry(t, target.Label, isAlias: false);
                foreach (string alias in target.Aliases) AddEntry(t, alias, isAlias: true);

                void AddEntry(int index, string? text, bool isAlias)
                {
                    string key = LabelKey.Of(text);
                    if (key.Length == 0 || !keys.Add(key)) return;
                    entryTarget.Add(index);
                    entryKey.Add(key);
                    entryText.Add(text!);
                    entryIsAlias.Add(isAlias);
                }
            }
            _entryTarget = entryTarget.ToArray();
            _entryKey = entryKey.ToArray();
            _entryText = entryText.ToArray();
            _entryIsAlias = entryIsAlias.ToArray();

            _entryLengthMask = new ulong[_entryKey.Length];
            _entriesByHash = new Dictionary<int, int[]>();
            _alphabet = new Dictionary<char, int>();
            var postings = new List<List<KeyValuePair<int, ulong>>>();
            var longEntries = new List<int>();
            for (int e = 0; e < _entryKey.Length; e++)
            {
                string key = _entryKey[e];
                _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
                int hash = Hash(key.ToCharArray(), 0, key.Length);
                _entriesByHash[hash] = _entriesByHash.TryGetValue(hash, out int[]? same) ? Append(same, e) : new[] { e };
                if (key.Length > WordBits)
                {
                    longEntries.Add(e);
                    continue;
                }
                _entryLengthMask[e] = key.Length == WordBits ? ulong.MaxValue : (1UL << key.Length) - 1;
                var masks = new Dictionary<char, ulong>();
                for (int i = 0; i < key.Length; i++)
                {
                    masks.TryGetValue(key[i], out ulong mask);
                    masks[key[i]] = mask | (1UL << i);
                }
                foreach (var pair in masks)
                {
                    if (!_alphabet.TryGetValue(pair.Key, out int letter))
                    {
                        letter = _alphabet.Count;
                        _alphabet[pair.Key] = letter;
                        postings.Add(new List<KeyValuePair<int, ulong>>());
                    }
                    postings[letter].Add(new KeyValuePair<int, ulong>(e, pair.Value));
                }
            }
            _longEntries = longEntries.ToArray();
            _postingStart = new int[postings.Count + 1];
            int total = 0;
            foreach (var list in postings) total += list.Count;
            _postingEntry = new int[total];
            _postingMask = new ulong[total];
            int at = 0;
            for (int letter = 0; letter < postings.Count; letter++)
            {
                _postingStart[letter] = at;
                foreach (var posting in postings[letter])
                {
                    _postingEntry[at] = posting.Key;
                    _postingMask[at] = posting.Value;
                    at++;
                }
            }
            _postingStart[postings.Count] = at;
        }

        public IReadOnlyList<LabelTarget<T>> Targets => _targets;
        public LabelMatchOptions Options => _options;

        /// <summary>Matches the whole text as one label.</summary>
        public LabelMatchResult<T> Match(string? text)
        {
            string source = text ?? "";
            Workspace workspace = Workspace.For(_entryKey.Length, _targets.Length);
            NormalizedLabel key = workspace.Key;
            LabelNormalizer.Normalize(source, 0, int.MaxValue, key);
            if (key.Length == 0) return NoMatch(key, source.Length, -1, 0);

            int exact = FindExact(key.Chars, 0, key.Length, workspace.Targets, out int exactCount);
            if (exactCount > 0) return Exact(key, workspace, exact, exactCount, source.Length);

            CompareWithEntries(key, workspace, recordPrefixes: false);
            for (int t = 0; t < _targets.Length; t++) workspace.BestEntry[t] = -1;
            for (int e = 0; e < _entryKey.Length; e++)
                workspace.EntryScore[e] = Score(workspace.Common[e], _entryKey[e].Length, key.Length);
            return Approximate(key, workspace, source.Length, useEnds: false);
        }

        /// <summary>
        /// Matches a label at the start of <paramref name="text"/> (from <paramref name="start"/>) that runs on
        /// into figures, the next label or prose: "行政规范性文件1126", "3.危及“三安全一稳定”0000000",
        /// "五、存在的主要问题及改进情况2021年我厅…". <see cref="LabelMatchResult{T}.End"/> is where the label ends.
        /// The longest exact label wins (其他处理 over 其他); a short label (under
        /// <see cref="LabelMatchOptions.MinApproximateLength"/>) counts only where a figure, a sign, the end or
        /// another label follows it, so that 其他 is not read out of 其他结果.
        /// </summary>
        public LabelMatchResult<T> MatchAtStart(string? text, int start = 0)
        {
            string source = text ?? "";
            Workspace workspace = Workspace.For(_entryKey.Length, _targets.Length);
            NormalizedLabel key = workspace.Key;
            int from = start < 0 ? 0 : start > source.Length ? source.Length : start;
            LabelNormalizer.Normalize(source, from, 2 * _maxKeyLength + 16, key);
            if (key.Length == 0) return NoMatch(key, from, -1, 0);

            CompareWithEntries(key, workspace, recordPrefixes: true);
            int longest = -1;
            for (int e = 0; e < _entryKey.Length; e++)
            {
                if (!workspace.ExactPrefix[e] || !StandsAlone(key, _entryKey[e].Length)) continue;
                if (longest < 0 || _entryKey[e].Length > _entryKey[longest].Length) longest = e;
            }
            if (longest >= 0)
            {
                int length = _entryKey[longest].Length;
                int found = FindExact(key.Chars, 0, length, workspace.Targets, out int count);
                return Exact(key, workspace, found, count, key.To[length - 1]);
            }

            for (int t = 0; t < _targets.Length; t++) workspace.BestEntry[t] = -1;
            for (int e = 0; e < _entryKey.Length; e++)
                workspace.EntryScore[e] = workspace.PrefixScore[e];
            return Approximate(key, workspace, -1, useEnds: true);
        }

        private double Score(int common, int targetLength, int textLength)
        {
            if (targetLength < _options.MinApproximateLength || common == 0) return 0;
            int extra = textLength - common;
            if (extra > targetLength * _options.MaxExtraRatio) return 0;
            return common / (targetLength + _options.ExtraCharacterWeight * extra);
        }

        private LabelMatchResult<T> Approximate(NormalizedLabel key, Workspace workspace, int wholeEnd, bool useEnds)
        {
            int best = -1, second = -1;
            double bestScore = 0, secondScore = 0;
            // A target scores as its best label or alias; then the two best targets.
            for (int e = 0; e < _entryKey.Length; e++)
            {
                int t = _entryTarget[e];
                int current = workspace.BestEntry[t];
                if (current < 0 || workspace.EntryScore[e] > workspace.EntryScore[current]) workspace.BestEntry[t] = e;
            }
            for (int t = 0; t < _targets.Length; t++)
            {
                int e = workspace.BestEntry[t];
                if (e < 0) continue;
                double score = workspace.EntryScore[e];
                if (score > bestScore)
                {
                    second = best;
                    secondScore = bestScore;
                    best = e;
                    bestScore = score;
                }
                else if (score > secondScore)
                {
                    second = e;
                    secondScore = score;
                }
            }
            int end = best >= 0 && useEnds ? key.To[workspace.PrefixEnd[best] - 1] : wholeEnd;
            if (best < 0 || bestScore < _options.MinScore)
                return NoMatch(key, useEnds ? -1 : wholeEnd, best, bestScore);
            if (second >= 0 && bestScore - secondScore < _options.MinMargin)
            {
                var contenders = new[]
                {
                    new LabelContender<T>(_targets[_entryTarget[best]].Value, bestScore, _entryText[best]),
                    new LabelContender<T>(_targets[_entryTarget[second]].Value, secondScore, _entryText[second]),
                };
                return new LabelMatchResult<T>(LabelMatchStatus.Ambiguous, LabelMatchKind.None, default, bestScore, null,
                    key.Folds, key.NumberFrom, key.NumberTo, end, contenders, default, 0);
            }
            return new LabelMatchResult<T>(LabelMatchStatus.Matched, LabelMatchKind.Approximate, _targets[_entryTarget[best]].Value, bestScore,
                _entryText[best], key.Folds, key.NumberFrom, key.NumberTo, end, null, default, 0);
        }

        private LabelMatchResult<T> Exact(NormalizedLabel key, Workspace workspace, int entry, int targetCount, int end)
        {
            if (targetCount > 1)
            {
                var contenders = new LabelContender<T>[targetCount];
                for (int i = 0; i < targetCount; i++)
                {
                    int e = workspace.Targets[i];
                    contenders[i] = new LabelContender<T>(_targets[_entryTarget[e]].Value, 1.0, _entryText[e]);
                }
                return new LabelMatchResult<T>(LabelMatchStatus.Ambiguous, LabelMatchKind.None, default, 1.0, null,
                    key.Folds, key.NumberFrom, key.NumberTo, end, contenders, default, 0);
            }
            LabelMatchKind kind = _entryIsAlias[entry] ? LabelMatchKind.Alias : LabelMatchKind.Exact;
            return new LabelMatchResult<T>(LabelMatchStatus.Matched, kind, _targets[_entryTarget[entry]].Value, 1.0, _entryText[entry],
                key.Folds, key.NumberFrom, key.NumberTo, end, null, default, 0);
        }

        private LabelMatchResult<T> NoMatch(NormalizedLabel key, int end, int closestEntry, double closestScore)
            => new LabelMatchResult<T>(LabelMatchStatus.NoMatch, LabelMatchKind.None, default, 0, null, key.Folds, key.NumberFrom, key.NumberTo, end, null,
                closestEntry >= 0 && closestScore > 0 ? _targets[_entryTarget[closestEntry]].Value : default, closestEntry >= 0 ? closestScore : 0);

        /// <summary>
        /// The entries whose key equals chars[start..start+length), one per target (into <paramref name="found"/>);
        /// returns the entry to use when there is one target, preferring the official label over an alias.
        /// </summary>
        private int FindExact(char[] chars, int start, int length, int[] found, out int targetCount)
        {
            targetCount = 0;
            int chosen = -1;
            if (!_entriesByHash.TryGetValue(Hash(chars, start, length), out int[]? entries)) return -1;
            foreach (int e in entries)
            {
                if (!SameKey(_entryKey[e], chars, start, length)) continue;
                int already = -1;
                for (int i = 0; i < targetCount; i++)
                    if (_entryTarget[found[i]] == _entryTarget[e]) already = i;
                if (already >= 0)
                {
                    if (_entryIsAlias[found[already]] && !_entryIsAlias[e]) found[already] = e;
                    continue;
                }
                found[targetCount++] = e;
            }
            if (targetCount > 0) chosen = found[0];
            return chosen;
        }

        private static bool SameKey(string key, char[] chars, int start, int length)
        {
            if (key.Length != length) return false;
            for (int i = 0; i < length; i++)
                if (key[i] != chars[start + i]) return false;
            return true;
        }

        /// <summary>Whether a label of <paramref name="length"/> key characters at the start may end there.</summary>
        private bool StandsAlone(NormalizedLabel key, int length)
        {
            if (length >= _options.MinApproximateLength || length >= key.Length) return true;
            char next = key.Chars[length];
            if (!char.IsLetter(next)) return true; // a figure follows
            // Another label follows directly (规章规范性文件222: the 规章 row was left blank).
            for (int e = 0; e < _entryKey.Length; e++)
            {
                string other = _entryKey[e];
                if (length + other.Length <= key.Length && SameKey(other, key.Chars, length, other.Length)) return true;
            }
            return false;
        }

        /// <summary>
        /// The longest common subsequence of the key with every entry (into Common), and with
        /// <paramref name="recordPrefixes"/> also each entry's best score over the key's prefixes, where that
        /// prefix ends, and whether the key starts with the entry exactly.
        /// </summary>
        private void CompareWithEntries(NormalizedLabel key, Workspace workspace, bool recordPrefixes)
        {
            ulong[] bits = workspace.Bits;
            for (int e = 0; e < _entryKey.Length; e++)
            {
                bits[e] = ulong.MaxValue;
                workspace.PrefixScore[e] = 0;
                workspace.PrefixEnd[e] = 0;
                workspace.ExactPrefix[e] = false;
            }
            for (int i = 0; i < key.Length; i++)
            {
                if (!_alphabet.TryGetValue(key.Chars[i], out int letter)) continue;
                for (int p = _postingStart[letter]; p < _postingStart[letter + 1]; p++)
                {
                    int e = _postingEntry[p];
                    ulong v = bits[e];
                    ulong u = v & _postingMask[p];
                    v = (v + u) | (v - u);
                    bits[e] = v;
                    // A prefix can only score higher where its last character is common, so only those are scored.
                    if (recordPrefixes) RecordPrefix(workspace, e, _entryKey[e].Length - Bits.PopCount(v & _entryLengthMask[e]), i + 1);
                }
            }
            for (int e = 0; e < _entryKey.Length; e++)
                workspace.Common[e] = _entryKey[e].Length - Bits.PopCount(bits[e] & _entryLengthMask[e]);
            foreach (int e in _longEntries)
                workspace.Common[e] = LongestCommon(_entryKey[e], key.Chars, key.Length, workspace, recordPrefixes ? this : null, e);
        }

        private void RecordPrefix(Workspace workspace, int entry, int common, int prefixLength)
        {
            int length = _entryKey[entry].Length;
            if (common == length && prefixLength == length) workspace.ExactPrefix[entry] = true;
            double score = Score(common, length, prefixLength);
            if (score > workspace.PrefixScore[entry])
            {
                workspace.PrefixScore[entry] = score;
                workspace.PrefixEnd[entry] = prefixLength;
            }
        }

        /// <summary>Classic LCS for keys beyond one machine word; records prefix scores when <paramref name="prefixes"/> is given.</summary>
        private static int LongestCommon(string target, char[] text, int textLength, Workspace workspace, LabelMatcher<T>? prefixes, int entry)
        {
            int[] row = workspace.Row(target.Length + 1);
            for (int k = 0; k <= target.Length; k++) row[k] = 0;
            for (int i = 0; i < textLength; i++)
            {
                int diagonal = 0;
                for (int k = 1; k <= target.Length; k++)
                {
                    int above = row[k];
                    row[k] = text[i] == target[k - 1] ? diagonal + 1 : Math.Max(above, row[k - 1]);
                    diagonal = above;
                }
                prefixes?.RecordPrefix(workspace, entry, row[target.Length], i + 1);
            }
            return row[target.Length];
        }

        private static int Hash(char[] chars, int start, int length)
        {
            unchecked
            {
                uint hash = 2166136261;
                for (int i = start; i < start + length; i++) hash = (hash ^ chars[i]) * 16777619;
                return (int)hash;
            }
        }

        private static int[] Append(int[] array, int value)
        {
            var longer = new int[array.Length + 1];
            Array.Copy(array, longer, array.Length);
            longer[array.Length] = value;
            return longer;
        }

        /// <summary>Per-thread scratch space, grown to the largest matcher used on the thread.</summary>
        private sealed class Workspace
        {
            public NormalizedLabel Key { get; } = new NormalizedLabel();
            public ulong[] Bits { get; private set; } = Array.Empty<ulong>();
            public int[] Common { get; private set; } = Array.Empty<int>();
            public double[] EntryScore { get; private set; } = Array.Empty<double>();
            public double[] PrefixScore { get; private set; } = Array.Empty<double>();
            public int[] PrefixEnd { get; private set; } = Array.Empty<int>();
            public bool[] ExactPrefix { get; private set; } = Array.Empty<bool>();
            public int[] BestEntry { get; private set; } = Array.Empty<int>();
            public int[] Targets { get; private set; } = Array.Empty<int>();
            private int[] _row = Array.Empty<int>();

            public static Workspace For(int entries, int targets)
            {
                Workspace workspace = _workspace ??= new Workspace();
                if (workspace.Bits.Length < entries)
                {
                    workspace.Bits = new ulong[entries];
                    workspace.Common = new int[entries];
                    workspace.EntryScore = new double[entries];
                    workspace.PrefixScore = new double[entries];
                    workspace.PrefixEnd = new int[entries];
                    workspace.ExactPrefix = new bool[entries];
                    workspace.Targets = new int[entries];
                }
                if (workspace.BestEntry.Length < targets) workspace.BestEntry = new int[targets];
                return workspace;
            }

            public int[] Row(int length)
            {
                if (_row.Length < length) _row = new int[length];
                return _row;
            }
        }
    }
}
