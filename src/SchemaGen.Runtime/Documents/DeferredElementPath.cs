namespace SchemaGen.Runtime.Documents
{
    /// <summary>
    /// An element path written out only when something reads it (<see cref="SourceLocation.Path"/>, a message, output).
    /// A reader locates every block and cell it makes, and most locations are never shown; written out for each, the
    /// paths of cells deep in nested tables repeated the whole nesting, cell after cell. Written once, then kept.
    /// </summary>
    public abstract class DeferredElementPath
    {
        private string? _text;

        /// <summary>The path as text, such as <c>body/tbl[2]/tr[5]/tc[3]</c>.</summary>
        public sealed override string ToString() => _text ??= Write();

        /// <summary>Writes the path out (called once, or again by a thread that raced another to it: the same text).</summary>
        protected abstract string Write();
    }
}
