using System.Collections.Generic;
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
        private static readonly Dictionary<char, char> Map = Build();

        /// <summary>The number of Traditional characters the table knows.</summary>
        public static int Count => Map.Count;

        public static char ToSimplified(char c) => c < '\u3400' ? c : Map.TryGetValue(c, out char simplified) ? simplified : c;

        public static string ToSimplified(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var builder = new StringBuilder(text!.Length);
            foreach (char c in text) builder.Append(ToSimplified(c));
            return builder.ToString();
        }

        private static Dictionary<char, char> Build()
        {
            string traditional = ChineseScriptTable.Traditional;
            string simplified = ChineseScriptTable.Simplified;
            var map = new Dictionary<char, char>(traditional.Length);
            for (int i = 0; i < traditional.Length && i < simplified.Length; i++)
                map[traditional[i]] = simplified[i];
            return map;
        }
    }
}
