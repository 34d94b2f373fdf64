using System;
using System.Collections.Generic;
using System.Text;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>
    /// The runs of Chinese characters every match of a regular expression must contain ("件" and "新收" in
    /// <c>新收(?:申请)?{n}件</c>), so that a text without one of them is known to hold no match before the regex runs over it.
    /// Only what stands outside every group and class, unquantified, in a pattern without a top-level alternative or inline
    /// options counts; anything else gives fewer runs (none at worst), never a wrong one.
    /// </summary>
    internal static class RequiredLiterals
    {
        public static string[] Of(string pattern)
        {
            // Inline options could change how the pattern reads ((?x) makes # a comment): take nothing from such a pattern.
            if (HasInlineOptions(pattern)) return Array.Empty<string>();
            var runs = new List<string>();
            var run = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (depth == 0 && IsLiteral(c))
                {
                    char next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
                    // c? c* c{0,n} may leave c out; c+ and c{1,} keep one c but may repeat it, which ends the run.
                    if (next is '?' or '*' or '{') Flush();
                    else
                    {
                        run.Append(c);
                        if (next == '+') Flush();
                    }
                    continue;
                }
                Flush();
                switch (c)
                {
                    case '\\':
                        i++; // the escaped character is not a literal of ours (escapes are ASCII: \d, \n, \(, \p{…})
                        break;
                    case '[':
                        i = EndOfClass(pattern, i);
                        break;
                    case '(':
                        depth++;
                        break;
                    case ')':
                        depth--;
                        break;
                    case '|' when depth == 0:
                        return Array.Empty<string>(); // a match may take either side: nothing outside groups is required
                }
            }
            Flush();
            return runs.ToArray();

            void Flush()
            {
                if (run.Length > 0) runs.Add(run.ToString());
                run.Clear();
            }
        }

        /// <summary>Whether the text holds every run (ordinal comparison: the runs and the text are folded the same way).</summary>
        public static bool AllIn(string text, string[] runs)
        {
            foreach (string required in runs)
                if (text.IndexOf(required, StringComparison.Ordinal) < 0) return false;
            return true;
        }

        /// <summary>
        /// <see cref="AllIn(string, string[])"/>, first asking <paramref name="present"/> (made from <paramref name="text"/>)
        /// whether every character of every run is there: a run with a character the text lacks is absent without a search
        /// of the text, which is how most runs are turned away (each prose phrase is asked of every section).
        /// </summary>
        public static bool AllIn(string text, string[] runs, PresentCharacters present)
        {
            foreach (string required in runs)
                if (!present.MayHoldAll(required)) return false;
            return AllIn(text, runs);
        }

        private static bool IsLiteral(char c) => TextNormalizer.IsIdeograph(c) && !char.IsSurrogate(c);

        private static int EndOfClass(string pattern, int open)
        {
            int i = open + 1;
            if (i < pattern.Length && pattern[i] == '^') i++;
            if (i < pattern.Length && pattern[i] == ']') i++; // a ] first in a class is itself a member
            for (; i < pattern.Length; i++)
            {
                if (pattern[i] == '\\') i++;
                else if (pattern[i] == ']') return i;
            }
            return pattern.Length;
        }

        private static bool HasInlineOptions(string pattern)
        {
            for (int i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
            {
                char next = i + 2 < pattern.Length ? pattern[i + 2] : '\0';
                if (next is 'i' or 'm' or 'n' or 's' or 'x' or '-') return true;
            }
            return false;
        }
    }

    /// <summary>
    /// Which characters a text may hold, as a set of 1,024 bits (a character sets the bit of its low ten bits): a
    /// character whose bit is clear is certainly not in the text; one whose bit is set may be. The bits are reused text
    /// after text (<see cref="Fill"/>), so asking costs no allocation.
    /// </summary>
    internal sealed class PresentCharacters
    {
        private readonly ulong[] _bits = new ulong[16];

        /// <summary>Makes the set that of <paramref name="text"/>'s characters, whatever it held before.</summary>
        public PresentCharacters Fill(string text)
        {
            ulong[] bits = _bits;
            Array.Clear(bits, 0, bits.Length);
            foreach (char c in text) bits[(c >> 6) & 15] |= 1UL << (c & 63);
            return this;
        }

        /// <summary>False when some character of <paramref name="run"/> is certainly not in the text; true when all may be.</summary>
        public bool MayHoldAll(string run)
        {
            foreach (char c in run)
                if ((_bits[(c >> 6) & 15] & (1UL << (c & 63))) == 0) return false;
            return true;
        }
    }
}
