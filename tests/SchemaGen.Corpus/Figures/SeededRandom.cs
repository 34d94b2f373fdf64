using System;
using System.Collections.Generic;

namespace SchemaGen.Corpus.Figures
{
    /// <summary>
    /// A small deterministic random source (SplitMix64): the same seed gives the same sequence on every runtime and
    /// platform, which <see cref="Random"/> does not promise. <see cref="Fork"/> derives an independent stream for one
    /// concern (figures, prose, a writer's quirks) so that changing how one concern draws leaves the others as they were.
    /// </summary>
    public sealed class SeededRandom
    {
        // The starting state, kept so that a fork depends on the seed only.
        private readonly ulong _origin;
        private ulong _state;

        public SeededRandom(long seed)
        {
            _origin = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);
            _state = _origin;
        }

        /// <summary>An independent stream named by <paramref name="purpose"/>, fixed by this stream's seed (not by how much it has drawn).</summary>
        public SeededRandom Fork(string purpose)
        {
            ulong hash = 14695981039346656037UL; // FNV-1a: stable across runs, unlike string.GetHashCode
            foreach (char c in purpose)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            return new SeededRandom(unchecked((long)(Mix(_origin ^ hash))));
        }

        public ulong NextUInt64()
        {
            _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
            return Mix(_state);
        }

        /// <summary>A whole number in [min, max) .</summary>
        public int Next(int min, int max)
        {
            if (max <= min) return min;
            return min + (int)(NextUInt64() % (ulong)(max - min));
        }

        /// <summary>A number in [0, 1).</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        public bool Chance(double probability) => NextDouble() < probability;

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

        /// <summary>Picks by weight; weights need not add up to 1.</summary>
        public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
        {
            double total = 0;
            foreach (var item in items) total += item.Weight;
            double r = NextDouble() * total;
            foreach (var item in items)
            {
                if (r < item.Weight) return item.Item;
                r -= item.Weight;
            }
            return items[items.Count - 1].Item;
        }

        /// <summary>A heavy-tailed whole number in [1, max]: most draws small, a few near <paramref name="max"/> (log-uniform).</summary>
        public int LogUniform(int max)
        {
            if (max <= 1) return 1;
            return Math.Max(1, Math.Min(max, (int)Math.Floor(Math.Exp(NextDouble() * Math.Log(max + 1)))));
        }

        private static ulong Mix(ulong z)
        {
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return z ^ (z >> 31);
        }
    }
}
