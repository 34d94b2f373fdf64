using System.Text;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Maps Traditional Chinese characters to their Simplified forms, one character at a time. Reports come
    /// in both scripts (seeds 000 and 004 are Traditional) while the schema labels are Simplified; comparing
    /// through this map lets one label match both. Characters outside the table are returned unchanged.
    /// </summary>
    public static class ChineseScript
    {
        // Every character of report text passes through here (label keys, cell values), so the map is a flat array over
        // the span of the table's characters rather than a dictionary: one bounds check and one load per character.
        private static readonly char First = Min(ChineseScriptTable.Traditional);
        private static readonly char[] Map = Build();

        /// <summary>The number of Traditional characters the table knows.</summary>
        public static int Count { get; } = CountMapped();

        public static char ToSimplified(char c)
        {
            int offset = c - First;
            if ((uint)offset >= (uint)Map.Length) return c;
            char simplified = Map[offset];
            return simplified == '\0' ? c : simplified;
        }

        /// <summary>Each character the table maps, with its Simplified form, in character order.</summary>
        internal static void ForEachMapped(System.Action<char, char> visit)
        {
            char[] map = Map;
            for (int offset = 0; offset < map.Length; offset++)
                if (map[offset] != '\0') visit((char)(First + offset), map[offset]);
        }

        public static string ToSimplified(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var builder = new StringBuilder(text!.Length);
            foreach (char c in text) builder.Append(ToSimplified(c));
            return builder.ToString();
        }

        private static char[] Build()
        {
            string traditional = ChineseScriptTable.Traditional;
            string simplified = ChineseScriptTable.Simplified;
            int pairs = traditional.Length < simplified.Length ? traditional.Length : simplified.Length;
            char last = First;
            for (int i = 0; i < pairs; i++)
                if (traditional[i] > last) last = traditional[i];
            var map = new char[last - First + 1];
            for (int i = 0; i < pairs; i++)
                map[traditional[i] - First] = simplified[i];
            return map;
        }

        private static char Min(string text)
        {
            char min = char.MaxValue;
            foreach (char c in text)
                if (c < min) min = c;
            return min;
        }

        private static int CountMapped()
        {
            int count = 0;
            foreach (char c in Map)
                if (c != '\0') count++;
            return count;
        }
    }
}
