using System;
using System.Collections.Generic;
using System.Xml.Linq;
using SchemaGen.Runtime.Documents;
using static SchemaGen.Documents.Word.WordXml;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// A <c>w:tbl</c> into a <see cref="TableBlock"/> whose grid is Word's own: <c>w:gridSpan</c> spans columns,
    /// <c>w:vMerge</c> continues the cell above, <c>w:gridBefore</c> leaves leading grid columns empty, a legacy
    /// <c>w:hMerge</c> joins cells of a row, leading <c>w:tblHeader</c> rows are header rows. Rows and cells wrapped in
    /// content controls or custom XML are read where they stand; rows deleted as a tracked change are left out.
    /// <para>
    /// A table that holds tables is either a layout table, whose cells are read as blocks in reading order (agencies
    /// wrap whole reports in one), or a data table with a small table in some cell, whose grid is kept and whose inner
    /// table becomes that cell's text. It is a data table when at least two of its rows have two or more cells with
    /// text and no table inside: that is a grid of its own; a wrapper has at most a title row or a side column.
    /// </para>
    /// </summary>
    internal sealed class WordTableReader
    {
        private readonly WordReadContext _context;
        private readonly WordBodyReader _body;

        public WordTableReader(WordReadContext context, WordBodyReader body)
        {
            _context = context;
            _body = body;
        }

        public void Read(XElement table, ElementPath path, List<Block> into)
        {
            List<RowSource> rows = RowsOf(table, path);
            if (rows.Count == 0) return;
            if (IsLayoutTable(rows))
            {
                ReadAsLayout(rows, into);
                return;
            }
            TableBlock? grid = BuildGrid(rows, path);
            if (grid is not null) into.Add(grid);
        }

        private static bool IsLayoutTable(List<RowSource> rows)
        {
            bool holdsTable = false;
            int gridRows = 0;
            foreach (RowSource row in rows)
            {
                int textCells = 0;
                foreach (CellSource cell in row.Cells)
                {
                    if (cell.HoldsTable) holdsTable = true;
                    else if (cell.HasText) textCells++;
                }
                if (textCells >= 2) gridRows++;
            }
            return holdsTable && gridRows < 2;
        }

        private void ReadAsLayout(List<RowSource> rows, List<Block> into)
        {
            foreach (RowSource row in rows)
                foreach (CellSource cell in row.Cells)
                    if (!cell.ContinuesVerticalMerge) _body.ReadBlocks(cell.Element, cell.Path, into);
        }

        private TableBlock? BuildGrid(List<RowSource> rows, ElementPath path)
        {
            var builder = new TableGridBuilder(TableStructure.Exact, SourceLocation.AtElement(path));
            int headerRows = 0;
            long widest = 0;
            bool inHeader = true;
            for (int r = 0; r < rows.Count; r++)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                RowSource row = rows[r];
                List<CellGroup> groups = GroupHorizontalMerges(row.Cells);
                long width = row.GridBefore + row.GridAfter;
                foreach (CellGroup group in groups) width += group.ColumnSpan;
                widest = Math.Max(widest, width);
                // Widest as Word declares it (grid columns before and after included), which may pass what the cells cover.
                if (builder.RowWouldPassGrid(widest))
                {
                    _context.Skipped.TruncatedTables++;
                    break;
                }

                builder.BeginRow();
                bool isHeader = inHeader && row.IsHeader;
                if (isHeader) headerRows++;
                else inHeader = false;
                if (row.GridBefore > 0) builder.SkipColumns(row.GridBefore);
                foreach (CellGroup group in groups) PlaceCell(builder, group, isHeader);
                if (builder.WasTruncated)
                {
                    _context.Skipped.TruncatedTables++;
                    break;
                }
            }
            builder.HeaderRowCount = headerRows;
            TableBlock grid = builder.Build();
            return grid.RowCount == 0 ? null : grid;
        }

        private void PlaceCell(TableGridBuilder builder, CellGroup group, bool isHeader)
        {
            CellSource first = group.First;
            var location = SourceLocation.AtElement(first.Path);
            if (first.ContinuesVerticalMerge)
            {
                builder.ExtendCellAbove(group.ColumnSpan, location);
                if (first.HasText) _context.Skipped.MergedContinuationTexts++;
                return;
            }
            builder.AddCell(_body.CellText(first.Element, first.Path), 1, group.ColumnSpan, isHeader, location);
            for (int i = 1; i < group.Cells.Count; i++)
                if (group.Cells[i].HasText) _context.Skipped.MergedContinuationTexts++;
        }

        /// <summary>Legacy <c>w:hMerge</c>: a "restart" cell and the "continue" cells after it are one cell spanning all their columns.</summary>
        private static List<CellGroup> GroupHorizontalMerges(List<CellSource> cells)
        {
            var groups = new List<CellGroup>(cells.Count);
            foreach (CellSource cell in cells)
            {
                if (cell.ContinuesHorizontalMerge && groups.Count > 0 && groups[groups.Count - 1].AcceptsHorizontalContinuation)
                    groups[groups.Count - 1].Add(cell);
                else
                    groups.Add(new CellGroup(cell));
            }
            return groups;
        }

        /// <summary>The table's rows in order, through content controls and custom XML around them; deleted rows left out.</summary>
        private List<RowSource> RowsOf(XElement table, ElementPath path)
        {
            var rows = new List<RowSource>();
            Collect(table, path, "tr", rows, TakeRow);
            return rows;
        }

        private List<CellSource> CellsOf(XElement row, ElementPath rowPath)
        {
            var cells = new List<CellSource>();
            Collect(row, rowPath, "tc", cells, TakeCell);
            return cells;
        }

        private static readonly Func<WordTableReader, XElement, ElementPath, RowSource?> TakeRow = (reader, row, path) =>
        {
            XElement? properties = row.Element(W + "trPr");
            return properties?.Element(W + "del") is not null ? null : new RowSource(properties, reader.CellsOf(row, path));
        };

        private static readonly Func<WordTableReader, XElement, ElementPath, CellSource?> TakeCell = (_, cell, path) => new CellSource(cell, path);

        /// <summary>
        /// The children named <paramref name="name"/> (rows of a table, cells of a row) in order, each with its path, as
        /// <paramref name="take"/> makes them (null: left out), through content controls, custom XML and alternate content
        /// around them.
        /// </summary>
        private void Collect<T>(XElement container, ElementPath path, string name, List<T> into, Func<WordTableReader, XElement, ElementPath, T?> take)
            where T : class
        {
            using SiblingTally<XName> siblings = SiblingTally<XName>.Rent();
            foreach (XElement child in ChildElements(container))
            {
                ElementPath childPath = path.Next(child, siblings);
                if (Is(child, name))
                {
                    if (take(this, child, childPath) is T item) into.Add(item);
                }
                else if (Is(child, "sdt"))
                {
                    if (ContentControl.ReadableContent(child, _context) is XElement content) Collect(content, childPath.Child("sdtContent", 1), name, into, take);
                }
                else if (Is(child, "customXml"))
                {
                    Collect(child, childPath, name, into, take);
                }
                else if (IsAlternateContent(child) && ChosenBranch(child) is XElement branch)
                {
                    Collect(branch, childPath.Child(branch.Name.LocalName, 1), name, into, take);
                }
            }
        }

        private static int ClampedSpan(int? value, int minimum) => Math.Max(minimum, Math.Min(value ?? minimum, TableGridBuilder.MaxColumnSpan));

        /// <summary>One <c>w:tr</c>: its cells and the row properties that place them.</summary>
        private sealed class RowSource
        {
            public RowSource(XElement? properties, List<CellSource> cells)
            {
                Cells = cells;
                GridBefore = ClampedSpan(Int(ChildVal(properties, "gridBefore")), 0);
                GridAfter = ClampedSpan(Int(ChildVal(properties, "gridAfter")), 0);
                IsHeader = IsOn(properties, "tblHeader");
            }

            public List<CellSource> Cells { get; }
            public int GridBefore { get; }
            public int GridAfter { get; }

            /// <summary>Repeated at the top of each page (<c>w:tblHeader</c>): Word's header row.</summary>
            public bool IsHeader { get; }
        }

        /// <summary>One <c>w:tc</c>: where it is, how it merges, and (cheaply, before reading it) whether it holds text or a table.</summary>
        private sealed class CellSource
        {
            public CellSource(XElement element, ElementPath path)
            {
                Element = element;
                Path = path;
                XElement? properties = element.Element(W + "tcPr");
                ColumnSpan = ClampedSpan(Int(ChildVal(properties, "gridSpan")), 1);
                XElement? verticalMerge = properties?.Element(W + "vMerge");
                // A vMerge without w:val (or with "continue") continues the merge begun above; "restart" begins one.
                ContinuesVerticalMerge = verticalMerge is not null && (string?)verticalMerge.Attribute(Val) != "restart";
                XElement? horizontalMerge = properties?.Element(W + "hMerge");
                StartsHorizontalMerge = (string?)horizontalMerge?.Attribute(Val) == "restart";
                ContinuesHorizontalMerge = horizontalMerge is not null && !StartsHorizontalMerge;
                // The descendants in document order, walked through the nodes' links: an iterator per cell was a few percent of the reader's bytes.
                XNode? node = element.FirstNode;
                while (node is not null)
                {
                    if (node is XElement descendant)
                    {
                        if (!HoldsTable && Is(descendant, "tbl")) HoldsTable = true;
                        else if (!HasText && Is(descendant, "t") && !string.IsNullOrWhiteSpace(descendant.Value)) HasText = true;
                        if (HoldsTable && HasText) break;
                        if (descendant.FirstNode is XNode first)
                        {
                            node = first;
                            continue;
                        }
                    }
                    node = NextInDocumentOrder(node, element);
                }
            }

            /// <summary>The node after <paramref name="node"/>'s subtree within <paramref name="root"/>, or null at its end.</summary>
            private static XNode? NextInDocumentOrder(XNode node, XElement root)
            {
                while (node.NextNode is null)
                {
                    XElement? parent = node.Parent;
                    if (parent is null || parent == root) return null;
                    node = parent;
                }
                return node.NextNode;
            }

            public XElement Element { get; }
            public ElementPath Path { get; }
            public int ColumnSpan { get; }
            public bool ContinuesVerticalMerge { get; }
            public bool StartsHorizontalMerge { get; }
            public bool ContinuesHorizontalMerge { get; }
            public bool HoldsTable { get; }
            public bool HasText { get; }
        }

        /// <summary>The cells that make one grid cell: one cell, or a horizontal merge's restart cell and its continuations.</summary>
        private sealed class CellGroup
        {
            private readonly List<CellSource> _cells = new List<CellSource>(1);

            public CellGroup(CellSource first)
            {
                _cells.Add(first);
                ColumnSpan = first.ColumnSpan;
            }

            public CellSource First => _cells[0];
            public IReadOnlyList<CellSource> Cells => _cells;
            public int ColumnSpan { get; private set; }

            public bool AcceptsHorizontalContinuation => First.StartsHorizontalMerge;

            public void Add(CellSource continuation)
            {
                _cells.Add(continuation);
                ColumnSpan = Math.Min(TableGridBuilder.MaxColumnSpan, ColumnSpan + continuation.ColumnSpan);
            }
        }
    }
}
