namespace SchemaGen.Schema.Model
{
    /// <summary>
    /// Where an element stands in its YAML file: 1-based lines and columns plus 0-based character offsets,
    /// kept as plain values so the model stays equatable (no Roslyn Location in the pipeline).
    /// </summary>
    public readonly record struct SourceSpan(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn, int StartOffset, int EndOffset)
    {
        public static SourceSpan None(string path) => new SourceSpan(path, 0, 0, 0, 0, 0, 0);

        public bool IsKnown => StartLine > 0;

        /// <summary>Where the element this span starts ends, its children included (0 when only the span itself is known).</summary>
        public int ExtentEndOffset { get; init; }

        /// <summary>Whether <paramref name="inner"/> starts inside this element (its extent, or its span when that is all there is).</summary>
        public bool Contains(SourceSpan inner)
            => IsKnown && inner.IsKnown && inner.StartOffset >= StartOffset
               && inner.StartOffset < System.Math.Max(System.Math.Max(EndOffset, ExtentEndOffset), StartOffset + 1);

        /// <summary>A span inside this one that starts <paramref name="offset"/> characters in, on the same line (used for positions inside a rule).</summary>
        public SourceSpan Slice(int offset, int length)
            => new SourceSpan(Path, StartLine, StartColumn + offset, StartLine, StartColumn + offset + length, StartOffset + offset, StartOffset + offset + length);

        public override string ToString() => IsKnown ? $"{Path}:{StartLine}:{StartColumn}" : Path;
    }
}
