using System;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// The ways to fill each cell at each position of one search's run, worked out once: they depend on the position and
    /// the cell only, and the search reaches the same position and cell from states whose running sums differ (and again
    /// when it lists splits and finds what they agree on). Slots are (position, cell); a slot is filled when it carries
    /// the current search's number, so nothing is cleared between searches.
    /// </summary>
    internal sealed class ChoiceMemo
    {
        private struct Slot
        {
            public int Search, First, Count;
        }

        private Slot[] _slots = Array.Empty<Slot>();
        private int _search;
        private int _used;

        /// <summary>Every choice worked out so far, each slot's in one range; a new array when it grows, the old left as it was.</summary>
        public CellChoice[] Pool { get; private set; } = new CellChoice[InitialChoices];

        private const int InitialChoices = 64;

        /// <summary>Forgets the last search's choices and makes room for <paramref name="slots"/> slots.</summary>
        public void Begin(int slots)
        {
            if (_slots.Length < slots) _slots = new Slot[slots];
            if (++_search == int.MaxValue)
            {
                Array.Clear(_slots, 0, _slots.Length);
                _search = 1;
            }
            _used = 0;
        }

        /// <summary>The slot's choices, Pool[first..first + count), when worked out in this search.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every state the search counts
        public bool TryGet(int slot, out int first, out int count)
        {
            ref Slot held = ref _slots[slot];
            first = held.First;
            count = held.Count;
            return held.Search == _search;
        }

        /// <summary>Where the next slot's choices go, with room for <paramref name="most"/> of them in <see cref="Pool"/>.</summary>
        public int Reserve(int most)
        {
            if (_used + most > Pool.Length)
            {
                // A new array: callers still walking a slot's range of the old one read it unchanged.
                var grown = new CellChoice[Math.Max(Pool.Length * 2, _used + most)];
                Array.Copy(Pool, grown, _used);
                Pool = grown;
            }
            return _used;
        }

        /// <summary>Records the slot's choices, written from <paramref name="first"/> by the caller after <see cref="Reserve"/>.</summary>
        public void Commit(int slot, int first, int count)
        {
            _slots[slot] = new Slot { Search = _search, First = first, Count = count };
            _used = first + count;
        }

        /// <summary>Its slots: a memo grown large by a rare long run is not worth keeping.</summary>
        public int Slots => _slots.Length;

        // A pool kept with its shape's buffers for the next search: a few dozen shapes keep up to eight sets each for the
        // whole batch, and a pool grown by one long search was most of what a set kept. Past this, the next search grows
        // a new one.
        private const int MaxKeptChoices = 1024;

        /// <summary>Lets go of a pool grown past what is worth keeping between searches.</summary>
        public void Trim()
        {
            if (Pool.Length > MaxKeptChoices) Pool = new CellChoice[InitialChoices];
        }
    }
}
