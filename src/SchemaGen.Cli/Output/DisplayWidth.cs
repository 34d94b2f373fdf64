using System.Globalization;
using System.Text;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// Terminal column widths: CJK ideographs, full-width forms and CJK punctuation take two columns, so
    /// tables with Chinese labels only line up when padded by display width rather than by string length.
    /// </summary>
    public static class DisplayWidth
    {
        public static int Of(string text)
        {
            int width = 0;
            foreach (Rune rune in text.EnumerateRunes()) width += Of(rune);
            return width;
        }

        public static string PadRight(string text, int width) => text + new string(' ', System.Math.Max(0, width - Of(text)));

        public static string PadLeft(string text, int width) => new string(' ', System.Math.Max(0, width - Of(text))) + text;

        /// <summary>Cuts text to at most <paramref name="width"/> columns, marking the cut with an ellipsis.</summary>
        public static string Truncate(string text, int width)
        {
            if (Of(text) <= width) return text;
            var builder = new StringBuilder();
            int used = 0;
            foreach (Rune rune in text.EnumerateRunes())
            {
                int w = Of(rune);
                if (used + w > width - 1) break;
                builder.Append(rune.ToString());
                used += w;
            }
            return builder.Append('…').ToString();
        }

        private static int Of(Rune rune)
        {
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control) return 0;
            int v = rune.Value;
            bool wide =
                (v >= 0x1100 && v <= 0x115F) ||   // Hangul Jamo
                (v >= 0x2E80 && v <= 0x303E) ||   // CJK radicals, punctuation (、。「」)
                (v >= 0x3041 && v <= 0x33FF) ||   // kana, CJK symbols
                (v >= 0x3400 && v <= 0x4DBF) ||   // CJK extension A
                (v >= 0x4E00 && v <= 0x9FFF) ||   // CJK unified ideographs
                (v >= 0xA000 && v <= 0xA4CF) ||
                (v >= 0xAC00 && v <= 0xD7A3) ||   // Hangul syllables
                (v >= 0xF900 && v <= 0xFAFF) ||   // CJK compatibility ideographs
                (v >= 0xFE30 && v <= 0xFE4F) ||
                (v >= 0xFF00 && v <= 0xFF60) ||   // full-width forms: （一） ，：
                (v >= 0xFFE0 && v <= 0xFFE6) ||
                (v >= 0x20000 && v <= 0x3FFFD);
            return wide ? 2 : 1;
        }
    }
}
