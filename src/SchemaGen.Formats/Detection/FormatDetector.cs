using System.Collections.Generic;

namespace SchemaGen.Formats.Detection
{
    // CONTRACT (owned by the versions work): which format version a report's text follows.

    /// <summary>The detected format, a confidence in [0, 1], and the evidence that decided it.</summary>
    public sealed record FormatDetection(FormatEntry Format, double Confidence, IReadOnlyList<string> Evidence);

    public static class FormatDetector
    {
        public static FormatDetection Detect(string text) => throw new System.NotImplementedException("being written");
    }
}
