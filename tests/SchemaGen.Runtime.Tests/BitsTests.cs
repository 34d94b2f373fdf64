using System;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    public class BitsTests
    {
        [Fact]
        public void Trailing_zeros_are_counted_for_every_lowest_bit_whatever_lies_above_it()
        {
            var random = new Random(64);
            for (int place = 0; place < 64; place++)
                for (int round = 0; round < 50; round++)
                {
                    // Random bits above the place, its own bit set, none below.
                    ulong above = ((ulong)random.Next() << 33) ^ ((ulong)random.Next() << 2) ^ (ulong)random.Next();
                    ulong word = (place == 63 ? 0 : above << (place + 1)) | (1UL << place);
                    Assert.Equal(place, Bits.TrailingZeros(word));
                }
            Assert.Equal(63, Bits.TrailingZeros(1UL << 63));
            Assert.Equal(0, Bits.TrailingZeros(ulong.MaxValue));
        }

        [Fact]
        public void Set_bits_are_counted_as_one_by_one_counting_does()
        {
            var random = new Random(7);
            Assert.Equal(0, Bits.PopCount(0));
            Assert.Equal(64, Bits.PopCount(ulong.MaxValue));
            for (int round = 0; round < 2000; round++)
            {
                ulong word = ((ulong)random.Next() << 33) ^ ((ulong)random.Next() << 2) ^ (ulong)random.Next();
                // Sparse and dense words alike: some rounds keep only a few bits, some set most.
                if (round % 3 == 1) word &= (ulong)random.Next() << random.Next(33);
                if (round % 3 == 2) word |= ~((ulong)random.Next() << random.Next(33));
                int expected = 0;
                for (int bit = 0; bit < 64; bit++)
                    if ((word & (1UL << bit)) != 0) expected++;
                Assert.Equal(expected, Bits.PopCount(word));
            }
        }
    }
}
