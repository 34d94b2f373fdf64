using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// Draws tables the way the official format does, from the schema's label trees alone. Columns: the header note
    /// (申请人情况) over everything, then one header row per level of the column tree, a group spanning its leaves and a leaf
    /// reaching down to the last header row. Rows: one stub column per level of the row tree, a group label spanning its
    /// leaf rows vertically (三、本年度办理结果 down the side, （三）不予公开 over its eight) and a leaf label reaching right to the
    /// figures. The stub cell over the row labels spans every header row. Table 二's blocks share one grid whose last column
    /// stretches, with a caption row per block.
    /// </summary>
    public static class TableLayoutBuilder
    {
        public static LayoutTable Build(FormatTable table, ReportFigures figures, LabelWriter labels, LayoutOptions options)
            => Combine(new[] { table }, figures, labels, options, captionRows: false);

        /// <summary>Several captioned tables in one grid, each under a caption row spanning the grid (table 二).</summary>
        public static LayoutTable Combine(IReadOnlyList<FormatTable> tables, ReportFigures figures, LabelWriter labels, LayoutOptions options, bool captionRows = true)
        {
            var blocks = tables.Select(t => new Block(t, ColumnsOf(t, options), options)).ToList();
            int width = blocks.Max(b => b.Width);
            var cells = new List<LayoutCell>();
            var kinds = new List<GridRowKind>();
            foreach (Block block in blocks)
            {
                if (captionRows)
                {
                    cells.Add(new LayoutCell(kinds.Count, 0, 1, width, labels.Caption(block.Table), CellRole.Caption));
                    kinds.Add(GridRowKind.Caption);
                }
                block.Place(kinds.Count, width, cells, figures, labels, options);
                for (int i = 0; i < block.HeaderRows; i++) kinds.Add(GridRowKind.Header);
                for (int i = 0; i < block.Table.LeafRows.Count; i++) kinds.Add(GridRowKind.Data);
            }
            return new LayoutTable(tables.Select(t => t.Id).ToArray(), kinds.Count, width, cells, kinds);
        }

        /// <summary>The column tree as laid out: each omitted level's groups replaced by their children.</summary>
        private static IReadOnlyList<AxisNode> ColumnsOf(FormatTable table, LayoutOptions options)
        {
            IReadOnlyList<AxisNode> nodes = table.Columns;
            foreach (HeaderLevelOmission omission in options.OmittedHeaderLevels.Where(o => o.TableId == table.Id && o.Level > 0).OrderByDescending(o => o.Level))
                nodes = DropLevel(nodes, omission.Level, 1);
            return nodes;
        }

        private static IReadOnlyList<AxisNode> DropLevel(IReadOnlyList<AxisNode> nodes, int level, int depth)
            => nodes.SelectMany(n => n.IsLeaf ? new[] { n }
                : depth == level ? DropLevel(n.Children, level, depth + 1)
                : new[] { new AxisNode(n.Id, n.Path, n.Number, n.Label, n.Aliases, n.Kind, n.Scale, n.Unit, n.Unlabeled, n.Depth, DropLevel(n.Children, level, depth + 1)) })
                .ToArray();

        /// <summary>One schema table's part of the grid.</summary>
        private sealed class Block
        {
            private readonly IReadOnlyList<AxisNode> _columns;
            private readonly int _noteRows;
            private readonly int _columnLevels;

            public Block(FormatTable table, IReadOnlyList<AxisNode> columns, LayoutOptions options)
            {
                Table = table;
                _columns = columns;
                bool noteOmitted = options.OmittedHeaderLevels.Any(o => o.TableId == table.Id && o.Level == 0);
                _noteRows = table.HeaderNotes.Count > 0 && !noteOmitted ? 1 : 0;
                _columnLevels = columns.Max(c => c.Height);
                StubColumns = table.HasNoRowLabels ? 0 : table.Rows.Max(r => r.Height);
            }

            public FormatTable Table { get; }
            public int StubColumns { get; }
            public int HeaderRows => _noteRows + _columnLevels;
            public int Width => StubColumns + Table.LeafColumns.Count;

            public void Place(int top, int gridWidth, List<LayoutCell> cells, ReportFigures figures, LabelWriter labels, LayoutOptions options)
            {
                int stretch = gridWidth - Width;
                int Span(int column, int span) => column + span == Width ? span + stretch : span;

                if (StubColumns > 0)
                    cells.Add(new LayoutCell(top, 0, HeaderRows, StubColumns, labels.Stub(Table) ?? "", CellRole.Stub));
                if (_noteRows > 0)
                    cells.Add(new LayoutCell(top, StubColumns, 1, Span(StubColumns, Table.LeafColumns.Count), labels.HeaderNote(Table)!, CellRole.HeaderNote));

                int column = StubColumns;
                foreach (AxisNode node in _columns) column = PlaceColumn(node, top + _noteRows, 1, column);

                int PlaceColumn(AxisNode node, int row, int depth, int at)
                {
                    if (node.IsLeaf)
                    {
                        cells.Add(new LayoutCell(row, at, _columnLevels - depth + 1, Span(at, 1), HeaderText(node, labels, options), CellRole.ColumnHeader, node: node));
                        return at + 1;
                    }
                    int leaves = node.LeafCount;
                    cells.Add(new LayoutCell(row, at, 1, Span(at, leaves), labels.Label(node), CellRole.ColumnHeader, node: node));
                    int next = at;
                    foreach (AxisNode child in node.Children) next = PlaceColumn(child, row + 1, depth + 1, next);
                    return next;
                }

                int dataTop = top + HeaderRows;
                if (StubColumns > 0)
                {
                    int leafIndex = 0;
                    foreach (AxisNode node in Table.Rows) PlaceRow(node, 1);

                    void PlaceRow(AxisNode node, int depth)
                    {
                        int rowSpan = node.LeafCount;
                        int columnSpan = node.IsLeaf ? StubColumns - depth + 1 : 1;
                        cells.Add(new LayoutCell(dataTop + leafIndex, depth - 1, rowSpan, columnSpan, labels.NumberedLabel(node), CellRole.RowHeader, node: node));
                        if (node.IsLeaf) leafIndex++;
                        else foreach (AxisNode child in node.Children) PlaceRow(child, depth + 1);
                    }
                }

                for (int r = 0; r < Table.LeafRows.Count; r++)
                {
                    AxisNode row = Table.LeafRows[r];
                    for (int c = 0; c < Table.LeafColumns.Count; c++)
                    {
                        var cell = new CellRef(Table.Id, row.Path, Table.LeafColumns[c].Id);
                        string text = figures.IsPresent(Table.Id) ? options.FigureText(figures[cell], Table.KindOf(cell)) : options.BlankText;
                        cells.Add(new LayoutCell(dataTop + r, StubColumns + c, 1, Span(StubColumns + c, 1), text, CellRole.Figure, figure: cell));
                    }
                }
            }

            /// <summary>A leaf column's label; four-character labels break in two when the layout wraps narrow headers.</summary>
            private static string HeaderText(AxisNode node, LabelWriter labels, LayoutOptions options)
            {
                string label = labels.Label(node);
                return options.WrapNarrowHeaders && label.Length == 4 && label.All(c => c >= '\u3400') ? label.Substring(0, 2) + "\n" + label.Substring(2) : label;
            }
        }
    }
}
