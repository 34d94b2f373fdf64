using System;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// The search's memo: how many splits there are from each state counted. A chained hash table with a power-of-two
    /// number of buckets, a state's bucket taken from the high bits of one multiplicative mix of its position, cell and
    /// sums (<see cref="RunningSums.Mix"/>): what a <c>Dictionary</c> of states spent hashing through the sums' indexer,
    /// dividing by a prime and comparing through the equality interface was a tenth of splitting a run.
    /// </summary>
    internal sealed class StateCounts
    {
        private const int InitialBuckets = 64;

        private int[] _buckets = new int[InitialBuckets]; // per bucket: its first entry + 1 (0: none)
        private int[] _next = new int[InitialBuckets];     // per entry: the next entry of its bucket + 1 (0: none)
        private uint[] _hashes = new uint[InitialBuckets]; // per entry: its state's hash, so that growing and clearing mix no state again
        private SearchState[] _states = new SearchState[InitialBuckets];
        private long[] _counts = new long[InitialBuckets];

        /// <summary>How many states are counted.</summary>
        public int Count { get; private set; }

        /// <summary>
        /// The hash <see cref="TryGetValue"/> and <see cref="Add"/> take: the search looks a state up, and adds it when not
        /// found once it has counted it, so the state is mixed once for both (the count may grow the table in between,
        /// which changes the bucket, not the hash).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Hash(in SearchState state)
            => (uint)(state.Sums.Mix(((ulong)(uint)state.Position << 32) | (uint)state.Cell) >> 32);

        /// <summary>Empties the memo.</summary>
        public void Clear()
        {
            // Only the buckets in use are emptied: the table keeps the size a long run once gave it.
            for (int entry = 0; entry < Count; entry++) _buckets[Bucket(_hashes[entry])] = 0;
            Array.Clear(_states, 0, Count); // the sums may hold arrays; let them go
            Count = 0;
        }

        public bool TryGetValue(in SearchState state, uint hash, out long count)
        {
            for (int entry = _buckets[Bucket(hash)]; entry != 0; entry = _next[entry - 1])
            {
                if (_hashes[entry - 1] != hash) continue;
                ref SearchState known = ref _states[entry - 1];
                if (known.Position == state.Position && known.Cell == state.Cell && known.Sums.Equals(state.Sums))
                {
                    count = _counts[entry - 1];
                    return true;
                }
            }
            count = 0;
            return false;
        }

        /// <summary>Adds a state not counted before (the search counts each state once), with its <see cref="Hash"/>.</summary>
        public void Add(in SearchState state, uint hash, long count)
        {
            if (Count == _states.Length) Grow();
            int entry = Count++;
            _states[entry] = state;
            _counts[entry] = count;
            _hashes[entry] = hash;
            int bucket = Bucket(hash);
            _next[entry] = _buckets[bucket];
            _buckets[bucket] = entry + 1;
        }

        private int Bucket(uint hash) => (int)hash & (_buckets.Length - 1);

        /// <summary>Twice the room, every entry chained again into twice the buckets (kept a power of two, one per entry).</summary>
        private void Grow()
        {
            int size = _states.Length * 2;
            Array.Resize(ref _states, size);
            Array.Resize(ref _counts, size);
            Array.Resize(ref _hashes, size);
            _next = new int[size];
            _buckets = new int[size];
            for (int entry = 0; entry < Count; entry++)
            {
                int bucket = Bucket(_hashes[entry]);
                _next[entry] = _buckets[bucket];
                _buckets[bucket] = entry + 1;
            }
        }
    }
}
