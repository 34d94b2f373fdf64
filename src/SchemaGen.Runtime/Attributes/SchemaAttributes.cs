using System;

namespace SchemaGen.Runtime
{
    /// <summary>Marks a generated report model: the format and version it follows.</summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class SchemaModelAttribute : Attribute
    {
        public SchemaModelAttribute(string formatId, string version)
        {
            FormatId = formatId;
            Version = version;
        }

        public string FormatId { get; }
        public string Version { get; }
    }

    /// <summary>
    /// Says that a type mirrors a table of a schema. Generated table types carry it; a hand-written type may
    /// carry it too, and the analyzers then check that its members match the table's rows and columns (SG2006).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class SchemaTableAttribute : Attribute
    {
        /// <param name="schemaKey">The schema, as format id @ version: gov-info-annual-report@2021.</param>
        /// <param name="tableId">The table's id in that schema: Applications.</param>
        public SchemaTableAttribute(string schemaKey, string tableId)
        {
            SchemaKey = schemaKey;
            TableId = tableId;
        }

        public string SchemaKey { get; }
        public string TableId { get; }

        /// <summary>What the type's members mirror: the table's leaf columns (a row type) or its rows (a table type).</summary>
        public SchemaMirror Mirrors { get; set; } = SchemaMirror.Rows;
    }

    public enum SchemaMirror
    {
        /// <summary>The type has one member per top-level row (row groups included) of the table.</summary>
        Rows,
        /// <summary>The type has one member per leaf column of the table.</summary>
        Columns,
    }

    public enum SchemaKeyKind { Section, Table, Row, Column, Invariant }

    /// <summary>
    /// On a string parameter: its argument names an element of a schema by one of the keys the key contract allows
    /// (<see cref="Descriptors.SchemaKeys"/>: id, path, official label, alias, Traditional form). The analyzers check
    /// constant arguments against the schema with that same contract (SG2004). The schema is the one that
    /// <see cref="SchemaKeyScopeAttribute"/> names on the method's type, or any loaded schema.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class SchemaKeyAttribute : Attribute
    {
        public SchemaKeyAttribute(SchemaKeyKind kind) => Kind = kind;

        public SchemaKeyKind Kind { get; }

        /// <summary>For rows and columns: the name of the parameter that names the table, or null when <see cref="TableId"/> fixes it.</summary>
        public string? TableParameter { get; set; }

        /// <summary>For rows and columns: the table, when the method belongs to one table.</summary>
        public string? TableId { get; set; }

        /// <summary>For rows and columns: only a leaf (an element that holds figures) will do, as for a cell's row and column.</summary>
        public bool LeafOnly { get; set; }
    }

    /// <summary>On a type: the schema that the <see cref="SchemaKeyAttribute"/> parameters of its methods refer to.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class SchemaKeyScopeAttribute : Attribute
    {
        public SchemaKeyScopeAttribute(string schemaKey) => SchemaKey = schemaKey;

        public string SchemaKey { get; }
    }

    /// <summary>
    /// On a property of a generated table: this cell is derived by the named total rule, so it should be
    /// recomputed (RecomputeTotals) rather than set by hand after its parts change (SG2003).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public sealed class DerivedCellAttribute : Attribute
    {
        public DerivedCellAttribute(string invariantId) => InvariantId = invariantId;

        public string InvariantId { get; }
    }

    /// <summary>
    /// On an assembly built with the SchemaGen generator: the schema YAML its code was generated from. A project that
    /// references the assembly gets every analyzer driven by this text, with no YAML of its own (and so no second copy
    /// of the generated types, no CS0436).
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class EmbeddedSchemaAttribute : Attribute
    {
        /// <param name="schemaKey">gov-info-annual-report@2021.</param>
        /// <param name="generatedNamespace">The namespace the types were generated into.</param>
        /// <param name="yaml">The schema file's text.</param>
        public EmbeddedSchemaAttribute(string schemaKey, string generatedNamespace, string yaml)
        {
            SchemaKey = schemaKey;
            GeneratedNamespace = generatedNamespace;
            Yaml = yaml;
        }

        public string SchemaKey { get; }
        public string GeneratedNamespace { get; }
        public string Yaml { get; }
    }
    /// <summary>
    /// Marks a generated member that an earlier version of the schema had under this name and this version has under
    /// <see cref="NewName"/> (a migration's rename, or a team's <c>renamed-from:</c>): the member forwards to it and is
    /// [Obsolete] with diagnostic <see cref="DiagnosticId"/>, whose code fix rewrites the use to the new name.
    /// Removed members are [Obsolete] errors with <see cref="RemovedDiagnosticId"/> and carry no such mark.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public sealed class RenamedMemberAttribute : Attribute
    {
        /// <summary>The id of the obsolete warning on a use of a renamed member (compiler-reported through ObsoleteAttribute.DiagnosticId).</summary>
        public const string DiagnosticId = "SG2008";

        /// <summary>The id of the obsolete error on a use of a removed member.</summary>
        public const string RemovedDiagnosticId = "SG2009";

        public RenamedMemberAttribute(string newName) => NewName = newName;

        /// <summary>The member this one forwards to, in the same type.</summary>
        public string NewName { get; }
    }
}
