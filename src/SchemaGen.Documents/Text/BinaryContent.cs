using System;
using System.Buffers;

namespace SchemaGen.Documents.Text
{
    /// <summary>
    /// Tells text from binary data by the share of NUL and other control bytes near the start. Text in UTF-8 or any
    /// legacy Chinese encoding holds no NUL byte and few controls besides tab and line breaks; an image, an archive or a
    /// legacy Word file holds many. (UTF-16 text holds NULs too, but it is recognised by its byte-order mark before this.)
    /// </summary>
    internal static class BinaryContent
    {
        /// <summary>How much of the start is looked at.</summary>
        public const int SampleLength = 8192;

        /// <summary>Above this share of control bytes in the sample the input is taken for binary.</summary>
        public const double MaxControlShare = 0.01;

        /// <summary>Whether the input is binary; <paramref name="controlShare"/> is the share of NUL and control bytes in its sample.</summary>
        public static bool IsBinary(ReadOnlySpan<byte> bytes, out double controlShare)
        {
            ReadOnlySpan<byte> sample = bytes.Length > SampleLength ? bytes.Slice(0, SampleLength) : bytes;
            controlShare = 0;
            if (sample.IsEmpty) return false;
            // A vectorised search from one control byte to the next: text has none, so the sample is one pass.
            int controls = 0;
            for (ReadOnlySpan<byte> rest = sample; rest.IndexOfAny(Controls) is int at and >= 0; rest = rest.Slice(at + 1))
                controls++;
            controlShare = (double)controls / sample.Length;
            return controlShare > MaxControlShare;
        }

        // C0 controls other than the ones text files do carry: tab, line feed, vertical tab, form feed, carriage
        // return, the DOS end-of-file mark and escape.
        internal static bool IsControl(byte b) => b < 0x20 && b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1A or 0x1B);

        private static readonly SearchValues<byte> Controls = SearchValues.Create(ControlBytes());

        private static byte[] ControlBytes()
        {
            var bytes = new System.Collections.Generic.List<byte>();
            for (int b = 0; b < 0x20; b++)
                if (IsControl((byte)b)) bytes.Add((byte)b);
            return bytes.ToArray();
        }
    }
}
