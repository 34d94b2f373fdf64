using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Schema.Model
{
    /// <summary>Rules for identifiers, and the "did you mean" search shared by lint, analyzers and the CLI.</summary>
    public static class Naming
    {
        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "abstract","as","base","bool","break","byte","case","catch","char","checked","class","const","continue","decimal","default",
            "delegate","do","double","else","enum","event","explicit","extern","false","finally","fixed","float","for","foreach","goto",
            "if","implicit","in","int","interface","internal","is","lock","long","namespace","new","null","object","operator","out",
            "override","params","private","protected","public","readonly","ref","return","sbyte","sealed","short","sizeof","stackalloc",
            "static","string","struct","switch","this","throw","true","try","typeof","uint","ulong","unchecked","unsafe","ushort","using",
            "virtual","void","volatile","while",
        };

        /// <summary>Ids become C# names: ASCII letter first, then ASCII letters, digits or underscores; no keywords.</summary>
        public static bool IsValidIdentifier(string id)
            => id.Length > 0
               && id[0] < 128 && char.IsLetter(id[0])
               && id.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'))
               && !Keywords.Contains(id);

        public static bool IsKeyword(string name) => Keywords.Contains(name);

        /// <summary>A dotted C# namespace made of valid identifiers.</summary>
        public static bool IsValidNamespace(string ns) => ns.Split('.').All(IsValidIdentifier);

        public static string? Closest(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates.Distinct())
            {
                int d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (d < bestDistance) { bestDistance = d; best = candidate; }
            }
            // Only suggest something reasonably close: within a third of the name's length.
            return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
        }

        public static int Distance(string a, string b)
        {
            var prev = new int[b.Length + 1];
            var cur = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) prev[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                for (int j = 1; j <= b.Length; j++)
                    cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                (prev, cur) = (cur, prev);
            }
            return prev[b.Length];
        }
    }
}
