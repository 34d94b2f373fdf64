namespace SchemaGen.Runtime
{
    /// <summary>
    /// Counting bits of a 64-bit word, for the bit sets of the prose's cover search and the label matcher's bit-parallel
    /// rows: netstandard2.0 has no <c>BitOperations</c>, and both are asked at every step of their searches.
    /// </summary>
    internal static class Bits
    {
        /// <summary>How many bits of the word are set (summed in place, in pairs, fours and bytes: no loop over them).</summary>
        public static int PopCount(ulong value)
        {
            value -= (value >> 1) & 0x5555555555555555UL;
            value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
            value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((value * 0x0101010101010101UL) >> 56);
        }

        // The lowest set bit times a de Bruijn sequence puts a different pattern in the top six bits for each of the 64
        // places, looked up in a table made from the sequence itself: a loop over the bits below it cost most of what the
        // cover search's "first cell of the set" took.
        private const ulong DeBruijn = 0x03F79D71B4CB0A89UL;

        private static readonly byte[] PlaceOfPattern = BuildPlaces();

        private static byte[] BuildPlaces()
        {
            var places = new byte[64];
            for (int place = 0; place < 64; place++) places[((1UL << place) * DeBruijn) >> 58] = (byte)place;
            return places;
        }

        /// <summary>How many zero bits are below the lowest set bit of a word that is not 0.</summary>
        public static int TrailingZeros(ulong word) => PlaceOfPattern[unchecked((word & (0UL - word)) * DeBruijn) >> 58];
    }
}
