using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Schema.Semantics
{
    // The resolved model of one schema, built once from the loaded document (SchemaModelBuilder) and read by the
    // generator, the analyzers, the docs, the change report and the CLI. Value-equatable and free of source
    // positions, so it sits in the incremental pipeline and a comment-only edit of the YAML leaves it equal.

    /// <summary>
    /// One schema, resolved: its declaration (without source positions), the names the generator emits, every table
    /// with its axes, cells and derived totals, and every invariant with its instances. Parts that have schema errors
    /// are left out (their SG1xxx diagnostics say why), so what remains is always consistent.
    /// </summary>
    public sealed record SchemaModel(
        SchemaDocument Declaration,
        GeneratedNames Names,
        EquatableArray<TableModel> Tables,
        EquatableArray<RuleModel> Rules)
    {
        public string Path => Declaration.Path;

        public EquatableArray<SectionSpec> Sections => Declaration.Sections;

        public FormatInfo Format => Declaration.Format;

        /// <summary>gov-info-annual-report@2021.</summary>
        public string Key => Declaration.Key;

        /// <summary>The declared migration block (null when there is none, or when it has errors).</summary>
        public MigrationSpec? Migration => Declaration.Migration;

        /// <summary>The figures the report's prose restates, resolved to cells, with the expressions that find them.</summary>
        public EquatableArray<ProseModel> Prose { get; init; } = EquatableArray<ProseModel>.Empty;

        /// <summary>Members code written against an earlier version uses: renamed ones forward, removed ones say why (<see cref="MemberChanges"/>).</summary>
        public EquatableArray<MemberChange> Changes { get; init; } = EquatableArray<MemberChange>.Empty;

        public TableModel? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);

        public RuleModel? Rule(string invariantId) => Rules.FirstOrDefault(r => r.Id == invariantId);

        /// <summary>The text sections: each is a string property of the report model.</summary>
        public IEnumerable<SectionSpec> TextSections => Sections.Where(s => s.Kind == SectionKind.Text);
    }

    /// <summary>The C# names the generator emits for a schema: one place decides them, and every one is checked for clashes.</summary>
    public sealed record GeneratedNames(string Namespace, string Model)
    {
        /// <summary>The names for a format: its namespace unless the SchemaGenNamespace metadata overrides it.</summary>
        public static GeneratedNames Of(FormatInfo format, string? namespaceOverride)
            => new GeneratedNames(string.IsNullOrWhiteSpace(namespaceOverride) ? format.Namespace : namespaceOverride!.Trim(), format.Model);

        public string SchemaClass => Model + "Schema";
        public string ParserClass => Model + "Parser";
        public string ValidatorClass => Model + "Validator";
        public string FormatClass => Model + "Format";
        public string MigrationClass => Model + "Migration";

        /// <summary>Every type the generator declares in <see cref="Namespace"/> apart from the tables'.</summary>
        public IEnumerable<string> FixedTypes => new[] { Model, SchemaClass, ParserClass, ValidatorClass, FormatClass, MigrationClass };

        /// <summary>Where the list of every format in a compilation goes (the FormatList template writes these two names).</summary>
        public const string FormatListNamespace = "SchemaGen.Generated";

        public const string FormatListClass = "ReportFormats";

        public static string TableClass(string tableId) => tableId + "Table";

        public static string GroupClass(string rowId) => rowId + "Group";

        /// <summary>The nested record of a table that holds one row's figures.</summary>
        public const string RowClass = "Row";

        /// <summary>"FromV2019": the converter method for an older version.</summary>
        public static string ConverterMethod(string olderVersion) => "FromV" + new string(olderVersion.Where(char.IsLetterOrDigit).ToArray());

        /// <summary>
        /// A constructor parameter for a column property: the id in camel case, a keyword escaped with @ (the property is
        /// assigned through this., so the two may coincide, as a column named value does).
        /// </summary>
        public static string ParameterName(string columnId)
        {
            if (columnId.Length == 0) return columnId;
            string camel = char.ToLowerInvariant(columnId[0]) + columnId.Substring(1);
            return Naming.IsKeyword(camel) ? "@" + camel : camel;
        }
    }

    /// <summary>What generated code stores a cell in: a whole number or a decimal, both nullable (blank = not stated).</summary>
    public enum CellType
    {
        /// <summary><c>int?</c>: every cell of the column is a count.</summary>
        Count,
        /// <summary><c>decimal?</c>: some cell of the column is an amount.</summary>
        Amount,
    }

    public static class CellTypes
    {
        /// <summary>The one decision: an amount is stored as decimal?, a count (signed or not) as int?. A column is decimal? when any of its cells is.</summary>
        public static CellType Of(CellKind kind) => kind == CellKind.Amount ? CellType.Amount : CellType.Count;

        /// <summary>How C# spells the type (messages and code fixes; the templates write the same).</summary>
        public static string CSharpName(CellType type) => type == CellType.Amount ? "decimal?" : "int?";
    }

    /// <summary>
    /// One table: its declaration (span-free), its leaf columns and rows in order, every cell, and the derived cells
    /// in an order in which recomputing them is correct.
    /// </summary>
    public sealed record TableModel(
        TableSpec Declaration,
        string ClassName,
        EquatableArray<ColumnModel> Columns,
        EquatableArray<RowModel> Rows,
        EquatableArray<CellModel> Cells,
        EquatableArray<Derivation> Recomputes)
    {
        public string Id => Declaration.Id;

        public CellModel Cell(int row, int column) => Cells[row * Columns.Count + column];

        public RowModel? Row(string path) => Rows.FirstOrDefault(r => r.Path == path);

        public ColumnModel? Column(string id) => Columns.FirstOrDefault(c => c.Id == id);

        /// <summary>The cell at leaf row path × leaf column id, or null.</summary>
        public CellModel? Cell(CellKey key)
        {
            RowModel? row = Row(key.Row);
            ColumnModel? column = Column(key.Column);
            return row is null || column is null ? null : Cell(row.Ordinal, column.Ordinal);
        }
    }

    /// <summary>A leaf column: its node, its place among the leaves, its label under its groups' and the type generated code stores it in.</summary>
    public sealed record ColumnModel(AxisNode Node, int Ordinal, string LabelPath, CellType Type, string? DerivedBy)
    {
        public string Id => Node.Id;
        public string Path => Node.Path;
    }

    /// <summary>A leaf row: its node and its place among the leaves. <see cref="DerivedBy"/> names the total rule that derives it for each column.</summary>
    public sealed record RowModel(AxisNode Node, int Ordinal, string? DerivedBy)
    {
        public string Id => Node.Id;
        public string Path => Node.Path;
    }

    /// <summary>
    /// One cell: leaf row × leaf column, its kind and scale (the decimals it allows), the type it is stored in, and the
    /// total rules that derive it (a blank derived cell makes its rule instances not assessable).
    /// </summary>
    public sealed record CellModel(int Row, int Column, string RowPath, string ColumnId, CellKind Kind, int Scale, CellType Type, EquatableArray<Text> DerivedBy)
    {
        public bool IsDerived => DerivedBy.Count > 0;

        public CellKey Key => new CellKey(RowPath, ColumnId);
    }

    /// <summary>
    /// A prose figure (rule I): its declaration, the cells whose sum it restates, and each phrase as the regular
    /// expression it is matched with (its {n} replaced by the accepted number forms, as the named group n).
    /// </summary>
    public sealed record ProseModel(ProseSpec Declaration, EquatableArray<CellKey> Cells, EquatableArray<Text> Expressions)
    {
        public string Id => Declaration.Id;
        public string Table => Declaration.Table;
        public string Label => Declaration.Label;
    }

    /// <summary>An invariant resolved to leaves, with one instance per leaf of its for-each axis.</summary>
    public sealed record RuleModel(ResolvedRule Resolved, EquatableArray<RuleInstance> Instances)
    {
        public InvariantSpec Invariant => Resolved.Invariant;

        public string Id => Invariant.Id;

        public Comparison Operator => Resolved.Expression.Operator;

        /// <summary>The leaves (row paths or column ids) this rule reads from last year's report.</summary>
        public IEnumerable<string> PreviousYearLeaves => Resolved.Operands.Where(o => o.Previous).Select(o => o.LeafPath).Distinct();
    }

    /// <summary>The rule checked for one leaf (<see cref="Key"/>: a column id or a row path): its cells on each side.</summary>
    public sealed record RuleInstance(string Key, EquatableArray<InstanceCell> Left, EquatableArray<InstanceCell> Right)
    {
        public IEnumerable<InstanceCell> Operands => Left.Concat(Right);
    }

    /// <summary>One cell of a rule instance: by ordinals in its table, with its sign, whether it is last year's, and whether a total rule derives it.</summary>
    public sealed record InstanceCell(int Row, int Column, int Sign, bool Previous, bool IsDerived);
}
