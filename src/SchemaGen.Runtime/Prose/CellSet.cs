using System.Runtime.CompilerServices;
using System;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>
    /// A set of cell numbers (0 to a width fixed when the search starts) as bits, walked lowest number first. The cover
    /// search changes and compares such sets at every step (taking a cover's cells out, then putting them back): a few
    /// words instead of a hash set's arrays, and the order the search takes cells in is the numbers' order, not a hash
    /// set's slot order (which depends on the history of removals and on the runtime's implementation).
    /// </summary>
    internal sealed class CellSet
    {
        private readonly ulong[] _words;

        private CellSet(ulong[] words, int count)
        {
            _words = words;
            Count = count;
        }

        public int Count { get; private set; }

        /// <summary>How many cell numbers the set has room for (the width it was made with, rounded up to whole words).</summary>
        public int Width => _words.Length * 64;

        public static CellSet Empty(int width) => new CellSet(new ulong[(width + 63) / 64], 0);

        public static CellSet Of(int width, int cell)
        {
            CellSet set = Empty(width);
            set.Add(cell);
            return set;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Contains(int cell) => (_words[cell >> 6] & Bit(cell)) != 0;

        public void Add(int cell)
        {
            if (Contains(cell)) return;
            _words[cell >> 6] |= Bit(cell);
            Count++;
        }

        public void Remove(int cell)
        {
            if (!Contains(cell)) return;
            _words[cell >> 6] &= ~Bit(cell);
            Count--;
        }

        public void RemoveAll(CellSet cells)
        {
            int count = 0;
            for (int i = 0; i < _words.Length; i++)
            {
                _words[i] &= ~cells._words[i];
                count += Bits.PopCount(_words[i]);
            }
            Count = count;
        }

        /// <summary>Adds every cell of <paramref name="cells"/> (a set as wide as this one).</summary>
        public void AddAll(CellSet cells)
        {
            int count = 0;
            for (int i = 0; i < _words.Length; i++)
            {
                _words[i] |= cells._words[i];
                count += Bits.PopCount(_words[i]);
            }
            Count = count;
        }

        public bool IsSubsetOf(CellSet other)
        {
            for (int i = 0; i < _words.Length; i++)
                if ((_words[i] & ~other._words[i]) != 0) return false;
            return true;
        }

        /// <summary>The lowest cell number in the set.</summary>
        public int First()
        {
            for (int i = 0; i < _words.Length; i++)
                if (_words[i] != 0) return i * 64 + Bits.TrailingZeros(_words[i]);
            throw new InvalidOperationException("The set is empty.");
        }

        private static ulong Bit(int cell) => 1UL << (cell & 63);
    }
}
