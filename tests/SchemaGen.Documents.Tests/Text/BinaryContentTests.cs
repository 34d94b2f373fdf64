using System;
using System.Linq;
using SchemaGen.Documents.Text;
using Xunit;

namespace SchemaGen.Documents.Tests.Text
{
    public sealed class BinaryContentTests
    {
        [Fact]
        public void The_share_of_control_bytes_is_counted_byte_by_byte_over_the_sample_only()
        {
            var random = new Random(20261129);
            int binary = 0, text = 0;
            for (int round = 0; round < 500; round++)
            {
                // Mostly text bytes with a few controls sprinkled in, some inputs longer than the sample.
                var bytes = new byte[random.Next(0, 2 * BinaryContent.SampleLength)];
                double controlRate = random.NextDouble() * 0.03;
                for (int i = 0; i < bytes.Length; i++)
                    bytes[i] = random.NextDouble() < controlRate ? (byte)random.Next(0, 0x20) : (byte)(random.Next(12) == 0 ? 0x0A : random.Next(0x20, 0x100));
                int sample = Math.Min(bytes.Length, BinaryContent.SampleLength);
                int expected = bytes.Take(sample).Count(BinaryContent.IsControl);
                bool isBinary = BinaryContent.IsBinary(bytes, out double share);
                Assert.Equal(sample == 0 ? 0 : (double)expected / sample, share);
                Assert.Equal(share > BinaryContent.MaxControlShare, isBinary);
                if (isBinary) binary++; else text++;
            }
            Assert.True(binary > 0 && text > 0, $"{binary} binary, {text} text: both must be drawn");
            // Tab, line breaks, form feed, the DOS end-of-file mark and escape are text; NUL and the other C0 bytes are not.
            Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1C, 0x1D, 0x1E, 0x1F },
                Enumerable.Range(0, 0x100).Select(b => (byte)b).Where(BinaryContent.IsControl).ToArray());
        }
    }
}
