using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Runtime;
using SchemaGen.Schema.Model;

namespace SchemaGen.Analyzers.Symbols
{
    public enum MirrorKind
    {
        /// <summary>A table type: one property per top-level row or row group ([SchemaTable], Mirrors = Rows).</summary>
        Table,
        /// <summary>A row group type, reached from its table type through the group's property: one property per child row.</summary>
        Group,
        /// <summary>A row type: one property per leaf column ([SchemaTable], Mirrors = Columns). Which row it holds is not part of the type.</summary>
        Row,
    }

    /// <summary>What a type mirrors: which table, as what, and (for a group) the path of the group.</summary>
    public sealed class MappedType
    {
        public MappedType(INamedTypeSymbol type, CatalogTable table, MirrorKind kind, string groupPath, bool isGenerated)
        {
            Type = type;
            Table = table;
            Kind = kind;
            GroupPath = groupPath;
            IsGenerated = isGenerated;
        }

        public INamedTypeSymbol Type { get; }
        public CatalogTable Table { get; }
        public MirrorKind Kind { get; }

        /// <summary>"" for a table (its top level) and a row; the group's path (Outcomes.Withheld) for a group.</summary>
        public string GroupPath { get; }

        public bool IsGenerated { get; }

        public bool IsContainer => Kind != MirrorKind.Row;

        /// <summary>For a table or group: the row that a property of this type stands for.</summary>
        public AxisNode? RowOf(IPropertySymbol property) => IsContainer ? Table.ChildRow(GroupPath, property.Name) : null;

        /// <summary>For a row type: the leaf column that a property of this type stands for.</summary>
        public AxisNode? ColumnOf(IPropertySymbol property) => Kind == MirrorKind.Row ? Table.LeafColumn(property.Name) : null;
    }

    /// <summary>
    /// Maps types to the schema tables they mirror, from the [SchemaTable] attributes the generator puts on table and
    /// row types and from the schema's row groups (a group type is the type of its group's property on the table).
    /// Property names are schema ids: the schema says ids become C# names. Cached per compilation.
    /// </summary>
    public sealed class SchemaTypeMap
    {
        private readonly SchemaCatalog _catalog;
        private readonly SchemaSymbols _symbols;
        private readonly ConcurrentDictionary<ITypeSymbol, MappedType?> _cache = new(SymbolEqualityComparer.Default);

        public SchemaTypeMap(SchemaCatalog catalog, SchemaSymbols symbols)
        {
            _catalog = catalog;
            _symbols = symbols;
        }

        public SchemaSymbols Symbols => _symbols;

        public SchemaCatalog Catalog => _catalog;

        public MappedType? Get(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind is not (TypeKind.Class or TypeKind.Struct)) return null;
            return _cache.GetOrAdd(named, t => Compute((INamedTypeSymbol)t));
        }

        /// <summary>Reads [SchemaTable(schemaKey, tableId, Mirrors = ...)].</summary>
        public static bool TryRead(AttributeData attribute, out string schemaKey, out string tableId, out bool mirrorsColumns)
        {
            schemaKey = tableId = "";
            mirrorsColumns = false;
            if (attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string key
                || attribute.ConstructorArguments[1].Value is not string table)
                return false;
            schemaKey = key;
            tableId = table;
            foreach (var named in attribute.NamedArguments)
                if (named.Key == nameof(SchemaTableAttribute.Mirrors) && named.Value.Value is int mirror)
                    mirrorsColumns = mirror == (int)SchemaMirror.Columns;
            return true;
        }

        private MappedType? Compute(INamedTypeSymbol type)
        {
            bool generated = _symbols.IsGenerated(type);
            AttributeData? attribute = SchemaSymbols.Find(type, _symbols.SchemaTableAttribute);
            if (attribute is not null)
            {
                if (!TryRead(attribute, out string key, out string tableId, out bool columns)) return null;
                CatalogTable? table = _catalog.Table(key, tableId);
                return table is null ? null : new MappedType(type, table, columns ? MirrorKind.Row : MirrorKind.Table, "", generated);
            }

            // A generated row group carries no attribute: find it under the generated table type that declares it.
            if (!generated) return null;
            for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (Get(outer) is not { Kind: MirrorKind.Table, IsGenerated: true } tableType) continue;
                string? path = FindGroupPath(outer, "", tableType.Table, type, depth: 0);
                if (path is not null) return new MappedType(type, tableType.Table, MirrorKind.Group, path, generated);
            }
            return null;
        }

        private static string? FindGroupPath(INamedTypeSymbol container, string containerPath, CatalogTable table, INamedTypeSymbol target, int depth)
        {
            if (depth > 16) return null;
            foreach (AxisNode group in table.ChildRows(containerPath).Where(r => !r.IsLeaf))
            {
                if (container.GetMembers(group.Id).OfType<IPropertySymbol>().FirstOrDefault()?.Type is not INamedTypeSymbol groupType) continue;
                if (SymbolEqualityComparer.Default.Equals(groupType, target)) return group.Path;
                string? nested = FindGroupPath(groupType, group.Path, table, target, depth + 1);
                if (nested is not null) return nested;
            }
            return null;
        }
    }
}
