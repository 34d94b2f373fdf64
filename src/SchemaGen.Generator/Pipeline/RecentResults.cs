using System;
using System.Collections.Generic;

namespace SchemaGen.Generator.Pipeline
{
    /// <summary>
    /// The last few results of one pure step, most recently used first: a result is looked up by its input (compared
    /// with the given comparer, entry by entry: there are few) and computed only when none is kept. Bounded twice, by the
    /// number of entries and by their total weight (characters), so that what a long-lived compiler process holds stays
    /// bounded; a result heavier than the whole bound is returned and not kept. Thread-safe: the compiler server
    /// runs several builds at once; two threads may compute the same result, and one of them is kept.
    /// </summary>
    internal sealed class RecentResults<TKey, TValue> where TKey : class
    {
        private readonly List<(TKey Key, TValue Value, long Weight)> _entries = new();
        private readonly IEqualityComparer<TKey> _keys;
        private readonly Func<TKey, TValue, long> _weight;
        private readonly int _capacity;
        private readonly long _maxWeight;
        private readonly object _gate = new();
        private long _totalWeight;

        public RecentResults(IEqualityComparer<TKey> keys, Func<TKey, TValue, long> weight, int capacity, long maxWeight)
        {
            _keys = keys;
            _weight = weight;
            _capacity = capacity;
            _maxWeight = maxWeight;
        }

        /// <summary>How many results are kept.</summary>
        public int Count
        {
            get { lock (_gate) return _entries.Count; }
        }

        /// <summary>
        /// The kept result for <paramref name="key"/>, or <paramref name="compute"/>'s, which is kept when
        /// <paramref name="keep"/> allows (a failure that may not recur, such as a caught exception, is not).
        /// </summary>
        public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute, Func<TValue, bool>? keep = null)
        {
            if (TryGet(key, out TValue? kept)) return kept!;
            TValue value = compute(key);
            if (keep is null || keep(value)) Add(key, value);
            return value;
        }

        private bool TryGet(TKey key, out TValue? value)
        {
            lock (_gate)
            {
                for (int i = 0; i < _entries.Count; i++)
                {
                    if (!_keys.Equals(_entries[i].Key, key)) continue;
                    var entry = _entries[i];
                    _entries.RemoveAt(i);
                    _entries.Insert(0, entry);
                    value = entry.Value;
                    return true;
                }
            }
            value = default;
            return false;
        }

        private void Add(TKey key, TValue value)
        {
            long weight = _weight(key, value);
            if (weight > _maxWeight) return;
            lock (_gate)
            {
                foreach (var entry in _entries)
                    if (_keys.Equals(entry.Key, key)) return;
                _entries.Insert(0, (key, value, weight));
                _totalWeight += weight;
                while (_entries.Count > _capacity || _totalWeight > _maxWeight)
                {
                    _totalWeight -= _entries[_entries.Count - 1].Weight;
                    _entries.RemoveAt(_entries.Count - 1);
                }
            }
        }
    }

    /// <summary>
    /// The last few results of one pure step over a list of earlier steps' results (the models of every schema), looked
    /// up by the list's elements, compared by identity: kept results of earlier steps are the same objects when they are
    /// looked up again. The elements are held weakly, so that an entry keeps no model alive; one whose elements are gone
    /// never matches again, and falls to the end of the list, where entries are dropped.
    /// </summary>
    internal sealed class RecentResultsOfLists<TElement, TValue> where TElement : class
    {
        private readonly List<(WeakReference<TElement>[] Elements, TValue Value)> _entries = new();
        private readonly int _capacity;
        private readonly object _gate = new();

        public RecentResultsOfLists(int capacity) => _capacity = capacity;

        public int Count
        {
            get { lock (_gate) return _entries.Count; }
        }

        public TValue GetOrAdd(IReadOnlyList<TElement> elements, Func<IReadOnlyList<TElement>, TValue> compute)
        {
            lock (_gate)
            {
                for (int i = 0; i < _entries.Count; i++)
                {
                    if (!SameElements(_entries[i].Elements, elements)) continue;
                    var entry = _entries[i];
                    _entries.RemoveAt(i);
                    _entries.Insert(0, entry);
                    return entry.Value;
                }
            }
            TValue value = compute(elements);
            var weak = new WeakReference<TElement>[elements.Count];
            for (int i = 0; i < weak.Length; i++) weak[i] = new WeakReference<TElement>(elements[i]);
            lock (_gate)
            {
                _entries.Insert(0, (weak, value));
                if (_entries.Count > _capacity) _entries.RemoveAt(_entries.Count - 1);
            }
            return value;
        }

        private static bool SameElements(WeakReference<TElement>[] kept, IReadOnlyList<TElement> elements)
        {
            if (kept.Length != elements.Count) return false;
            for (int i = 0; i < kept.Length; i++)
                if (!kept[i].TryGetTarget(out TElement? target) || !ReferenceEquals(target, elements[i])) return false;
            return true;
        }
    }
}
