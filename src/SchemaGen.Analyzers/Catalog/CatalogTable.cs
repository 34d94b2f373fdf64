using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// One table of a loaded schema, with the lookups the analyzers need: rows by path, leaf columns by id,
    /// the table's rules resolved to leaves, and the cells that total rules derive (the same set the generator
    /// marks as derived in its validator).
    /// </summary>
    public sealed class CatalogTable
    {
        private readonly Dictionary<string, AxisNode> _rowsByPath;
        private readonly Dictionary<string, AxisNode> _leafColumnsById;
        private readonly Dictionary<string, string> _columnLabels;
        private readonly HashSet<CellKey> _derivedCells;

        public CatalogTable(string schemaKey, TableSpec spec, IEnumerable<ResolvedRule> rules)
        {
            SchemaKey = schemaKey;
            Spec = spec;
            LeafRows = spec.LeafRows.ToList();
            LeafColumns = spec.LeafColumns.ToList();
            _rowsByPath = spec.AllRows.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.First());
            _leafColumnsById = LeafColumns.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
            _columnLabels = new Dictionary<string, string>();
            CollectColumnLabels(spec.Columns, "");
            Rules = rules.Where(r => r.Invariant.Table == spec.Id && !r.Invariant.AcrossYears).ToList();
            _derivedCells = new HashSet<CellKey>(Derivations.Enumerate(spec, Rules).Select(d => d.Cell));
        }

        public string SchemaKey { get; }

        public TableSpec Spec { get; }

        public string Id => Spec.Id;

        public IReadOnlyList<AxisNode> LeafRows { get; }

        public IReadOnlyList<AxisNode> LeafColumns { get; }

        /// <summary>The rules checked within one report (not across years), resolved to leaves.</summary>
        public IReadOnlyList<ResolvedRule> Rules { get; }

        /// <summary>"收到和处理政府信息公开申请情况 (Applications)".</summary>
        public string Description => Spec.Label + " (" + Spec.Id + ")";

        public AxisNode? Row(string path) => _rowsByPath.TryGetValue(path, out AxisNode? row) ? row : null;

        public AxisNode? LeafColumn(string id) => _leafColumnsById.TryGetValue(id, out AxisNode? column) ? column : null;

        /// <summary>The rows directly under a group ("" for the top of the table).</summary>
        public IReadOnlyList<AxisNode> ChildRows(string groupPath)
            => groupPath.Length == 0 ? Spec.Rows : (IReadOnlyList<AxisNode>?)Row(groupPath)?.Children ?? new AxisNode[0];

        public AxisNode? ChildRow(string groupPath, string id) => ChildRows(groupPath).FirstOrDefault(r => r.Id == id);

        public ResolvedRule? Rule(string invariantId) => Rules.FirstOrDefault(r => r.Invariant.Id == invariantId);

        /// <summary>Whether a total rule derives the cell: such a blank cell makes its rule instances not assessable.</summary>
        public bool IsDerived(string rowPath, string columnId) => _derivedCells.Contains(new CellKey(rowPath, columnId));

        public CellKind KindOf(AxisNode row, AxisNode column) => Spec.KindOf(row, column);

        /// <summary>Decimal places a cell allows; the same default as the runtime's TableDescriptor.ScaleOf.</summary>
        public int ScaleOf(AxisNode row, AxisNode column) => KindOf(row, column) == CellKind.Amount ? column.Scale ?? row.Scale ?? 6 : 0;

        /// <summary>A leaf column's label with its groups: 法人或其他组织 › 商业企业.</summary>
        public string ColumnLabel(string columnId) => _columnLabels.TryGetValue(columnId, out string? label) ? label : columnId;

        /// <summary>"法人或其他组织 › 商业企业 (Business)".</summary>
        public string DescribeColumn(string columnId) => ColumnLabel(columnId) + " (" + columnId + ")";

        /// <summary>"一、本年新收政府信息公开申请数量 (NewlyReceived)".</summary>
        public string DescribeRow(string rowPath)
        {
            AxisNode? row = Row(rowPath);
            return row is null ? rowPath : row.NumberedLabel + " (" + row.Path + ")";
        }

        private void CollectColumnLabels(IEnumerable<AxisNode> nodes, string prefix)
        {
            foreach (AxisNode node in nodes)
            {
                string label = prefix.Length == 0 ? node.Label : prefix + " › " + node.Label;
                if (node.IsLeaf) _columnLabels[node.Id] = label;
                else CollectColumnLabels(node.Children, label);
            }
        }
    }
}
