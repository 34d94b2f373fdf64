using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// One table of a loaded schema as the analyzers look at it: the semantic model's table (the same one the generator
    /// emits from) with lookups by path and id, and the table's rules checked within one report.
    /// </summary>
    public sealed class CatalogTable
    {
        private readonly Dictionary<string, AxisNode> _rowsByPath;
        private readonly HashSet<CellKey> _derived;
        private IReadOnlyList<RuleInstances>? _ruleInstances;

        public CatalogTable(string schemaKey, TableModel model, IEnumerable<RuleModel> rules)
        {
            SchemaKey = schemaKey;
            Model = model;
            LeafRows = model.Rows.Select(r => r.Node).ToList();
            LeafColumns = model.Columns.Select(c => c.Node).ToList();
            _rowsByPath = model.Declaration.AllRows.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.First());
            Rules = rules.Where(r => r.Invariant.Table == model.Id && !r.Invariant.AcrossYears).Select(r => r.Resolved).ToList();
            _derived = new HashSet<CellKey>(model.Cells.Where(c => c.IsDerived).Select(c => c.Key));
        }

        public string SchemaKey { get; }

        public TableModel Model { get; }

        public TableSpec Spec => Model.Declaration;

        public string Id => Model.Id;

        public IReadOnlyList<AxisNode> LeafRows { get; }

        public IReadOnlyList<AxisNode> LeafColumns { get; }

        /// <summary>The rules checked within one report (not across years), resolved to leaves.</summary>
        public IReadOnlyList<ResolvedRule> Rules { get; }

        /// <summary>"收到和处理政府信息公开申请情况 (Applications)".</summary>
        public string Description => Spec.Label + " (" + Spec.Id + ")";

        private KeyIndex? _rowKeys, _columnKeys;

        /// <summary>The keys of the rows, groups included, by the key contract the descriptor's <c>RowKeys</c> follows.</summary>
        public KeyIndex RowKeys => _rowKeys ??= new KeyIndex(Spec.AllRows.Select(r => SchemaKeys.Row(r.Path, r.Id, r.Label, r.NumberedLabel, r.Aliases.Select(a => a.Value), r.IsLeaf)));

        /// <summary>The keys of the columns, groups included, by the key contract the descriptor's <c>ColumnKeys</c> follows.</summary>
        public KeyIndex ColumnKeys => _columnKeys ??= new KeyIndex(Spec.AllColumns.Select(c =>
            SchemaKeys.Column(c.Path, c.Id, c.Label, c.IsLeaf ? ColumnLabel(c.Id) : null, c.Aliases.Select(a => a.Value), c.IsLeaf)));

        public AxisNode? Row(string path) => _rowsByPath.TryGetValue(path, out AxisNode? row) ? row : null;

        public AxisNode? LeafColumn(string id) => Model.Column(id)?.Node;

        /// <summary>The rows directly under a group ("" for the top of the table).</summary>
        public IReadOnlyList<AxisNode> ChildRows(string groupPath)
            => groupPath.Length == 0 ? Spec.Rows : (IReadOnlyList<AxisNode>?)Row(groupPath)?.Children ?? new AxisNode[0];

        public AxisNode? ChildRow(string groupPath, string id) => ChildRows(groupPath).FirstOrDefault(r => r.Id == id);

        public ResolvedRule? Rule(string invariantId) => Rules.FirstOrDefault(r => r.Invariant.Id == invariantId);

        /// <summary>Whether a total rule derives the cell: such a blank cell makes its rule instances not assessable.</summary>
        public bool IsDerived(string rowPath, string columnId) => _derived.Contains(new CellKey(rowPath, columnId));

        /// <summary>
        /// Every rule with the cells of each of its instances, resolved once: SG2001 checks every initializer of a table
        /// against the same instances, so resolving them per initializer would repeat the same work for each.
        /// </summary>
        public IReadOnlyList<RuleInstances> RuleInstances => _ruleInstances ??= Rules
            .Select(rule => new RuleInstances(rule, Derivations.InstanceKeysOf(Spec, rule.Invariant)
                .Select(instance => new RuleInstanceCells(instance, CellsOf(rule, instance)))
                .ToList()))
            .ToList();

        /// <summary>The cells one instance of a rule names: its left side's operands, then its right side's, in rule order.</summary>
        public static CellKey[] CellsOf(ResolvedRule rule, string instance)
            => rule.Left.Concat(rule.Right).Select(o => Derivations.CellOf(rule.Invariant, instance, o.LeafPath)).ToArray();

        public CellKind KindOf(AxisNode row, AxisNode column) => Model.Cell(new CellKey(row.Path, column.Id))?.Kind ?? Spec.KindOf(row, column);

        /// <summary>Decimal places a cell allows (0 for whole numbers).</summary>
        public int ScaleOf(AxisNode row, AxisNode column) => Model.Cell(new CellKey(row.Path, column.Id))?.Scale ?? 0;

        /// <summary>What generated code stores a leaf column in.</summary>
        public CellType TypeOf(AxisNode column) => Model.Column(column.Id)?.Type ?? CellType.Count;

        /// <summary>A leaf column's label with its groups: 法人或其他组织 › 商业企业.</summary>
        public string ColumnLabel(string columnId) => Model.Column(columnId)?.LabelPath ?? columnId;

        /// <summary>"法人或其他组织 › 商业企业 (Business)".</summary>
        public string DescribeColumn(string columnId) => ColumnLabel(columnId) + " (" + columnId + ")";

        /// <summary>"一、本年新收政府信息公开申请数量 (NewlyReceived)".</summary>
        public string DescribeRow(string rowPath)
        {
            AxisNode? row = Row(rowPath);
            return row is null ? rowPath : row.NumberedLabel + " (" + row.Path + ")";
        }
    }

    /// <summary>A rule and its instances, each with its cells resolved.</summary>
    public sealed class RuleInstances
    {
        public RuleInstances(ResolvedRule rule, IReadOnlyList<RuleInstanceCells> instances)
        {
            Rule = rule;
            Instances = instances;
        }

        public ResolvedRule Rule { get; }

        public IReadOnlyList<RuleInstanceCells> Instances { get; }
    }

    /// <summary>One instance of a rule: its key and its cells, the left side's operands first, then the right's, in rule order.</summary>
    public sealed class RuleInstanceCells
    {
        public RuleInstanceCells(string instance, CellKey[] cells)
        {
            Instance = instance;
            Cells = cells;
        }

        public string Instance { get; }

        public CellKey[] Cells { get; }
    }
}
