using System.Collections.Generic;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>The rows or the columns of one table, indexed by path, with each node's parent and place among its siblings.</summary>
    internal sealed class AxisTree
    {
        private readonly Dictionary<string, AxisNode> _byPath = new();
        private readonly Dictionary<string, AxisNode?> _parent = new();
        private readonly Dictionary<string, int> _index = new();

        public AxisTree(IReadOnlyList<AxisNode> roots)
        {
            Roots = roots;
            Index(roots, null);
            All = AxisNode.All(roots);
        }

        public IReadOnlyList<AxisNode> Roots { get; }

        /// <summary>Every node in document order (a parent before its children).</summary>
        public IReadOnlyList<AxisNode> All { get; }

        public AxisNode? Find(string path) => _byPath.TryGetValue(path, out AxisNode? node) ? node : null;

        public AxisNode? ParentOf(AxisNode node) => _parent[node.Path];

        public int IndexOf(AxisNode node) => _index[node.Path];

        public IReadOnlyList<AxisNode> ChildrenOf(AxisNode? parent) => parent is null ? Roots : parent.Children;

        private void Index(IReadOnlyList<AxisNode> nodes, AxisNode? parent)
        {
            for (int i = 0; i < nodes.Count; i++)
            {
                AxisNode node = nodes[i];
                _byPath[node.Path] = node;
                _parent[node.Path] = parent;
                _index[node.Path] = i;
                Index(node.Children, node);
            }
        }
    }
}
