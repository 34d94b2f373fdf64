using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>What a paragraph is in the report.</summary>
    public enum ParagraphRole
    {
        Title,
        /// <summary>一、总体情况 and its siblings.</summary>
        SectionHeading,
        /// <summary>（一）主动公开 inside a section's prose (its heading words lead the paragraph).</summary>
        Body,
        /// <summary>A table block's caption printed above it when the blocks of table 二 stand as separate tables.</summary>
        Caption,
        /// <summary>The agency and the date under the report.</summary>
        Closing,
    }

    /// <summary>A piece of a laid-out report: a paragraph or a table.</summary>
    public abstract class LayoutBlock
    {
    }

    public sealed class LayoutParagraph : LayoutBlock
    {
        public LayoutParagraph(string text, ParagraphRole role, string? sectionId = null)
        {
            Text = text;
            Role = role;
            SectionId = sectionId;
        }

        public string Text { get; }
        public ParagraphRole Role { get; }

        /// <summary>For a section heading: the schema section it opens.</summary>
        public string? SectionId { get; }

        public bool IsHeading => Role == ParagraphRole.Title || Role == ParagraphRole.SectionHeading;

        public override string ToString() => Text;
    }

    /// <summary>What a cell of a laid-out table holds.</summary>
    public enum CellRole
    {
        /// <summary>A block caption row spanning the table (第二十条第（一）项).</summary>
        Caption,
        /// <summary>The top-left cell over the row labels (信息内容, the 勾稽关系 note).</summary>
        Stub,
        /// <summary>A note spanning every column header (申请人情况).</summary>
        HeaderNote,
        ColumnHeader,
        RowHeader,
        Figure,
    }

    /// <summary>One cell as the official layout draws it: where it starts, what it spans, what it says and means.</summary>
    public sealed class LayoutCell
    {
        public LayoutCell(int row, int column, int rowSpan, int columnSpan, string text, CellRole role, CellRef? figure = null, AxisNode? node = null)
        {
            Row = row;
            Column = column;
            RowSpan = rowSpan;
            ColumnSpan = columnSpan;
            Text = text;
            Role = role;
            Figure = figure;
            Node = node;
        }

        public int Row { get; }
        public int Column { get; }
        public int RowSpan { get; }
        public int ColumnSpan { get; }

        /// <summary>The text as printed; a line break inside a narrow cell is '\n' (商业\n企业).</summary>
        public string Text { get; }

        public CellRole Role { get; }

        /// <summary>For a figure: the cell of the schema it holds.</summary>
        public CellRef? Figure { get; }

        /// <summary>For a header or row label: the schema row or column it names.</summary>
        public AxisNode? Node { get; }

        public bool IsHeaderArea => Role is CellRole.Caption or CellRole.Stub or CellRole.HeaderNote or CellRole.ColumnHeader;

        public override string ToString() => Text;
    }

    /// <summary>What a grid row of a laid-out table is.</summary>
    public enum GridRowKind { Caption, Header, Data }

    /// <summary>
    /// A table in the official layout: a rectangular grid whose every slot one <see cref="LayoutCell"/> covers, merged cells
    /// spanning several. Table 二's blocks can share one grid (a caption row, a header row and data rows per block).
    /// </summary>
    public sealed class LayoutTable : LayoutBlock
    {
        private readonly LayoutCell[,] _slots;
        private readonly ILookup<int, LayoutCell> _byRow;

        public LayoutTable(IReadOnlyList<string> tableIds, int rowCount, int columnCount, IReadOnlyList<LayoutCell> cells, IReadOnlyList<GridRowKind> rowKinds)
        {
            TableIds = tableIds;
            RowCount = rowCount;
            ColumnCount = columnCount;
            Cells = cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray();
            RowKinds = rowKinds;
            _slots = new LayoutCell[rowCount, columnCount];
            _byRow = Cells.ToLookup(c => c.Row);
            foreach (LayoutCell cell in Cells)
                for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                    for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                        _slots[r, c] = cell;
        }

        /// <summary>The schema tables the grid holds (several for table 二 drawn as one grid).</summary>
        public IReadOnlyList<string> TableIds { get; }

        public int RowCount { get; }
        public int ColumnCount { get; }

        /// <summary>Every cell once, in row-major order of the slot it starts in.</summary>
        public IReadOnlyList<LayoutCell> Cells { get; }

        public IReadOnlyList<GridRowKind> RowKinds { get; }

        /// <summary>The cell covering a slot.</summary>
        public LayoutCell this[int row, int column] => _slots[row, column];

        /// <summary>Leading rows that are captions or headers (the rows a PDF repeats on a new page).</summary>
        public int HeaderRowCount => RowKinds.TakeWhile(k => k != GridRowKind.Data).Count();

        /// <summary>The cells that start in a row, left to right.</summary>
        public IEnumerable<LayoutCell> CellsStartingIn(int row) => _byRow[row];
    }

    /// <summary>A whole report in the official layout, before any writer puts it into bytes.</summary>
    public sealed class ReportLayout
    {
        public ReportLayout(string title, IReadOnlyList<LayoutBlock> blocks)
        {
            Title = title;
            Blocks = blocks;
        }

        public string Title { get; }
        public IReadOnlyList<LayoutBlock> Blocks { get; }

        public IEnumerable<LayoutTable> Tables => Blocks.OfType<LayoutTable>();
    }
}
