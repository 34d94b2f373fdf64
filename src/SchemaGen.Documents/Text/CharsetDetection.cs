using System;
using System.Text;
using UtfUnknown;

namespace SchemaGen.Documents.Text
{
    /// <summary>What the statistical charset detector (UTF.Unknown, a port of Mozilla's uchardet) makes of some bytes.</summary>
    internal readonly struct DetectorGuess
    {
        public DetectorGuess(Encoding? encoding, string? name, float confidence)
        {
            Encoding = encoding;
            Name = name;
            Confidence = confidence;
        }

        /// <summary>The encoding it names, when .NET has it.</summary>
        public Encoding? Encoding { get; }

        /// <summary>The name as the detector gives it ("gb18030", "big5").</summary>
        public string? Name { get; }

        public float Confidence { get; }

        public bool Names(Encoding encoding) => Encoding is not null && Encoding.CodePage == encoding.CodePage;
    }

    /// <summary>
    /// Runs the detector on a sample of the input. The sample starts at the first byte outside ASCII, because pages
    /// saved from Word open with tens of kilobytes of ASCII styles that tell a detector nothing; it is bounded so that
    /// detection costs the same on a 10 MB page as on a 100 KB one.
    /// </summary>
    internal static class CharsetDetection
    {
        public const int SampleLength = 64 * 1024;

        public static DetectorGuess Guess(ReadOnlySpan<byte> bytes)
        {
            int start = 0;
            while (start < bytes.Length && bytes[start] < 0x80) start++;
            if (start == bytes.Length) return default;
            // Back up a little so that the detector sees the first character whole.
            start = Math.Max(0, start - 16);
            ReadOnlySpan<byte> sample = bytes.Slice(start, Math.Min(SampleLength, bytes.Length - start));
            try
            {
                DetectionResult result = CharsetDetector.DetectFromBytes(sample);
                DetectionDetail? detected = result.Detected;
                if (detected?.EncodingName is null) return default;
                return new DetectorGuess(EncodingLabels.Resolve(detected.EncodingName), detected.EncodingName, detected.Confidence);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A detector failure only means no guess: the rules that do not need one still decide.
                return default;
            }
        }
    }
}
