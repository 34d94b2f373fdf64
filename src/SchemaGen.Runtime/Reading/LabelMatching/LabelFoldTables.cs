using System.Collections.Concurrent;
using System.Text;

namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>
    /// The character-level folds of a label key. Each fold maps a character to one representative, so the
    /// same fold applied to a report's text and to the schema's label makes them meet; nothing is folded that
    /// would make two of the format's own labels meet (a test checks every label of both versions).
    /// </summary>
    internal static class LabelFoldTables
    {
        private static readonly ConcurrentDictionary<char, string> CompatibilityForms = new ConcurrentDictionary<char, string>();

        /// <summary>
        /// The NFKC form of a character that may have one, with the width folds of <see cref="TextNormalizer"/>
        /// on top (in globalization-invariant mode .NET's NFKC leaves full-width forms alone). Null when the
        /// character stays as it is. Circled and parenthesised numbers stay, for the item-number parser.
        /// </summary>
        public static string? CompatibilityForm(char c)
        {
            if (c < '\u0080' || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u2460' && c <= '\u249B') || char.IsSurrogate(c)) return null;
            string folded = CompatibilityForms.GetOrAdd(c, Compute);
            return folded.Length == 1 && folded[0] == c ? null : folded;
        }

        private static string Compute(char c)
        {
            string text = c.ToString();
            try
            {
                text = text.Normalize(NormalizationForm.FormKC);
            }
            catch (System.ArgumentException)
            {
                // Not normalisable on its own: keep the character.
            }
            var builder = new StringBuilder(text.Length);
            foreach (char part in text) builder.Append(TextNormalizer.ToHalfWidth(part));
            return builder.ToString();
        }

        /// <summary>Characters OCR reads for digits, as the digit: 〇 O o for 0, l I 丨 for 1. '\0' for any other.</summary>
        public static char DigitConfusable(char c)
        {
            switch (c)
            {
                case '〇': case 'O': case 'o':
                    return '0';
                case 'l': case 'I': case '丨':
                    return '1';
                default:
                    return '\0';
            }
        }

        /// <summary>Ideographs OCR confuses, as the one the labels use: 沭→沐, 己/巳→已, 末→未, 入→人. '\0' for any other.</summary>
        public static char IdeographConfusable(char c)
        {
            switch (c)
            {
                case '沭': return '沐';
                case '己': case '巳': return '已';
                case '末': return '未';
                case '入': return '人';
                default: return '\0';
            }
        }

        /// <summary>
        /// Two-character words written differently in Taiwan and Hong Kong (after the Simplified fold), and the
        /// mainland word the labels use: 檔案 (档案) is the Taiwan word for a document as in 規範性檔案; 資訊
        /// (资讯) is information as in 政府資訊公開. 其它 is a common variant of 其他 everywhere.
        /// </summary>
        public static readonly string[][] VariantWords =
        {
            new[] { "档案", "文件" },
            new[] { "资讯", "信息" },
            new[] { "其它", "其他" },
        };
    }
}
