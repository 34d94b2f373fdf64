using System;
using System.Text;

namespace SchemaGen.Documents.Text
{
    /// <summary>
    /// The bytes decoded with one encoding: the text, how many byte sequences the encoding could not decode (each
    /// replaced by U+FFFD), and whether the input ends inside a character (the incomplete bytes are left out rather
    /// than replaced: a file cut short is read up to the damage).
    /// </summary>
    internal readonly struct DecodingAttempt
    {
        // GB18030's longest sequence is four bytes: at most three can be left of a character cut off at the end.
        private const int MaxIncompleteTail = 3;

        private DecodingAttempt(Encoding encoding, string text, int replacements, int cutTailBytes)
        {
            Encoding = encoding;
            Text = text;
            Replacements = replacements;
            CutTailBytes = cutTailBytes;
        }

        public Encoding Encoding { get; }

        public string Text { get; }

        /// <summary>Byte sequences that were not valid in <see cref="Encoding"/>, each replaced by U+FFFD.</summary>
        public int Replacements { get; }

        /// <summary>Bytes of a character cut off at the end of the input, left out; 0 when the input ends cleanly.</summary>
        public int CutTailBytes { get; }

        /// <summary>Every byte decoded (a cut-off last character aside).</summary>
        public bool Fits => Replacements == 0;

        /// <summary>Bytes already known to be valid UTF-8 (<see cref="Utf8Evidence.IsValid"/>): decoded without checking them again.</summary>
        public static DecodingAttempt OfValidUtf8(Encoding utf8, ReadOnlySpan<byte> bytes) => new DecodingAttempt(utf8, utf8.GetString(bytes), 0, 0);

        /// <summary>
        /// Inputs up to this size are tried as UTF-8 through a pooled buffer of a character per byte; larger ones are checked
        /// first. A report is tens of kilobytes; the pool keeps what a worker rented, so the bound is what each may keep.
        /// </summary>
        internal const int MaxBufferedUtf8Bytes = 1024 * 1024;

        /// <summary>
        /// The bytes decoded as UTF-8 when every one of them is (no character cut off at the end either); null otherwise. One
        /// pass checks as it decodes (checking, then counting and decoding, read a file three times), into a pooled buffer
        /// of a character per byte, then the string: most inputs are valid UTF-8.
        /// </summary>
        public static DecodingAttempt? TryValidUtf8(Encoding utf8, ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > MaxBufferedUtf8Bytes)
                return System.Text.Unicode.Utf8.IsValid(bytes) ? OfValidUtf8(utf8, bytes) : null;
            char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false, isFinalBlock: true);
                return status == System.Buffers.OperationStatus.Done ? new DecodingAttempt(utf8, new string(buffer, 0, written), 0, 0) : null;
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
        }

        public static DecodingAttempt Run(Encoding encoding, ReadOnlySpan<byte> bytes)
        {
            (string text, int replacements) = DecodeCounting(encoding, bytes);
            if (replacements > 0 && !encoding.IsSingleByte)
            {
                // A character cut off at the very end is damage, not a wrong encoding: when leaving out the last one to
                // three bytes makes the rest decode cleanly, that is what happened.
                for (int cut = 1; cut <= MaxIncompleteTail && cut < bytes.Length; cut++)
                {
                    (string shorter, int shorterReplacements) = DecodeCounting(encoding, bytes.Slice(0, bytes.Length - cut));
                    if (shorterReplacements == 0) return new DecodingAttempt(encoding, shorter, 0, cut);
                }
            }
            return new DecodingAttempt(encoding, text, replacements, 0);
        }

        private static (string Text, int Replacements) DecodeCounting(Encoding encoding, ReadOnlySpan<byte> bytes)
        {
            // Most inputs are valid UTF-8: nothing for the fallback to count, so decode straight into the string
            // instead of through a buffer twice the input's size.
            if (encoding.CodePage == Encoding.UTF8.CodePage && System.Text.Unicode.Utf8.IsValid(bytes)) return (Encoding.UTF8.GetString(bytes), 0);
            var fallback = new CountingReplacementFallback();
            var decoding = (Encoding)encoding.Clone();
            decoding.DecoderFallback = fallback;
            Decoder decoder = decoding.GetDecoder();
            // One GetChars call, so that each invalid sequence meets the fallback exactly once, into a pooled buffer: only
            // the string is kept.
            char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(decoding.GetMaxCharCount(bytes.Length));
            try
            {
                int written = decoder.GetChars(bytes, buffer, flush: true);
                return (new string(buffer, 0, written), fallback.Count);
            }
            finally
            {
                System.Buffers.ArrayPool<char>.Shared.Return(buffer);
            }
        }

        /// <summary>Replaces every undecodable sequence by U+FFFD, as browsers do, and counts them.</summary>
        private sealed class CountingReplacementFallback : DecoderFallback
        {
            public int Count { get; private set; }

            public override int MaxCharCount => 1;

            public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

            // Follows the shape of .NET's own replacement buffer: one character per fallback, stepping back allowed.
            private sealed class Buffer : DecoderFallbackBuffer
            {
                private readonly CountingReplacementFallback _owner;
                private int _count = -1;
                private int _index = -1;

                public Buffer(CountingReplacementFallback owner) => _owner = owner;

                public override int Remaining => _count < 0 ? 0 : _count;

                public override bool Fallback(byte[] bytesUnknown, int index)
                {
                    _owner.Count++;
                    _count = 1;
                    _index = -1;
                    return true;
                }

                public override char GetNextChar()
                {
                    _count--;
                    _index++;
                    if (_count < 0)
                    {
                        _count = -1;
                        return '\0';
                    }
                    return '\uFFFD';
                }

                public override bool MovePrevious()
                {
                    if (_count < -1 || _index < 0) return false;
                    _index--;
                    _count++;
                    return true;
                }

                public override void Reset()
                {
                    _count = -1;
                    _index = -1;
                }
            }
        }
    }
}
