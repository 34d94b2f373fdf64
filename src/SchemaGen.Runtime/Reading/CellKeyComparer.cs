using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Ordinal equality for a table's (row, column) cell keys with a plain hash of their characters. The default comparer
    /// hashes each string of a tuple with randomized hashing, which showed in the batch profile: the parser looks every
    /// cell up by key, and the keys are the schema's own ids, not input an attacker chooses.
    /// </summary>
    internal sealed class CellKeyComparer : IEqualityComparer<(string Row, string Column)>
    {
        public static CellKeyComparer Instance { get; } = new CellKeyComparer();

        private CellKeyComparer()
        {
        }

        public bool Equals((string Row, string Column) x, (string Row, string Column) y)
            => string.Equals(x.Row, y.Row, System.StringComparison.Ordinal) && string.Equals(x.Column, y.Column, System.StringComparison.Ordinal);

        public int GetHashCode((string Row, string Column) key) => unchecked(Hash(key.Row) * 31 + Hash(key.Column));

        // The length and the last characters: row paths share their start ("outcomes/not-granted/…") and differ at
        // the end, and a key is hashed at every lookup, so hashing long paths whole showed in the batch profile. Four
        // characters and the lengths already give each of the statutory schemas' 226 cells a hash of its own (a test
        // holds every table's cells to spreading); twelve cost three times as much for nothing more.
        private const int HashedTail = 4;

        private static int Hash(string? text)
        {
            if (text is null) return 0;
            unchecked
            {
                int hash = (int)2166136261 ^ text.Length;
                for (int i = Math.Max(0, text.Length - HashedTail); i < text.Length; i++) hash = (hash ^ text[i]) * 16777619;
                return hash;
            }
        }
    }
}
