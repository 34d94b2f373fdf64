using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>
    /// What the official layout needs, computed from the schema's trees alone (independently of the renderer):
    /// a node spans all its leaves; leaves reach the innermost level; a shallow group takes the spare levels.
    /// </summary>
    public sealed class ExpectedLayout
    {
        public ExpectedLayout(TableSpec table)
        {
            Table = table;
            ColumnLevels = Height(table.Columns);
            RowLevels = Height(table.Rows);
            NoteRows = table.HeaderNotes.Count > 0 ? 1 : 0;
            StubWidth = table.Stub is not null || table.AllRows.Any(r => !r.Unlabeled) ? RowLevels : 0;
            LeafColumns = table.LeafColumns.ToList();
            LeafRows = table.LeafRows.ToList();
            Spans = new Dictionary<AxisNode, (int Start, int Levels)>(ReferenceEqualityComparer.Instance);
            Place(table.Columns, 0, ColumnLevels);
            Place(table.Rows, 0, RowLevels);
        }

        public TableSpec Table { get; }
        public int ColumnLevels { get; }
        public int RowLevels { get; }
        public int NoteRows { get; }
        public int HeaderRows => NoteRows + ColumnLevels;
        public int StubWidth { get; }
        public List<AxisNode> LeafColumns { get; }
        public List<AxisNode> LeafRows { get; }

        /// <summary>Per node: the level it starts on and how many levels it covers (rowspan for columns, colspan for rows).</summary>
        public Dictionary<AxisNode, (int Start, int Levels)> Spans { get; }

        public static int LeafCount(AxisNode node) => node.IsLeaf ? 1 : node.Children.Sum(LeafCount);

        /// <summary>Outermost first, the node last.</summary>
        public static List<AxisNode> Chain(IEnumerable<AxisNode> roots, AxisNode leaf)
        {
            foreach (AxisNode root in roots)
            {
                if (ReferenceEquals(root, leaf)) return new List<AxisNode> { root };
                var below = Chain(root.Children, leaf);
                if (below.Count > 0) { below.Insert(0, root); return below; }
            }
            return new List<AxisNode>();
        }

        private static int Height(IEnumerable<AxisNode> nodes) => nodes.Select(n => n.IsLeaf ? 1 : 1 + Height(n.Children)).DefaultIfEmpty(0).Max();

        private void Place(IEnumerable<AxisNode> nodes, int start, int levels)
        {
            foreach (AxisNode node in nodes)
            {
                int below = node.IsLeaf ? 0 : Height(node.Children);
                int span = levels - start - below;
                Spans[node] = (start, span);
                Place(node.Children, start + span, levels);
            }
        }
    }
}
