using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Corpus.Formats
{
    /// <summary>What a cell may hold: a whole count (non-negative or signed) or a decimal amount.</summary>
    public enum CellKind { Count, SignedCount, Amount }

    /// <summary>A cell of a report table: table id, leaf row path, leaf column id (the keys the generated code uses).</summary>
    public readonly record struct CellRef(string Table, string Row, string Column) : IComparable<CellRef>
    {
        public int CompareTo(CellRef other)
        {
            int c = string.CompareOrdinal(Table, other.Table);
            if (c != 0) return c;
            c = string.CompareOrdinal(Row, other.Row);
            return c != 0 ? c : string.CompareOrdinal(Column, other.Column);
        }

        public override string ToString() => Table + "[" + Row + " × " + Column + "]";
    }

    /// <summary>A row or a column of a table. Groups (nodes with children) carry no figures.</summary>
    public sealed class AxisNode
    {
        public AxisNode(string id, string path, string? number, string label, IReadOnlyList<string> aliases, CellKind? kind, int? scale,
            string? unit, bool unlabeled, int depth, IReadOnlyList<AxisNode> children)
        {
            Id = id;
            Path = path;
            Number = number;
            Label = label;
            Aliases = aliases;
            Kind = kind;
            Scale = scale;
            Unit = unit;
            Unlabeled = unlabeled;
            Depth = depth;
            Children = children;
        }

        public string Id { get; }

        /// <summary>Dotted id path from the top of the axis: Outcomes.Withheld.StateSecret.</summary>
        public string Path { get; }

        /// <summary>The printed number: 一, （三）, 1.; null when the label has none.</summary>
        public string? Number { get; }

        public string Label { get; }

        public IReadOnlyList<string> Aliases { get; }

        public CellKind? Kind { get; }

        public int? Scale { get; }

        public string? Unit { get; }

        /// <summary>The official layout prints no label for it (table 四's single row).</summary>
        public bool Unlabeled { get; }

        /// <summary>1 for a top-level node.</summary>
        public int Depth { get; }

        public IReadOnlyList<AxisNode> Children { get; }

        public bool IsLeaf => Children.Count == 0;

        public IEnumerable<AxisNode> Leaves() => IsLeaf ? new[] { this } : Children.SelectMany(c => c.Leaves());

        public int LeafCount => IsLeaf ? 1 : Children.Sum(c => c.LeafCount);

        /// <summary>How deep the tree under this node goes, counting this node as 1.</summary>
        public int Height => IsLeaf ? 1 : 1 + Children.Max(c => c.Height);

        public static IEnumerable<AxisNode> All(IEnumerable<AxisNode> nodes)
        {
            foreach (AxisNode node in nodes)
            {
                yield return node;
                foreach (AxisNode child in All(node.Children)) yield return child;
            }
        }

        public override string ToString() => Path;
    }

    public sealed class FormatSection
    {
        public FormatSection(string id, string number, string label, IReadOnlyList<string> aliases, bool isText, IReadOnlyList<string> tableIds)
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

        public override string ToString() => Number + "、" + Label;
    }

    public sealed class FormatTable
    {
        public FormatTable(string id, string sectionId, string? caption, string label, string? stub, IReadOnlyList<string> headerNotes, CellKind cell,
            IReadOnlyList<AxisNode> columns, IReadOnlyList<AxisNode> rows)
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
            LeafColumns = columns.SelectMany(c => c.Leaves()).ToArray();
            LeafRows = rows.SelectMany(r => r.Leaves()).ToArray();
            Cells = LeafRows.SelectMany(r => LeafColumns.Select(c => new CellRef(id, r.Path, c.Id))).ToArray();
            _rows = AxisNode.All(rows).ToDictionary(r => r.Path, StringComparer.Ordinal);
            _columns = new Dictionary<string, AxisNode>(StringComparer.Ordinal);
            foreach (AxisNode column in AxisNode.All(columns)) _columns.TryAdd(column.Id, column);
            _kinds = Cells.ToDictionary(c => c, c => _columns[c.Column].Kind ?? _rows[c.Row].Kind ?? cell);
        }

        // Lookups by key: the corpus asks for a cell's kind and a row's node for every figure it draws, checks and lays out.
        private readonly Dictionary<string, AxisNode> _rows;
        private readonly Dictionary<string, AxisNode> _columns;
        private readonly Dictionary<CellRef, CellKind> _kinds;

        public string Id { get; }
        public string SectionId { get; }

        /// <summary>The block caption of table 二's blocks: 第二十条第（一）项.</summary>
        public string? Caption { get; }

        public string Label { get; }

        /// <summary>The top-left header cell: 信息内容, or table 三's 勾稽关系 note.</summary>
        public string? Stub { get; }

        /// <summary>Header texts spanning every column (申请人情况); the first is the official one, the rest its other forms.</summary>
        public IReadOnlyList<string> HeaderNotes { get; }

        public CellKind Cell { get; }
        public IReadOnlyList<AxisNode> Columns { get; }
        public IReadOnlyList<AxisNode> Rows { get; }
        public IReadOnlyList<AxisNode> LeafColumns { get; }
        public IReadOnlyList<AxisNode> LeafRows { get; }

        /// <summary>Every figure cell, row by row.</summary>
        public IReadOnlyList<CellRef> Cells { get; }

        public AxisNode Row(string path) => _rows.TryGetValue(path, out AxisNode? row) ? row : throw new ArgumentException($"table {Id} has no row '{path}'", nameof(path));

        public AxisNode Column(string id) => _columns.TryGetValue(id, out AxisNode? column) ? column : throw new ArgumentException($"table {Id} has no column '{id}'", nameof(id));

        public bool Contains(CellRef cell) => _kinds.ContainsKey(cell);

        /// <summary>The kind of a cell: the column's, else the row's, else the table's.</summary>
        public CellKind KindOf(CellRef cell) => _kinds.TryGetValue(cell, out CellKind kind) ? kind : throw new ArgumentException($"table {Id} has no cell {cell}", nameof(cell));

        /// <summary>Decimal places an amount cell allows; 0 for counts.</summary>
        public int ScaleOf(CellRef cell) => KindOf(cell) == CellKind.Amount ? Column(cell.Column).Scale ?? Row(cell.Row).Scale ?? 6 : 0;

        /// <summary>Every row prints no label (table 四): the layout has no row-label columns.</summary>
        public bool HasNoRowLabels => LeafRows.All(r => r.Unlabeled);

        public override string ToString() => Caption is null ? Label : Caption + " " + Label;
    }

    public enum RuleKind
    {
        /// <summary>The left cell is derived from the right ones.</summary>
        Total,
        /// <summary>Two sums that must be equal.</summary>
        Equation,
        /// <summary>An inequality.</summary>
        Bound,
    }

    public enum RuleComparison { Equal, LessOrEqual, GreaterOrEqual, Less, Greater }

    public enum RuleSeverity { Error, Warning }

    /// <summary>One cell of a rule instance with its sign in the sum.</summary>
    public readonly record struct Term(CellRef Cell, int Sign);

    /// <summary>A rule checked for one row or one column (its <see cref="Key"/>): left compared with right.</summary>
    public sealed class RuleInstance
    {
        public RuleInstance(FormatRule rule, string key, IReadOnlyList<Term> left, decimal leftConstant, IReadOnlyList<Term> right, decimal rightConstant)
        {
            Rule = rule;
            Key = key;
            Left = left;
            LeftConstant = leftConstant;
            Right = right;
            RightConstant = rightConstant;
        }

        public FormatRule Rule { get; }

        /// <summary>The leaf column id (rules for each column) or leaf row path (rules for each row).</summary>
        public string Key { get; }

        public IReadOnlyList<Term> Left { get; }
        public decimal LeftConstant { get; }
        public IReadOnlyList<Term> Right { get; }
        public decimal RightConstant { get; }

        public IEnumerable<Term> Terms => Left.Concat(Right);

        // The terms by cell index (see ReportFormat.IndexOf), for evaluating thousands of instances without hashing cell keys.
        internal (int Index, int Sign)[] IndexedLeft { get; private set; } = Array.Empty<(int, int)>();
        internal (int Index, int Sign)[] IndexedRight { get; private set; } = Array.Empty<(int, int)>();

        internal void Index(Func<CellRef, int> indexOf)
        {
            IndexedLeft = Left.Select(t => (indexOf(t.Cell), t.Sign)).ToArray();
            IndexedRight = Right.Select(t => (indexOf(t.Cell), t.Sign)).ToArray();
        }

        public override string ToString() => Rule.Id + " for " + Key;
    }

    /// <summary>An invariant of the schema that holds within one report, with every instance of it.</summary>
    public sealed class FormatRule
    {
        private readonly List<RuleInstance> _instances = new List<RuleInstance>();

        public FormatRule(string id, string tableId, RuleKind kind, RuleComparison comparison, RuleSeverity severity, string message)
        {
            Id = id;
            TableId = tableId;
            Kind = kind;
            Comparison = comparison;
            Severity = severity;
            Message = message;
        }

        public string Id { get; }
        public string TableId { get; }
        public RuleKind Kind { get; }
        public RuleComparison Comparison { get; }
        public RuleSeverity Severity { get; }
        public string Message { get; }
        public IReadOnlyList<RuleInstance> Instances => _instances;

        internal void Add(RuleInstance instance) => _instances.Add(instance);

        public override string ToString() => Id;
    }

    /// <summary>A cell that a total rule derives, and the parts it adds up.</summary>
    public sealed record Derivation(CellRef Cell, string RuleId, IReadOnlyList<Term> Parts);
}
