using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Schema.Model;

namespace SchemaGen.Analyzers.Symbols
{
    /// <summary>
    /// A cell reached through a chain of generated properties, such as <c>t.Outcomes.Withheld.StateSecret.Business</c>:
    /// the anchor the chain starts from (<c>t</c>), the row path when the chain names it, and the column.
    /// Two accesses name the same cell when their anchors have the same <see cref="AnchorKey"/> and row and column match.
    /// </summary>
    public sealed class CellAccess
    {
        private CellAccess(IOperation anchor, string anchorKey, MappedType anchorType, CatalogTable table, string? rowPath, AxisNode column,
            IPropertySymbol columnProperty, IPropertySymbol? rowProperty)
        {
            Anchor = anchor;
            AnchorKey = anchorKey;
            AnchorType = anchorType;
            Table = table;
            RowPath = rowPath;
            Column = column;
            ColumnProperty = columnProperty;
            RowProperty = rowProperty;
        }

        /// <summary>The expression the chain starts from: a local, parameter, field, this, or a property of a model.</summary>
        public IOperation Anchor { get; }

        public string AnchorKey { get; }

        public MappedType AnchorType { get; }

        public CatalogTable Table { get; }

        /// <summary>The leaf row path, or null when the anchor is a row object (which row it is, the code does not say).</summary>
        public string? RowPath { get; }

        public AxisNode Column { get; }

        public IPropertySymbol ColumnProperty { get; }

        /// <summary>The leaf row's property (<c>Outcomes.Total</c>), when the chain goes through it.</summary>
        public IPropertySymbol? RowProperty { get; }

        /// <summary>Resolves a reference to a column property of a row type; null when it is not a cell or its anchor is not a stable name.</summary>
        public static CellAccess? Resolve(IPropertyReferenceOperation columnReference, SchemaTypeMap map)
        {
            if (map.Get(columnReference.Property.ContainingType) is not { Kind: MirrorKind.Row } rowType) return null;
            if (rowType.ColumnOf(columnReference.Property) is not { } column || columnReference.Instance is null) return null;
            CatalogTable table = rowType.Table;

            IOperation current = Unwrap(columnReference.Instance);
            string? rowPath = null;
            IPropertySymbol? rowProperty = null;
            if (current is IPropertyReferenceOperation rowReference && RowThrough(rowReference, table, map) is { IsLeaf: true } row)
            {
                rowPath = row.Path;
                rowProperty = rowReference.Property;
                current = Unwrap(rowReference.Instance!);
                // Climb the row groups up to the first receiver that is not itself a group property.
                while (current is IPropertyReferenceOperation groupReference && RowThrough(groupReference, table, map) is { IsLeaf: false })
                    current = Unwrap(groupReference.Instance!);
            }

            if (map.Get(current.Type) is not { } anchorType || anchorType.Table != table) return null;
            if (rowPath is null && anchorType.Kind != MirrorKind.Row) return null;
            string? key = KeyOf(current);
            return key is null ? null : new CellAccess(current, key, anchorType, table, rowPath, column, columnReference.Property, rowProperty);
        }

        /// <summary>The invariants that derive this cell, from [DerivedCell] on the column property and on the row property.</summary>
        public IEnumerable<string> DerivedBy(SchemaSymbols symbols)
        {
            if (symbols.DerivedBy(ColumnProperty) is { } byColumn) yield return byColumn;
            if (RowProperty is not null && symbols.DerivedBy(RowProperty) is { } byRow) yield return byRow;
        }

        private static AxisNode? RowThrough(IPropertyReferenceOperation reference, CatalogTable table, SchemaTypeMap map)
            => reference.Instance is not null && map.Get(reference.Property.ContainingType) is { IsContainer: true } container && container.Table == table
                ? container.RowOf(reference.Property)
                : null;

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }

        /// <summary>A name for a stable receiver (locals, parameters, this, fields and properties of those); null for anything else.</summary>
        public static string? KeyOf(IOperation operation)
        {
            switch (Unwrap(operation))
            {
                case ILocalReferenceOperation local:
                    return "local " + local.Local.Name + "@" + (local.Local.Locations.Length > 0 ? local.Local.Locations[0].SourceSpan.Start : -1);
                case IParameterReferenceOperation parameter:
                    return "parameter " + parameter.Parameter.Name;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return "this";
                case IFieldReferenceOperation field:
                    return Member(field.Instance, field.Field);
                case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                    return Member(property.Instance, property.Property);
                default:
                    return null;
            }
        }

        private static string? Member(IOperation? instance, ISymbol member)
        {
            if (instance is null) return member.ContainingType.ToDisplayString() + "." + member.Name;
            string? receiver = KeyOf(instance);
            return receiver is null ? null : receiver + "." + member.Name;
        }
    }
}
