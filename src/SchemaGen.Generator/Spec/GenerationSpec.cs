using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Spec
{
    // The emitter's input: everything the templates write, already decided (names, C# types, literals),
    // so that the templates only lay text out. Value-equatable, so the incremental pipeline caches on it.

    public sealed record GenerationSpec(
        string SchemaPath,
        string Namespace,
        string HintPrefix,
        string GeneratorVersion,
        string SchemaKey,
        string FormatId,
        string Version,
        string ModelName,
        string SchemaClass,
        string ParserClass,
        string ValidatorClass,
        string TitleLiteral,
        string NoticeLiteral,
        string DocSummary,
        string YearFromLiteral,
        string YearToLiteral,
        EquatableArray<TextSectionSpec> TextSections,
        EquatableArray<SectionDescriptorSpec> Sections,
        EquatableArray<TableModelSpec> Tables,
        EquatableArray<InvariantDescriptorSpec> Invariants,
        EquatableArray<CrossYearCheckSpec> CrossYearChecks);

    /// <summary>A prose section: a string property of the report.</summary>
    public sealed record TextSectionSpec(string Id, string Doc);

    public sealed record SectionDescriptorSpec(string Id, string NumberLiteral, string LabelLiteral, string AliasesLiteral, bool IsText, string TablesLiteral);

    public sealed record TableModelSpec(
        string Id,
        string ClassName,
        string Doc,
        string RowDoc,
        string CellType,
        EquatableArray<MemberSpec> Members,
        EquatableArray<GroupSpec> Groups,
        EquatableArray<ColumnPropertySpec> Columns,
        EquatableArray<CellSpec> Cells,
        EquatableArray<RecomputeSpec> Recomputes,
        EquatableArray<CheckSpec> Checks,
        EquatableArray<NodeSpec> ColumnNodes,
        EquatableArray<NodeSpec> RowNodes,
        string ColumnsRootLiteral,
        string RowsRootLiteral,
        string SectionIdLiteral,
        string CaptionLiteral,
        string LabelLiteral,
        string StubLiteral,
        string HeaderNotesLiteral,
        string CellKindLiteral);

    /// <summary>A property of the table or of a group: a row (type Row) or a nested group.</summary>
    public sealed record MemberSpec(string Name, string TypeName, string Doc, string RowId, string? DerivedBy);

    /// <summary>A row group: a nested record with its own members.</summary>
    public sealed record GroupSpec(string ClassName, string Doc, EquatableArray<MemberSpec> Members);

    /// <summary>A leaf column: a property of the table's Row record.</summary>
    public sealed record ColumnPropertySpec(string Name, string ParameterName, string CellType, string Doc, string ColumnId, string? DerivedBy);

    /// <summary>One cell: where it lives on the model and how it is read.</summary>
    public sealed record CellSpec(string RowPath, string ColumnId, string Access, string FieldName, string RowLabelLiteral, string ColumnLabelLiteral, string ReadMethod, string ValueExpression);

    /// <summary>One derived cell and the parts it is recomputed from, in dependency order.</summary>
    public sealed record RecomputeSpec(string Target, string Sum, string InvariantId);

    /// <summary>One instance of one invariant: the operand arrays for ValidationBuilder.Check.</summary>
    public sealed record CheckSpec(string InvariantId, string Instance, string Rule, string LeftOperands, string LeftConstant, string RightOperands, string RightConstant, string Comparison);

    /// <summary>A descriptor node in post-order (children are declared before their parent).</summary>
    public sealed record NodeSpec(string Variable, string IdLiteral, string PathLiteral, string NumberLiteral, string LabelLiteral, string AliasesLiteral, string KindLiteral, string UnitLiteral, string ScaleLiteral, bool Unlabeled, string ChildrenLiteral);

    public sealed record InvariantDescriptorSpec(string IdLiteral, string TableLiteral, string ForEach, string Kind, bool AcrossYears, string Severity, string RuleLiteral, string MessageLiteral, string StandingLiteral, string TermsLiteral);

    /// <summary>An instance of an across-years invariant, comparing two reports.</summary>
    public sealed record CrossYearCheckSpec(string InvariantId, string Instance, string Rule, string LeftOperands, string LeftConstant, string RightOperands, string RightConstant, string Comparison);
}
