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

        public CatalogTable(string schemaKey, TableModel model, IEnumerable<RuleModel> rules)
        {
            SchemaKey = schemaKey;
            Model = model;
            LeafRows = model.Rows.Select(r => r.Node).ToList();
            LeafColumns = model.Columns.Select(c => c.Node).ToList();
            _rowsByPath = model.Declaration.AllRows.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.First());
            Rules = rules.Where(r => r.Invariant.Table == model.Id && !r.Invariant.AcrossYears).Select(r => r.Resolved).ToList();
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

        public AxisNode? Row(string path) => _rowsByPath.TryGetValue(path, out AxisNode? row) ? row : null;

        public AxisNode? LeafColumn(string id) => Model.Column(id)?.Node;

        /// <summary>The rows directly under a group ("" for the top of the table).</summary>
        public IReadOnlyList<AxisNode> ChildRows(string groupPath)
            => groupPath.Length == 0 ? Spec.Rows : (IReadOnlyList<AxisNode>?)Row(groupPath)?.Children ?? new AxisNode[0];

        public AxisNode? ChildRow(string groupPath, string id) => ChildRows(groupPath).FirstOrDefault(r => r.Id == id);

        public ResolvedRule? Rule(string invariantId) => Rules.FirstOrDefault(r => r.Invariant.Id == invariantId);

        /// <summary>Whether a total rule derives the cell: such a blank cell makes its rule instances not assessable.</summary>
        public bool IsDerived(string rowPath, string columnId) => Model.Cell(new CellKey(rowPath, columnId))?.IsDerived == true;

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
}
