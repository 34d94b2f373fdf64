using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace SchemaGen.Documents.Text
{
    /// <summary>What the bytes say about being UTF-8: sequences that decode, sequences that do not, and a character cut off at the end.</summary>
    internal readonly struct Utf8Evidence
    {
        private Utf8Evidence(int multiByteSequences, int invalidSequences, int incompleteTailLength, bool isValid = false)
        {
            MultiByteSequences = multiByteSequences;
            InvalidSequences = invalidSequences;
            IncompleteTailLength = incompleteTailLength;
            IsValid = isValid;
        }

        /// <summary>Every byte is UTF-8, with no character cut off at the end: the bytes decode as they are, with nothing to count.</summary>
        public bool IsValid { get; }

        /// <summary>Well-formed sequences of two to four bytes (characters outside ASCII).</summary>
        public int MultiByteSequences { get; }

        /// <summary>Byte sequences that are not UTF-8, the incomplete one at the very end not counted.</summary>
        public int InvalidSequences { get; }

        /// <summary>Bytes at the end that begin a character and stop before it is complete (a file cut short); 0 when none.</summary>
        public int IncompleteTailLength { get; }

        /// <summary>Every sequence is UTF-8, except perhaps a character cut off at the end.</summary>
        public bool IsValidUpToTail => InvalidSequences == 0;

        public bool IsAscii => InvalidSequences == 0 && MultiByteSequences == 0 && IncompleteTailLength == 0;

        /// <summary>
        /// Mostly UTF-8 with a few damaged sequences: many more well-formed characters than broken ones. Text in a legacy
        /// encoding is almost never well-formed UTF-8 for more than a character or two in a row, so the ratio tells them apart.
        /// </summary>
        public bool IsDamagedUtf8 => InvalidSequences > 0 && MultiByteSequences >= 10 * InvalidSequences;

        public static Utf8Evidence Of(ReadOnlySpan<byte> bytes)
        {
            // Most files are valid UTF-8: checked at vector speed, their characters outside ASCII are their lead bytes
            // (C2–F4; continuation bytes are 80–BF). Decoding sequence by sequence is for the rest.
            if (System.Text.Unicode.Utf8.IsValid(bytes)) return new Utf8Evidence(LeadBytes(bytes), 0, 0, isValid: true);
            int multiByte = 0, invalid = 0, index = 0;
            while (index < bytes.Length)
            {
                if (bytes[index] < 0x80)
                {
                    index++;
                    continue;
                }
                OperationStatus status = Rune.DecodeFromUtf8(bytes.Slice(index), out _, out int consumed);
                if (status == OperationStatus.Done)
                {
                    multiByte++;
                }
                else if (status == OperationStatus.NeedMoreData)
                {
                    // Only possible at the end of the input: the last character was cut off.
                    return new Utf8Evidence(multiByte, invalid, bytes.Length - index);
                }
                else
                {
                    invalid++;
                }
                index += Math.Max(1, consumed);
            }
            return new Utf8Evidence(multiByte, invalid, 0);
        }

        /// <summary>Bytes C0–FF, sixteen at a time (a byte-by-byte loop was half of this check on a whole report).</summary>
        internal static int LeadBytes(ReadOnlySpan<byte> bytes)
        {
            int count = 0, index = 0;
            if (Vector128.IsHardwareAccelerated)
            {
                Vector128<byte> lowestLead = Vector128.Create((byte)0xC0);
                for (; index <= bytes.Length - Vector128<byte>.Count; index += Vector128<byte>.Count)
                {
                    Vector128<byte> block = Vector128.Create(bytes.Slice(index, Vector128<byte>.Count));
                    count += BitOperations.PopCount(Vector128.GreaterThanOrEqual(block, lowestLead).ExtractMostSignificantBits());
                }
            }
            for (; index < bytes.Length; index++)
                if (bytes[index] >= 0xC0) count++;
            return count;
        }
    }
}
