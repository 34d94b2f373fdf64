using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Text
{
    /// <summary>Line and column of a place in decoded text, counted as <c>TextDocument</c> counts them ('\n', "\r\n", '\r', U+2028 and U+2029 end a line).</summary>
    internal static class TextLocations
    {
        /// <param name="index">A UTF-16 index into <paramref name="text"/>; its length means "just after the end".</param>
        public static SourceLocation At(string text, int index)
        {
            int line = 1, lineStart = 0;
            int end = index < 0 ? 0 : index > text.Length ? text.Length : index;
            for (int i = 0; i < end; i++)
            {
                char c = text[i];
                if (c is '\n' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            return SourceLocation.AtLine(line, end - lineStart + 1);
        }
    }
}
