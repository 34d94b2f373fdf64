using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// Simplified → Traditional for the corpus's own words (schema labels, prose, page chrome), the way agency sites'
    /// 繁體 versions convert a page: character by character, with the few words whose character depends on the word
    /// (复议 → 複議 but 恢复 → 恢復) taken whole first. Independent of the readers' Traditional → Simplified table.
    /// </summary>
    public static class TraditionalScript
    {
        private static readonly Dictionary<char, char> Characters = BuildCharacters();
        private static readonly HashSet<char> TraditionalCharacters = new HashSet<char>(TraditionalScriptTable.Traditional);

        public static string Convert(string text)
        {
            var result = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (TryPhrase(text, i, out string? phrase, out int length))
                {
                    result.Append(phrase);
                    i += length - 1;
                    continue;
                }
                char c = text[i];
                result.Append(Characters.TryGetValue(c, out char traditional) ? traditional : c);
            }
            return result.ToString();
        }

        /// <summary>Whether the text holds a character that only the Traditional script uses.</summary>
        public static bool HasTraditional(string text)
        {
            foreach (char c in text)
                if (TraditionalCharacters.Contains(c) && !Characters.ContainsKey(c)) return true;
            return false;
        }

        private static bool TryPhrase(string text, int at, out string? phrase, out int length)
        {
            foreach ((string simplified, string traditional) in TraditionalScriptTable.Phrases)
            {
                if (string.CompareOrdinal(text, at, simplified, 0, simplified.Length) == 0)
                {
                    phrase = traditional;
                    length = simplified.Length;
                    return true;
                }
            }
            phrase = null;
            length = 0;
            return false;
        }

        private static Dictionary<char, char> BuildCharacters()
        {
            var map = new Dictionary<char, char>();
            for (int i = 0; i < TraditionalScriptTable.Simplified.Length; i++)
                map[TraditionalScriptTable.Simplified[i]] = TraditionalScriptTable.Traditional[i];
            return map;
        }
    }
}
