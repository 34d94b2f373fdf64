using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Analyzers.Symbols
{
    /// <summary>
    /// The runtime types the analyzers recognise generated code by, resolved once per compilation. When the
    /// compilation does not reference SchemaGen.Runtime there is nothing to analyse and <see cref="TryCreate"/> fails.
    /// </summary>
    public sealed class SchemaSymbols
    {
        public const string SchemaTableAttributeName = "SchemaGen.Runtime.SchemaTableAttribute";
        public const string SchemaKeyAttributeName = "SchemaGen.Runtime.SchemaKeyAttribute";
        public const string SchemaKeyScopeAttributeName = "SchemaGen.Runtime.SchemaKeyScopeAttribute";
        public const string DerivedCellAttributeName = "SchemaGen.Runtime.DerivedCellAttribute";
        public const string ValidationResultName = "SchemaGen.Runtime.Validation.ValidationResult";
        public const string GeneratedCodeAttributeName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

        /// <summary>The method every generated table has for setting its derived cells (the code fix for SG2003 calls it).</summary>
        public const string RecomputeTotalsMethod = "RecomputeTotals";

        private SchemaSymbols(Compilation compilation, INamedTypeSymbol schemaTable)
        {
            SchemaTableAttribute = schemaTable;
            SchemaKeyAttribute = compilation.GetTypeByMetadataName(SchemaKeyAttributeName);
            SchemaKeyScopeAttribute = compilation.GetTypeByMetadataName(SchemaKeyScopeAttributeName);
            DerivedCellAttribute = compilation.GetTypeByMetadataName(DerivedCellAttributeName);
            ValidationResult = compilation.GetTypeByMetadataName(ValidationResultName);
            GeneratedCodeAttribute = compilation.GetTypeByMetadataName(GeneratedCodeAttributeName);
        }

        public INamedTypeSymbol SchemaTableAttribute { get; }
        public INamedTypeSymbol? SchemaKeyAttribute { get; }
        public INamedTypeSymbol? SchemaKeyScopeAttribute { get; }
        public INamedTypeSymbol? DerivedCellAttribute { get; }
        public INamedTypeSymbol? ValidationResult { get; }
        public INamedTypeSymbol? GeneratedCodeAttribute { get; }

        public static bool TryCreate(Compilation compilation, out SchemaSymbols symbols)
        {
            INamedTypeSymbol? schemaTable = compilation.GetTypeByMetadataName(SchemaTableAttributeName);
            symbols = schemaTable is null ? null! : new SchemaSymbols(compilation, schemaTable);
            return schemaTable is not null;
        }

        public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attributeType)
            => attributeType is null ? null : symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));

        /// <summary>Generated types carry [GeneratedCode]; their shape (blank by default, an all-cells constructor) is known.</summary>
        public bool IsGenerated(ISymbol type) => Find(type, GeneratedCodeAttribute) is not null;

        /// <summary>The invariant a [DerivedCell] property names, or null.</summary>
        public string? DerivedBy(IPropertySymbol property)
            => Find(property, DerivedCellAttribute) is { } attribute && attribute.ConstructorArguments.Length == 1
                ? attribute.ConstructorArguments[0].Value as string
                : null;
    }
}
