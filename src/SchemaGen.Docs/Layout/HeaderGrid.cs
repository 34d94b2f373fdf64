using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Docs.Layout
{
    /// <summary>
    /// One header cell of an axis tree, placed on a grid of <c>levels × leaves</c>.
    /// For the column axis a level is a header row and a position is a figure column; for the row axis a level
    /// is a stub column and a position is a figure row.
    /// </summary>
    public sealed record HeaderCell(AxisNode Node, int Level, int Position, int LevelSpan, int PositionSpan);

    /// <summary>
    /// Computes the merged header cells of an axis tree the way the official tables print them:
    /// a group spans all its leaves (法人或其他组织 over its five columns, 三、本年度办理结果 over its rows),
    /// every leaf reaches the innermost level (自然人 spans down to the bottom header row, （一）予以公开 spans
    /// across to the figures), and a shallow group absorbs the spare levels itself (行政复议 spans two header
    /// rows so that its five results sit on the bottom row beside those of 行政诉讼 › 复议后起诉).
    /// </summary>
    public sealed class HeaderGrid
    {
        private HeaderGrid(IReadOnlyList<HeaderCell> cells, int levels, int positions)
        {
            Cells = cells;
            Levels = levels;
            Positions = positions;
        }

        /// <summary>Every cell, ordered by level then position (the order in which HTML writes header rows).</summary>
        public IReadOnlyList<HeaderCell> Cells { get; }

        /// <summary>How many levels the tree needs: its height.</summary>
        public int Levels { get; }

        /// <summary>How many leaves the tree has.</summary>
        public int Positions { get; }

        public static HeaderGrid Build(IReadOnlyList<AxisNode> roots)
        {
            int levels = roots.Count == 0 ? 0 : roots.Max(HeightOf);
            var cells = new List<HeaderCell>();
            int position = 0;
            foreach (AxisNode root in roots)
                position = Place(root, 0, position, levels, cells);
            var ordered = cells.OrderBy(c => c.Level).ThenBy(c => c.Position).ToList();
            return new HeaderGrid(ordered, levels, position);
        }

        /// <summary>Cells that start on <paramref name="level"/>, left to right (or top to bottom).</summary>
        public IEnumerable<HeaderCell> StartingAtLevel(int level) => Cells.Where(c => c.Level == level);

        /// <summary>Cells that start at <paramref name="position"/>, outermost first.</summary>
        public IEnumerable<HeaderCell> StartingAtPosition(int position) => Cells.Where(c => c.Position == position).OrderBy(c => c.Level);

        /// <summary>A leaf is 1 high; a group is one more than its highest child.</summary>
        public static int HeightOf(AxisNode node) => node.IsLeaf ? 1 : 1 + node.Children.Max(HeightOf);

        private static int Place(AxisNode node, int level, int position, int levels, List<HeaderCell> cells)
        {
            // The node keeps for itself whatever its subtree does not need of the remaining levels.
            int levelSpan = levels - level - (HeightOf(node) - 1);
            int leaves = node.Leaves().Count();
            cells.Add(new HeaderCell(node, level, position, Math.Max(1, levelSpan), leaves));
            int childPosition = position;
            foreach (AxisNode child in node.Children)
                childPosition = Place(child, level + levelSpan, childPosition, levels, cells);
            return position + leaves;
        }
    }
}
