using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Descriptors
{
    public enum CellKind
    {
        /// <summary>A non-negative whole number.</summary>
        Count,
        /// <summary>A whole number that may be negative (a change such as 本年增/减).</summary>
        SignedCount,
        /// <summary>A non-negative decimal amount (its unit on the column).</summary>
        Amount,
    }

    /// <summary>An axis of a table: its rows or its columns. An invariant is checked for each leaf of one axis and names leaves of the other.</summary>
    public enum RuleAxis { Row, Column }

    public enum InvariantKind
    {
        /// <summary><c>Cell == parts</c>: the left cell is derived from the parts and can be recomputed.</summary>
        Total,
        /// <summary>Two sums that must be equal; neither side is derived.</summary>
        Equation,
        /// <summary>An inequality.</summary>
        Bound,
    }

    /// <summary>The comparison of a rule's two sides.</summary>
    public enum Comparison { Equal, LessOrEqual, GreaterOrEqual, Less, Greater }

    /// <summary>
    /// A schema as data, emitted by the generator for each format version so that code can walk the
    /// format (sections, tables, rows, columns, invariants) without reflection.
    /// </summary>
    public sealed class SchemaDescriptor
    {
        public SchemaDescriptor(string formatId, string version, string title, string notice, int? reportYearFrom, int? reportYearTo,
            IReadOnlyList<SectionDescriptor> sections, IReadOnlyList<TableDescriptor> tables, IReadOnlyList<InvariantDescriptor> invariants)
        {
            FormatId = formatId;
            Version = version;
            Title = title;
            Notice = notice;
            ReportYearFrom = reportYearFrom;
            ReportYearTo = reportYearTo;
            Sections = sections;
            Tables = tables;
            Invariants = invariants;
        }

        public string FormatId { get; }
        public string Version { get; }
        public string Title { get; }
        public string Notice { get; }
        public int? ReportYearFrom { get; }
        public int? ReportYearTo { get; }
        public IReadOnlyList<SectionDescriptor> Sections { get; }
        public IReadOnlyList<TableDescriptor> Tables { get; }
        public IReadOnlyList<InvariantDescriptor> Invariants { get; }

        /// <summary>The figures the report's prose restates (the schema's <c>prose:</c> list).</summary>
        public IReadOnlyList<Prose.ProseDescriptor> Prose { get; init; } = System.Array.Empty<Prose.ProseDescriptor>();

        public string Key => FormatId + "@" + Version;

        private KeyIndex? _tableKeys, _sectionKeys, _invariantKeys;

        /// <summary>The keys of the tables (see <see cref="SchemaKeys"/> for what a key is).</summary>
        public KeyIndex TableKeys => _tableKeys ??= new KeyIndex(Tables.Select(t => SchemaKeys.Table(t.Id, t.Label, t.Caption)));

        public KeyIndex SectionKeys => _sectionKeys ??= new KeyIndex(Sections.Select(s => SchemaKeys.Section(s.Id, s.Label, s.Heading, s.Aliases)));

        public KeyIndex InvariantKeys => _invariantKeys ??= new KeyIndex(Invariants.Select(i => SchemaKeys.Invariant(i.Id, i.Message)));

        /// <summary>A table by key: its id, its official label (with or without caption), in Simplified or Traditional characters.</summary>
        /// <exception cref="ArgumentException">No table, or several, has that key; the message names the closest keys.</exception>
        public TableDescriptor Table([SchemaKey(SchemaKeyKind.Table)] string id)
            => TablesById.TryGetValue(id ?? "", out TableDescriptor? table)
                ? table
                : TableById(TableKeys.Require(id!, "table", "schema " + Key, nameof(id)).Canonical);

        /// <summary>A table by key, or null.</summary>
        public TableDescriptor? FindTable(string key) => TableKeys.Find(key) is { } element ? TableById(element.Canonical) : null;

        /// <summary>A section by key: its id, label, heading (一、总体情况) or an alias.</summary>
        /// <exception cref="ArgumentException">No section, or several, has that key; the message names the closest keys.</exception>
        public SectionDescriptor Section([SchemaKey(SchemaKeyKind.Section)] string id)
        {
            if (SectionsById.TryGetValue(id ?? "", out SectionDescriptor? section)) return section;
            return SectionsById[SectionKeys.Require(id!, "section", "schema " + Key, nameof(id)).Canonical];
        }

        /// <exception cref="ArgumentException">No invariant has that id; the message names the closest ids.</exception>
        public InvariantDescriptor Invariant([SchemaKey(SchemaKeyKind.Invariant)] string id)
        {
            string canonical = InvariantKeys.Require(id, "invariant", "schema " + Key, nameof(id)).Canonical;
            return Invariants.First(i => i.Id == canonical);
        }

        private TableDescriptor TableById(string id) => TablesById[id];

        // An id is always its element's key (identities are looked up first), and reading and checking ask by id for
        // every table of every report: one dictionary read instead of folding the key and composing the error's context.
        private Dictionary<string, TableDescriptor>? _tablesById;
        private Dictionary<string, SectionDescriptor>? _sectionsById;
        private Dictionary<string, TableDescriptor> TablesById
            => _tablesById ??= Tables.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        private Dictionary<string, SectionDescriptor> SectionsById
            => _sectionsById ??= Sections.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public override string ToString() => Key;
    }

    public sealed class SectionDescriptor
    {
        public SectionDescriptor(string id, string number, string label, IReadOnlyList<string> aliases, bool isText, IReadOnlyList<string> tableIds)
        {
            Id = id;
            Number = number;
            Label = label;
            Aliases = aliases;
            IsText = isText;
            TableIds = tableIds;
        }

        public string Id { get; }
        public string Number { get; }
        public string Label { get; }
        public IReadOnlyList<string> Aliases { get; }
        public bool IsText { get; }
        public IReadOnlyList<string> TableIds { get; }

        /// <summary>The heading as printed: 一、总体情况.</summary>
        public string Heading => Number + "、" + Label;

        public override string ToString() => Heading;
    }

    public sealed class TableDescriptor
    {
        public TableDescriptor(string id, string sectionId, string? caption, string label, string? stub, IReadOnlyList<string> headerNotes,
            CellKind cell, IReadOnlyList<AxisNodeDescriptor> columns, IReadOnlyList<AxisNodeDescriptor> rows)
        {
            Id = id;
            SectionId = sectionId;
            Caption = caption;
            Label = label;
            Stub = stub;
            HeaderNotes = headerNotes;
            Cell = cell;
            Columns = columns;
            Rows = rows;
            LeafColumns = AxisNodeDescriptor.Leaves(columns).ToArray();
            LeafRows = AxisNodeDescriptor.Leaves(rows).ToArray();
        }

        public string Id { get; }
        public string SectionId { get; }
        /// <summary>The block caption printed above the table, such as 第二十条第（一）项, or null.</summary>
        public string? Caption { get; }
        public string Label { get; }
        /// <summary>The text of the top-left (stub) header cell, such as 信息内容.</summary>
        public string? Stub { get; }
        /// <summary>Other header texts that carry no column of their own, such as 申请人情况.</summary>
        public IReadOnlyList<string> HeaderNotes { get; }
        public CellKind Cell { get; }
        public IReadOnlyList<AxisNodeDescriptor> Columns { get; }
        public IReadOnlyList<AxisNodeDescriptor> Rows { get; }
        public IReadOnlyList<AxisNodeDescriptor> LeafColumns { get; }
        public IReadOnlyList<AxisNodeDescriptor> LeafRows { get; }

        /// <summary>True when the table's rows print no labels (table 四's single row of figures).</summary>
        public bool HasUnlabeledRows => LeafRows.Any(r => r.Unlabeled);

        private KeyIndex? _rowKeys, _columnKeys;
        private Dictionary<string, AxisNodeDescriptor>? _rowsByPath, _columnsByCanonical;

        /// <summary>The keys of the rows, groups included (see <see cref="SchemaKeys"/>).</summary>
        public KeyIndex RowKeys => _rowKeys ??= new KeyIndex(AxisNodeDescriptor.All(Rows).Select(r => SchemaKeys.Row(r.Path, r.Id, r.Label, r.NumberedLabel, r.Aliases, r.IsLeaf)));

        /// <summary>The keys of the columns, groups included (see <see cref="SchemaKeys"/>).</summary>
        public KeyIndex ColumnKeys => _columnKeys ??= new KeyIndex(AxisNodeDescriptor.All(Columns).Select(c =>
            SchemaKeys.Column(c.Path, c.Id, c.Label, c.IsLeaf ? LabelPathOf(c) : null, c.Aliases, c.IsLeaf)));

        /// <summary>A row by key (path, or a bare id, label or alias that names one row of the table), or null.</summary>
        public AxisNodeDescriptor? FindRow(string key) => RowKeys.Find(key) is { } element ? RowByPath(element.Canonical) : null;

        /// <summary>A column by key (id, path, or a label, label path or alias that names one column of the table), or null.</summary>
        public AxisNodeDescriptor? FindColumn(string key) => ColumnKeys.Find(key) is { } element ? ColumnByCanonical(element.Canonical) : null;

        /// <exception cref="ArgumentException">No row, or several, has that key; the message names the closest keys.</exception>
        public AxisNodeDescriptor Row(string key, bool leafOnly = false)
            => RowByPath(RowKeys.Require(key, "row", "table " + Id, nameof(key), leafOnly).Canonical);

        /// <exception cref="ArgumentException">No column, or several, has that key; the message names the closest keys.</exception>
        public AxisNodeDescriptor Column(string key, bool leafOnly = false)
            => ColumnByCanonical(ColumnKeys.Require(key, "column", "table " + Id, nameof(key), leafOnly).Canonical);

        private AxisNodeDescriptor RowByPath(string path)
            => (_rowsByPath ??= AxisNodeDescriptor.All(Rows).GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))[path];

        private AxisNodeDescriptor ColumnByCanonical(string canonical)
            => (_columnsByCanonical ??= AxisNodeDescriptor.All(Columns).GroupBy(c => c.IsLeaf ? c.Id : c.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))[canonical];

        /// <summary>The kind of a cell: the column's, else the row's, else the table's.</summary>
        public CellKind KindOf(AxisNodeDescriptor row, AxisNodeDescriptor column) => column.Kind ?? row.Kind ?? Cell;

        /// <summary>A column's label under the labels of its groups (行政诉讼 › 复议后起诉 › 总计); the node's own label when it is not a column of this table.</summary>
        public string LabelPathOf(AxisNodeDescriptor column)
            => (_labelPaths ??= LabelPaths()).TryGetValue(column, out string? path) ? path : column.Label;

        // Asked for every cell a message or a prose figure names: worked out once for every column node, in one walk. The
        // first path to a node is its path (a node stands once in the tree); nodes compare by reference.
        private Dictionary<AxisNodeDescriptor, string>? _labelPaths;

        private Dictionary<AxisNodeDescriptor, string> LabelPaths()
        {
            var paths = new Dictionary<AxisNodeDescriptor, string>();
            var labels = new List<string>();
            void Walk(IReadOnlyList<AxisNodeDescriptor> nodes)
            {
                foreach (AxisNodeDescriptor node in nodes)
                {
                    labels.Add(node.Label);
                    if (!paths.ContainsKey(node)) paths.Add(node, LabelPath.Join(labels));
                    Walk(node.Children);
                    labels.RemoveAt(labels.Count - 1);
                }
            }
            Walk(Columns);
            return paths;
        }

        /// <summary>The decimal places a cell allows (0 for whole numbers).</summary>
        public int ScaleOf(AxisNodeDescriptor row, AxisNodeDescriptor column)
            => KindOf(row, column) == CellKind.Amount ? column.Scale ?? row.Scale ?? DefaultAmountScale : 0;

        /// <summary>The decimals an amount allows when neither its column nor its row gives a scale.</summary>
        public const int DefaultAmountScale = 6;

        public override string ToString() => Caption is null ? Label : Caption + " " + Label;
    }

    /// <summary>A row or a column. Groups (nodes with children) carry no figures.</summary>
    public sealed class AxisNodeDescriptor
    {
        public AxisNodeDescriptor(string id, string path, string? number, string label, IReadOnlyList<string> aliases,
            CellKind? kind, string? unit, int? scale, bool unlabeled, IReadOnlyList<AxisNodeDescriptor> children)
        {
            Id = id;
            Path = path;
            Number = number;
            Label = label;
            Aliases = aliases;
            Kind = kind;
            Unit = unit;
            Scale = scale;
            Unlabeled = unlabeled;
            Children = children;
        }

        public string Id { get; }
        /// <summary>Dotted id path from the top of the axis: Outcomes.Withheld.StateSecret.</summary>
        public string Path { get; }
        public string? Number { get; }
        public string Label { get; }
        public IReadOnlyList<string> Aliases { get; }
        public CellKind? Kind { get; }
        public string? Unit { get; }
        public int? Scale { get; }
        public bool Unlabeled { get; }
        public IReadOnlyList<AxisNodeDescriptor> Children { get; }

        public bool IsLeaf => Children.Count == 0;

        /// <summary>The label as printed, number included: （一）予以公开, 1.属于国家秘密, 一、本年新收….</summary>
        public string NumberedLabel => Number is null ? Label
            : Number.EndsWith(".", StringComparison.Ordinal) || Number.StartsWith("（", StringComparison.Ordinal) ? Number + Label
            : Number + "、" + Label;

        public IEnumerable<AxisNodeDescriptor> Leaves() => IsLeaf ? new[] { this } : Leaves(Children);

        public static IEnumerable<AxisNodeDescriptor> Leaves(IEnumerable<AxisNodeDescriptor> nodes) => nodes.SelectMany(n => n.Leaves());

        public static IEnumerable<AxisNodeDescriptor> All(IEnumerable<AxisNodeDescriptor> nodes)
        {
            foreach (AxisNodeDescriptor node in nodes)
            {
                yield return node;
                foreach (AxisNodeDescriptor child in All(node.Children)) yield return child;
            }
        }

        public override string ToString() => NumberedLabel + " [" + Path + "]";
    }

    public sealed class InvariantDescriptor
    {
        public InvariantDescriptor(string id, string tableId, RuleAxis forEach, InvariantKind kind, bool acrossYears,
            Validation.FindingSeverity severity, string rule, string message, string? standing, RuleTerms? terms = null)
        {
            Terms = terms;
            Id = id;
            TableId = tableId;
            ForEach = forEach;
            Kind = kind;
            AcrossYears = acrossYears;
            Severity = severity;
            Rule = rule;
            Message = message;
            Standing = standing;
        }

        public string Id { get; }
        public string TableId { get; }
        public RuleAxis ForEach { get; }
        public InvariantKind Kind { get; }
        public bool AcrossYears { get; }
        public Validation.FindingSeverity Severity { get; }
        public string Rule { get; }
        public string Message { get; }
        public string? Standing { get; }

        /// <summary>The rule resolved to the leaves it adds up, for code that reasons with the rule (the reader splitting run-together figures); null when the rule did not resolve.</summary>
        public RuleTerms? Terms { get; }

        /// <summary>
        /// For a rule across years: the leaves it reads from last year's report (row paths when it is checked for each
        /// column, column ids when for each row; sum(group) expanded to its leaves), from <see cref="Terms"/>.
        /// </summary>
        public IReadOnlyList<string> PreviousYearLeaves
            => Terms is null ? Array.Empty<string>() : Terms.Left.Concat(Terms.Right).Where(o => o.Previous).Select(o => o.Leaf).Distinct().ToArray();

        public override string ToString() => Id + ": " + Rule;
    }

    /// <summary>
    /// A rule as sums of leaves: <c>left + leftConstant  (comparison)  right + rightConstant</c>. An operand names a leaf
    /// of the rule's reference axis: a leaf row path for a rule checked for each column, a leaf column id for one checked
    /// for each row.
    /// </summary>
    public sealed class RuleTerms
    {
        public RuleTerms(IReadOnlyList<RuleOperand> left, decimal leftConstant, Comparison comparison, IReadOnlyList<RuleOperand> right, decimal rightConstant)
        {
            Left = left;
            LeftConstant = leftConstant;
            Comparison = comparison;
            Right = right;
            RightConstant = rightConstant;
        }

        public IReadOnlyList<RuleOperand> Left { get; }
        public decimal LeftConstant { get; }
        public Comparison Comparison { get; }
        public IReadOnlyList<RuleOperand> Right { get; }
        public decimal RightConstant { get; }
    }

    /// <summary>One leaf of a resolved rule, with its sign, and whether it is last year's figure (<c>previous.X</c>).</summary>
    public sealed class RuleOperand
    {
        public RuleOperand(string leaf, int sign, bool previous = false)
        {
            Leaf = leaf;
            Sign = sign;
            Previous = previous;
        }

        public string Leaf { get; }
        public int Sign { get; }
        public bool Previous { get; }

        public override string ToString() => (Sign < 0 ? "-" : "+") + (Previous ? "previous." : "") + Leaf;
    }
}
