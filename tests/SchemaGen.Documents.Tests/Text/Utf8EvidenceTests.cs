using System;
using System.Buffers;
using System.Linq;
using System.Text;
using SchemaGen.Documents.Text;
using Xunit;

namespace SchemaGen.Documents.Tests.Text
{
    /// <summary>
    /// What the bytes say about being UTF-8 decides how a file is decoded: valid input is counted at vector speed, the
    /// rest sequence by sequence, and both must count as the definition does, sequence by sequence.
    /// </summary>
    public sealed class Utf8EvidenceTests
    {
        private static readonly string[] Pieces = { "a", " ", "\n", "1", "é", "中", "总计", "😀", "\u2028", "\uFFFD", "|" };

        [Fact]
        public void Valid_text_counts_its_characters_outside_ascii()
        {
            var random = new Random(7);
            for (int n = 0; n < 500; n++)
            {
                string text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
                Utf8Evidence evidence = Utf8Evidence.Of(Encoding.UTF8.GetBytes(text));
                Assert.Equal(text.EnumerateRunes().Count(r => r.Value >= 0x80), evidence.MultiByteSequences);
                Assert.Equal((0, 0), (evidence.InvalidSequences, evidence.IncompleteTailLength));
                Assert.Equal(text.All(c => c < 0x80), evidence.IsAscii);
            }
        }

        [Fact]
        public void Any_bytes_are_counted_as_reading_them_sequence_by_sequence_counts_them()
        {
            var random = new Random(11);
            int valid = 0, invalid = 0, cut = 0;
            for (int n = 0; n < 3000; n++)
            {
                byte[] bytes;
                if (n % 3 == 0)
                {
                    bytes = new byte[random.Next(0, 30)];
                    random.NextBytes(bytes);
                }
                else
                {
                    // Valid text, then perhaps one byte changed or the end cut off inside a character.
                    bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => Pieces[random.Next(Pieces.Length)])));
                    if (n % 3 == 1 && bytes.Length > 0) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    else if (bytes.Length > 1) bytes = bytes.AsSpan(0, bytes.Length - random.Next(0, 3)).ToArray();
                }
                Utf8Evidence evidence = Utf8Evidence.Of(bytes);
                var expected = SequenceBySequence(bytes);
                Assert.True(expected == (evidence.MultiByteSequences, evidence.InvalidSequences, evidence.IncompleteTailLength),
                    $"{Convert.ToHexString(bytes)}: expected {expected}, got {(evidence.MultiByteSequences, evidence.InvalidSequences, evidence.IncompleteTailLength)}");
                if (expected.Invalid > 0) invalid++;
                else if (expected.Tail > 0) cut++;
                else valid++;
            }
            Assert.True(valid > 300 && invalid > 300 && cut > 30, $"{valid} valid, {invalid} invalid, {cut} cut short: the draw does not exercise every case");
        }

        [Fact]
        public void Lead_bytes_are_counted_in_any_bytes_of_any_length_whatever_their_alignment()
        {
            var random = new Random(13);
            byte[] pool = new byte[200];
            random.NextBytes(pool);
            for (int start = 0; start < 17; start++)
                for (int length = 0; start + length <= pool.Length; length++)
                {
                    ReadOnlySpan<byte> bytes = pool.AsSpan(start, length);
                    int expected = 0;
                    foreach (byte b in bytes) if (b >= 0xC0) expected++;
                    Assert.Equal(expected, Utf8Evidence.LeadBytes(bytes));
                }
            Assert.Equal(64, Utf8Evidence.LeadBytes(Enumerable.Repeat((byte)0xFF, 64).ToArray()));
            Assert.Equal(0, Utf8Evidence.LeadBytes(Enumerable.Repeat((byte)0xBF, 64).ToArray()));
        }

        [Fact]
        public void Only_wholly_valid_bytes_are_valid_and_they_decode_as_the_slow_path_decodes_them()
        {
            byte[] whole = Encoding.UTF8.GetBytes("三、收到和处理政府信息公开申请情况 | 总计 | 😀 |\n");
            Utf8Evidence valid = Utf8Evidence.Of(whole);
            Assert.True(valid.IsValid);
            Assert.Equal(Encoding.UTF8.GetString(whole), DecodingAttempt.OfValidUtf8(new UTF8Encoding(false), whole).Text);
            Assert.Equal(DecodingAttempt.Run(new UTF8Encoding(false), whole).Text, DecodingAttempt.OfValidUtf8(new UTF8Encoding(false), whole).Text);

            int emoji = Encoding.UTF8.GetByteCount("三、收到和处理政府信息公开申请情况 | 总计 | ");
            Utf8Evidence cut = Utf8Evidence.Of(whole.AsSpan(0, emoji + 2)); // cut off inside the emoji's four bytes
            Assert.True(cut.IsValidUpToTail);
            Assert.False(cut.IsValid);
            byte[] damaged = (byte[])whole.Clone();
            damaged[1] = 0xFF;
            Assert.False(Utf8Evidence.Of(damaged).IsValid);
        }

        /// <summary>The definition: each sequence decoded in turn; one cut short can only be the last.</summary>
        private static (int MultiByte, int Invalid, int Tail) SequenceBySequence(byte[] bytes)
        {
            int multiByte = 0, invalid = 0, index = 0;
            while (index < bytes.Length)
            {
                if (bytes[index] < 0x80) { index++; continue; }
                OperationStatus status = Rune.DecodeFromUtf8(bytes.AsSpan(index), out _, out int consumed);
                if (status == OperationStatus.Done) multiByte++;
                else if (status == OperationStatus.NeedMoreData) return (multiByte, invalid, bytes.Length - index);
                else invalid++;
                index += Math.Max(1, consumed);
            }
            return (multiByte, invalid, 0);
        }
    }
}
