namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// The bounds the Word reader keeps on any input, so that a hostile or broken file costs bounded time and memory.
    /// A real annual report's <c>word/document.xml</c> is a few hundred kilobytes with elements nested a few dozen deep.
    /// </summary>
    public static class WordReadLimits
    {
        /// <summary>
        /// The most bytes one XML part (the document, its styles, its numbering) may inflate to: 32 MiB. A part declared
        /// larger in the zip directory is refused before it is inflated; one that inflates past it (a zip directory that
        /// lies) is stopped there. Either way the document is not read and a note says why.
        /// </summary>
        public const long MaxPartBytes = 32L * 1024 * 1024;

        /// <summary>
        /// The deepest element nesting kept (the document root is depth 1): 128. Deeper elements (tables in tables in
        /// tables…, only ever made by hand or by a fuzzer) are left out with a note.
        /// </summary>
        public const int MaxElementDepth = 128;
    }
}
