using System;
using System.Collections.Generic;

namespace SchemaGen.Documents
{
    /// <summary>
    /// How many children of one element have each name, for the positions of path steps (<c>tr[3]</c>): the web-page
    /// and Word readers count the children of every container they walk. Most containers have children of one to three
    /// names (rows, cells, a properties element), so the names are kept in arrays searched in order, and a dictionary
    /// takes over past <see cref="LinearNames"/> of them, so that no document makes the count quadratic. A tally is
    /// rented from this thread and disposed of when its container is done (walks nest, so several are out at once):
    /// one per container was a visible share of both readers' bytes.
    /// </summary>
    /// <typeparam name="TName">The readers' element name: a string (AngleSharp's local name) or an atomized <c>XName</c>.</typeparam>
    internal sealed class SiblingTally<TName> : IDisposable where TName : class
    {
        /// <summary>More different names than this under one container are looked up in a dictionary.</summary>
        internal const int LinearNames = 16;

        private const int InitialNames = 4;

        /// <summary>A tally whose arrays grew past this many names (a hostile or odd document) is not kept for reuse.</summary>
        private const int KeptNames = 64;

        private const int KeptPerThread = 64;

        [ThreadStatic]
        private static Stack<SiblingTally<TName>>? _spare;

        private static readonly EqualityComparer<TName> Comparer = EqualityComparer<TName>.Default;

        private TName?[] _names = new TName?[InitialNames];
        private int[] _totals = new int[InitialNames];
        private int[] _passed = new int[InitialNames];
        private int _count;
        private Dictionary<TName, int>? _byName;
        private bool _lent;

        private SiblingTally()
        {
        }

        /// <summary>An empty tally, this thread's spare one or a new one, to dispose of when its container is done.</summary>
        public static SiblingTally<TName> Rent()
        {
            SiblingTally<TName> tally = _spare is { Count: > 0 } spare ? spare.Pop() : new SiblingTally<TName>();
            tally._lent = true;
            return tally;
        }

        /// <summary>Hands the tally back to this thread, emptied, for the next container (once: a second call does nothing).</summary>
        public void Dispose()
        {
            if (!_lent) return;
            _lent = false;
            if (_names.Length > KeptNames) return;
            Clear();
            Stack<SiblingTally<TName>> spare = _spare ??= new Stack<SiblingTally<TName>>();
            if (spare.Count < KeptPerThread) spare.Push(this);
        }

        /// <summary>How many tallies this thread keeps for reuse (for tests: a walk must hand back what it rented).</summary>
        internal static int SpareCount => _spare?.Count ?? 0;

        /// <summary>Counts one more child named <paramref name="name"/>; how many there are so far, this one included (1-based).</summary>
        public int Add(TName name)
        {
            int slot = SlotOf(name); // first: it may grow the arrays, and _totals[SlotOf(name)] would read the old one
            return ++_totals[slot];
        }

        /// <summary>
        /// Passes one child named <paramref name="name"/> in a walk after all were counted with <see cref="Add"/>: its
        /// 1-based position among the children of that name, and how many of them there are in all.
        /// </summary>
        public (int Position, int Total) Pass(TName name)
        {
            int slot = SlotOf(name);
            return (++_passed[slot], _totals[slot]);
        }

        /// <summary>The name's slot, made (with no children counted) when the name is new.</summary>
        private int SlotOf(TName name)
        {
            if (_byName is not null)
            {
                if (_byName.TryGetValue(name, out int known)) return known;
            }
            else
            {
                for (int i = 0; i < _count; i++)
                    if (Comparer.Equals(_names[i]!, name)) return i;
            }
            return AddSlot(name);
        }

        private int AddSlot(TName name)
        {
            if (_count == _names.Length)
            {
                Array.Resize(ref _names, _count * 2);
                Array.Resize(ref _totals, _count * 2);
                Array.Resize(ref _passed, _count * 2);
            }
            int slot = _count++;
            _names[slot] = name;
            if (_byName is not null) _byName.Add(name, slot);
            else if (_count > LinearNames)
            {
                _byName = new Dictionary<TName, int>(_count * 2, Comparer);
                for (int i = 0; i < _count; i++) _byName.Add(_names[i]!, i);
            }
            return slot;
        }

        private void Clear()
        {
            Array.Clear(_names, 0, _count);
            Array.Clear(_totals, 0, _count);
            Array.Clear(_passed, 0, _count);
            _count = 0;
            _byName = null;
        }
    }
}
