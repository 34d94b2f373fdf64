using System.Text;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// Characters as a reader means them. Some PDF producers (Chromium among them) map CJK glyphs that share a shape
    /// with a Kangxi radical to the radical's code point (⼀ U+2F00 for 一, ⼈ for 人), so text extracted from such a
    /// PDF does not match its labels; those, and the CJK compatibility forms, are folded to the unified ideograph.
    /// Everything else is kept as printed (full-width digits and punctuation included: the parsers handle them).
    /// </summary>
    internal static class CharacterForms
    {
        public static string Normalize(string text)
        {
            bool fold = false;
            foreach (char c in text)
                if (IsRadicalOrCompatibilityForm(c)) fold = true;
            if (!fold) return text;
            var folded = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (!IsRadicalOrCompatibilityForm(c)) folded.Append(c);
                else if (SupplementRadicals.IndexOf(c) is int i && i >= 0) folded.Append(SupplementIdeographs[i]);
                else folded.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            return folded.ToString();
        }

        // Radicals of the CJK Radicals Supplement that have no compatibility decomposition but stand for a common
        // ideograph when a font maps its glyph there (⺠ for 民 in 人民, ⻚ for 页).
        private const string SupplementRadicals = "⺠⻚⻛⻜⻢⻥⻦⻩⻬⻮⻰⻓⻔⻅⻈⻉⻋⻄⻆⻗⻘⻝⺩⺧⺮⺶⻖";
        private const string SupplementIdeographs = "民页风飞马鱼鸟黄齐齿龙长门见讠贝车西角雨青食王牛竹羊阝";

        // Kangxi Radicals, CJK Radicals Supplement, CJK Compatibility Ideographs.
        private static bool IsRadicalOrCompatibilityForm(char c) => (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');
    }
}
