using System;

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
        private SearchState[] _states = new SearchState[InitialBuckets];
        private long[] _counts = new long[InitialBuckets];

        /// <summary>How many states are counted.</summary>
        public int Count { get; private set; }

        /// <summary>Empties the memo.</summary>
        public void Clear()
        {
            // Only the buckets in use are emptied: the table keeps the size a long run once gave it.
            for (int entry = 0; entry < Count; entry++) _buckets[Bucket(_states[entry])] = 0;
            Array.Clear(_states, 0, Count); // the sums may hold arrays; let them go
            Count = 0;
        }

        public bool TryGetValue(in SearchState state, out long count)
        {
            for (int entry = _buckets[Bucket(state)]; entry != 0; entry = _next[entry - 1])
            {
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

        /// <summary>Adds a state not counted before (the search counts each state once).</summary>
        public void Add(in SearchState state, long count)
        {
            if (Count == _states.Length) Grow();
            int entry = Count++;
            _states[entry] = state;
            _counts[entry] = count;
            int bucket = Bucket(state);
            _next[entry] = _buckets[bucket];
            _buckets[bucket] = entry + 1;
        }

        private int Bucket(in SearchState state)
            => (int)(state.Sums.Mix(((ulong)(uint)state.Position << 32) | (uint)state.Cell) >> 32) & (_buckets.Length - 1);

        /// <summary>Twice the room, every entry chained again into twice the buckets (kept a power of two, one per entry).</summary>
        private void Grow()
        {
            int size = _states.Length * 2;
            Array.Resize(ref _states, size);
            Array.Resize(ref _counts, size);
            _next = new int[size];
            _buckets = new int[size];
            for (int entry = 0; entry < Count; entry++)
            {
                int bucket = Bucket(_states[entry]);
                _next[entry] = _buckets[bucket];
                _buckets[bucket] = entry + 1;
            }
        }
    }
}
