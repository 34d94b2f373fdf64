using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Schema.Model
{
    /// <summary>The words the schema language uses for the vocabulary: what the loader reads and what the docs and the change report print.</summary>
    public static class SchemaWords
    {
        public static IReadOnlyDictionary<string, CellKind> CellKinds { get; } = new Dictionary<string, CellKind>
        {
            ["count"] = CellKind.Count,
            ["signed-count"] = CellKind.SignedCount,
            ["amount"] = CellKind.Amount,
        };

        /// <summary>count, signed-count or amount.</summary>
        public static string Of(CellKind kind) => CellKinds.First(p => p.Value == kind).Key;
    }
}
