using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;

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

        /// <summary>The closest candidate within a third of the name's length (at least 2 edits), by the key contract's distance.</summary>
        public static string? Closest(string name, IEnumerable<string> candidates)
            => SchemaKeys.Closest(name, candidates.Select(c => (c, c)), 1).FirstOrDefault();

        public static int Distance(string a, string b) => SchemaKeys.Distance(a, b);
    }
}
