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
                folded.Append(IsRadicalOrCompatibilityForm(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
            return folded.ToString();
        }

        // Kangxi Radicals, CJK Radicals Supplement, CJK Compatibility Ideographs.
        private static bool IsRadicalOrCompatibilityForm(char c) => (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');
    }
}
