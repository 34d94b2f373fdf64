using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Spec
{
    /// <summary>
    /// What Converter.scriban writes for a newer schema whose migration names an older one in the same compilation:
    /// the converter methods, and the migration map as data (every older cell and where it goes). Facts only.
    /// </summary>
    public sealed record ConverterSpec(
        string GeneratorVersion,
        CSharpName Namespace,
        CSharpName ClassName,
        CSharpName MethodName,
        CSharpName Model,
        CSharpName FormatClass,
        CSharpName OldNamespace,
        CSharpName OldModel,
        CSharpName OldSchemaClass,
        CSharpName NewSchemaClass,
        string FromKey,
        string ToKey,
        string Summary,
        EquatableArray<Text> RuleDescriptions,
        EquatableArray<CSharpName> TextSections,
        EquatableArray<ConverterTableSpec> Tables,
        EquatableArray<MapCellSpec> Map,
        EquatableArray<RowSplitSpec> RowSplits);

    /// <summary>The statements for one table of the older report, in a method of their own.</summary>
    public sealed record ConverterTableSpec(CSharpName MethodName, string OlderVersion, string TableId, string Title, EquatableArray<CarrySpec> Carries, EquatableArray<LossSpec> Losses);

    /// <summary><c>report.{Target} = …;</c>: one cell of the newer report, from one older cell or, through a merge, the sum of several.</summary>
    public sealed record CarrySpec(CSharpName Target, EquatableArray<CarryPartSpec> Parts)
    {
        public bool IsSum => Parts.Count > 1;
    }

    public enum CarryKind
    {
        /// <summary>The figure as it is.</summary>
        AsIs,
        /// <summary>The figure as it is, with a caveat recorded.</summary>
        WithCaveat,
        /// <summary>An amount into a whole-number cell: carried only when whole.</summary>
        AsCount,
    }

    /// <summary>One older cell's contribution to a carry.</summary>
    public sealed record CarryPartSpec(CSharpName Source, CarryKind Kind, string? Caveat, string FromTable, string FromRow, string FromColumn, string ToTable, string ToRow, string ToColumn)
    {
        public bool IsAsIs => Kind == CarryKind.AsIs;
        public bool IsWithCaveat => Kind == CarryKind.WithCaveat;
    }

    /// <summary>An older cell with no place in the newer version, and why.</summary>
    public sealed record LossSpec(CSharpName Source, string Table, string Row, string Column, string Reason);

    /// <summary>A split rule between rows of one table, as data: the older leaf row, the newer leaf rows it became, the one carrying its figures.</summary>
    public sealed record RowSplitSpec(string Table, string FromRow, EquatableArray<Text> ToRows, string? CarryInto, string? Note);

    /// <summary>One entry of the migration map as data.</summary>
    public sealed record MapCellSpec(string FromTable, string FromRow, string FromColumn, string? ToTable, string? ToRow, string? ToColumn, string? Caveat, string? Reason);
}
