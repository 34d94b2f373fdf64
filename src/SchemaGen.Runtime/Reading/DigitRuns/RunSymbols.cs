namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// A run's text as the symbols the search splits: digits, '.', '+', '-' and <see cref="Mark"/> (a "—" or
    /// "/" that stands for a blank cell), with where each came from in the text and whether a space stood
    /// before it. Full-width forms read as their ASCII counterparts; invisible characters are dropped.
    /// </summary>
    internal sealed class RunSymbols
    {
        public const char Mark = 'm';

        private RunSymbols(string source, int capacity)
        {
            Source = source;
            Symbols = new char[capacity];
            OriginStart = new int[capacity + 1];
            OriginEnd = new int[capacity + 1];
            BoundaryBefore = new bool[capacity + 1];
            DigitsFrom = new int[capacity + 1];
        }

        public string Source { get; }
        public char[] Symbols { get; }
        public int[] OriginStart { get; }
        public int[] OriginEnd { get; }
        /// <summary>Whether a space stood right before symbol i (always false when spaces are read as noise).</summary>
        public bool[] BoundaryBefore { get; }
        /// <summary>How many digits there are from symbol i to the end.</summary>
        public int[] DigitsFrom { get; }
        public int Length { get; private set; }
        public bool HasMarks { get; private set; }

        public static bool IsDigit(char symbol) => symbol >= '0' && symbol <= '9';

        /// <summary>The symbols of <paramref name="text"/>, or null with the index of the first character that has no place in a run.</summary>
        public static RunSymbols? Parse(string text, SpaceReading spaces, out int badIndex)
        {
            badIndex = -1;
            var result = new RunSymbols(text, text.Length);
            int count = 0;
            bool spaceSeen = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    spaceSeen = true;
                    continue;
                }
                if (IsInvisible(c)) continue;
                char symbol = Classify(c);
                // A minus sign is a sign only when a digit follows it directly; "5-" or "- 3" holds a dash for a blank.
                if (symbol == '-' && !DigitFollows(text, i)) symbol = Mark;
                if (symbol == '\0')
                {
                    badIndex = i;
                    return null;
                }
                bool boundary = spaceSeen && count > 0 && spaces == SpaceReading.CellBoundary;
                spaceSeen = false;
                // A run of marks without a space inside is one blank cell ("——", "--" when no digit follows).
                if (symbol == Mark && count > 0 && result.Symbols[count - 1] == Mark && !boundary)
                {
                    result.OriginEnd[count - 1] = i + 1;
                    continue;
                }
                result.Symbols[count] = symbol;
                result.OriginStart[count] = i;
                result.OriginEnd[count] = i + 1;
                result.BoundaryBefore[count] = boundary;
                if (symbol == Mark) result.HasMarks = true;
                count++;
            }
            result.Length = count;
            result.OriginStart[count] = text.Length;
            result.OriginEnd[count] = text.Length;
            for (int i = count - 1; i >= 0; i--)
                result.DigitsFrom[i] = result.DigitsFrom[i + 1] + (IsDigit(result.Symbols[i]) ? 1 : 0);
            return result;
        }

        private static bool DigitFollows(string text, int index)
        {
            for (int i = index + 1; i < text.Length; i++)
            {
                char c = text[i];
                if (IsInvisible(c)) continue;
                return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
            }
            return false;
        }

        private static char Classify(char c)
        {
            if (c >= '0' && c <= '9') return c;
            if (c >= '\uFF10' && c <= '\uFF19') return (char)('0' + (c - '\uFF10'));
            switch (c)
            {
                case '.': case '\uFF0E':
                    return '.';
                case '+': case '\uFF0B':
                    return '+';
                case '-': case '\uFF0D': case '\u2212': case '\uFE63': case '\u2010': case '\u2011':
                    return '-';
                case '\u2014': case '\u2013': case '\u2015': case '\u2012': case '\u2500': case '\u2501':
                case '/': case '\uFF0F': case '\\':
                    return Mark;
                default:
                    return '\0';
            }
        }

        private static bool IsInvisible(char c)
            => c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
