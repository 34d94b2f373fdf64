using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>What a change of cell kind, unit or scale does to generated code and to older figures.</summary>
    internal static class CellKinds
    {
        public static string Name(CellKind kind) => SchemaWords.Of(kind);

        /// <summary>Moving between an int? and a decimal? cell changes property types in generated code.</summary>
        public static bool BreaksCode(CellKind older, CellKind newer) => CellTypes.Of(older) != CellTypes.Of(newer);

        /// <summary>Only count → signed-count keeps every older figure valid and meaning the same.</summary>
        public static bool BreaksData(CellKind older, CellKind newer) => !(older == CellKind.Count && newer == CellKind.SignedCount);

        public static string CSharpType(CellKind kind) => CellTypes.CSharpName(CellTypes.Of(kind));

        /// <summary>Fewer decimals can make older figures unrepresentable; no scale means no limit.</summary>
        public static bool ScaleBreaksData(int? older, int? newer) => newer is not null && (older is null || newer < older);
    }
}
