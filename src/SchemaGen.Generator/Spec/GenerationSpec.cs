using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Spec
{
    // The emitter's input: the facts the templates write, decided from the semantic model (SpecBuilder). Names are
    // checked CSharpNames; text is plain strings the templates pass through an escaper; kinds are the runtime's enums;
    // numbers are numbers. No C# is built here. Value-equatable, so the incremental pipeline caches on it.

    public sealed record GenerationSpec(
        string SchemaPath,
        string GeneratorVersion,
        CSharpName Namespace,
        CSharpName Model,
        CSharpName SchemaClass,
        CSharpName ParserClass,
        CSharpName ValidatorClass,
        CSharpName FormatClass,
        string SchemaKey,
        string FormatId,
        string Version,
        string Title,
        string Notice,
        string? Description,
        int? YearFrom,
        int? YearTo,
        string? MigratesFrom,
        EquatableArray<TextSectionSpec> TextSections,
        EquatableArray<SectionDescriptorSpec> Sections,
        EquatableArray<TableModelSpec> Tables,
        EquatableArray<InvariantDescriptorSpec> Invariants,
        EquatableArray<CheckSpec> CrossYearChecks)
    {
        /// <summary>The figures the prose restates: descriptor facts, and cells the validator compares them with.</summary>
        public EquatableArray<ProseEntrySpec> Prose { get; init; } = EquatableArray<ProseEntrySpec>.Empty;

        /// <summary>The generated records that keep renamed or removed members (the report record, tables, and their nested records).</summary>
        public EquatableArray<ChangedTypeSpec> Changes { get; init; } = EquatableArray<ChangedTypeSpec>.Empty;
    }

    /// <summary>
    /// A generated record that keeps members of an earlier version: those members, the record's own properties (written
    /// out in its PrintMembers, so that ToString leaves the obsolete ones out), and nested records that keep some too.
    /// </summary>
    public sealed record ChangedTypeSpec(CSharpName Name, EquatableArray<ChangedMemberSpec> Members, EquatableArray<CSharpName> Printed, EquatableArray<ChangedTypeSpec> Nested)
    {
        public bool HasMembers => Members.Count > 0;
    }

    /// <summary>
    /// A member code written against an earlier version uses: renamed (<see cref="Target"/> is the member it forwards
    /// to) or removed (kept only so that its use is an error that says why). Its type is a class (<see cref="Class"/>),
    /// a cell type (<see cref="Cell"/>), or, for a removed table, neither. <see cref="Settable"/> members have a setter
    /// (columns), the others an init accessor (rows, tables).
    /// </summary>
    public sealed record ChangedMemberSpec(CSharpName Name, CSharpName? Target, CSharpName? Class, CellType? Cell, bool Settable, string Message)
    {
        public bool IsRemoved => Target is null;

        public bool IsCount => Cell == CellType.Count;

        public bool IsCell => Cell.HasValue;
    }

    /// <summary>A prose figure: its id, table, label, the cells whose sum it restates, and its phrases as regular expressions.</summary>
    public sealed record ProseEntrySpec(int Index, string Id, CSharpName Table, string Label, EquatableArray<CellSpec> Cells, EquatableArray<Text> Expressions);

    /// <summary>A prose section: a string property of the report.</summary>
    public sealed record TextSectionSpec(CSharpName Id, string Heading, string? Description);

    public sealed record SectionDescriptorSpec(string Id, string Number, string Label, EquatableArray<Text> Aliases, bool IsText, EquatableArray<Text> Tables);

    /// <summary>One table: its record (rows, groups, the Row record's columns), its cells, derived totals, rule instances and descriptor nodes.</summary>
    public sealed record TableModelSpec(
        CSharpName Id,
        CSharpName ClassName,
        string? Caption,
        string Label,
        string? Description,
        string Section,
        string? Stub,
        EquatableArray<Text> HeaderNotes,
        CellKind Cell,
        EquatableArray<MemberSpec> Members,
        EquatableArray<GroupSpec> Groups,
        EquatableArray<ColumnPropertySpec> Columns,
        EquatableArray<LeafRowSpec> Rows,
        EquatableArray<RecomputeSpec> Recomputes,
        EquatableArray<CheckSpec> Checks,
        EquatableArray<NodeSpec> ColumnNodes,
        EquatableArray<int> ColumnRoots,
        EquatableArray<NodeSpec> RowNodes,
        EquatableArray<int> RowRoots);

    /// <summary>A property of the table or of a group: a row (of type Row) or a row group (of its group record).</summary>
    public sealed record MemberSpec(CSharpName Name, CSharpName TypeName, string NumberedLabel, string? Description, string? DerivedBy);

    /// <summary>A row group: a nested record with its own members.</summary>
    public sealed record GroupSpec(CSharpName ClassName, string NumberedLabel, string? Description, EquatableArray<MemberSpec> Members);

    /// <summary>A leaf column: a property of the table's Row record, and a parameter of its constructor.</summary>
    public sealed record ColumnPropertySpec(int Ordinal, CSharpName Name, CSharpName Parameter, CellType Type, string Id, string LabelPath, string? Unit, string? Description, string? DerivedBy)
    {
        public bool IsCount => Type == CellType.Count;
    }

    /// <summary>A leaf row and its cells, in column order.</summary>
    public sealed record LeafRowSpec(int Ordinal, string Path, EquatableArray<CellSpec> Cells);

    /// <summary>
    /// One cell: its place (row and column ordinals, and <see cref="Index"/> in the table's row-major order), the member
    /// path that reaches it from the table (Outcomes.Granted.NaturalPerson), its type, kind, scale and official labels.
    /// </summary>
    public sealed record CellSpec(
        int Index, int Row, int Column, string RowPath, string ColumnId, CSharpName Access,
        CellType Type, CellKind Kind, int Scale, string RowLabel, string ColumnLabelPath, string ColumnLabel)
    {
        public bool IsCount => Type == CellType.Count;
    }

    /// <summary>A derived cell (its member path, leaf row path and column id) and the signed parts it is the sum of, in dependency order.</summary>
    public sealed record RecomputeSpec(CSharpName Target, string TargetRow, string TargetColumn, EquatableArray<PartSpec> Parts, string InvariantId);

    public sealed record PartSpec(CSharpName Access, string Row, string Column, bool Negated);

    /// <summary>One instance of one invariant, to be evaluated with constants and direct member access.</summary>
    public sealed record CheckSpec(
        int InvariantIndex, string InvariantId, string Instance, string Rule,
        EquatableArray<OperandSpec> Left, decimal LeftConstant, EquatableArray<OperandSpec> Right, decimal RightConstant, Comparison Comparison);

    /// <summary>One cell of a rule instance: its table (the report property), its index there and member path, its sign, and whether it is derived or last year's.</summary>
    public sealed record OperandSpec(CSharpName Table, int CellIndex, CSharpName Access, CellType Type, int Sign, bool IsDerived, bool Previous)
    {
        public bool IsCount => Type == CellType.Count;
    }

    /// <summary>A descriptor node, declared before its parent (<see cref="Children"/> are indexes of earlier nodes).</summary>
    public sealed record NodeSpec(int Index, string Id, string Path, string? Number, string Label, EquatableArray<Text> Aliases,
        CellKind? Kind, string? Unit, int? Scale, bool Unlabeled, EquatableArray<int> Children)
    {
        public bool HasKind => Kind.HasValue;
    }

    /// <summary>An invariant for the descriptor, with its rule resolved to leaves (the descriptor's RuleTerms).</summary>
    public sealed record InvariantDescriptorSpec(int Index, string Id, string Table, RuleAxis ForEach, InvariantKind Kind, bool AcrossYears, FindingSeverity Severity,
        string Rule, string Message, string? Standing,
        EquatableArray<TermSpec> Left, decimal LeftConstant, Comparison Comparison, EquatableArray<TermSpec> Right, decimal RightConstant);

    /// <summary>One leaf of a resolved rule: a row path or a column id, its sign, and whether it is last year's.</summary>
    public sealed record TermSpec(string Leaf, int Sign, bool Previous);

    /// <summary>Every format generated in one compilation, oldest first: the list tools read instead of naming versions.</summary>
    public sealed record FormatListSpec(string GeneratorVersion, EquatableArray<FormatReference> Formats);

    public sealed record FormatReference(CSharpName Namespace, CSharpName FormatClass, string Key);

    /// <summary>A schema's text, embedded as an assembly attribute so that referencing projects are analyzed against it (line ends normalized).</summary>
    public sealed record EmbeddedSchemaSpec(string GeneratorVersion, string Key, CSharpName Namespace, string Yaml);
}
