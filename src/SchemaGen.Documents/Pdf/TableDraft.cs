using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>How a table's grid was found on the page.</summary>
    internal enum TableLayout
    {
        /// <summary>From the ruling lines the PDF draws.</summary>
        Lattice,
        /// <summary>From the alignment of the text alone.</summary>
        Stream,
    }

    /// <summary>One cell of a table before it becomes a <see cref="SchemaGen.Runtime.Documents.SourceCell"/>.</summary>
    internal sealed class CellDraft
    {
        public CellDraft(int row, int column, int rowSpan, int columnSpan, string text, int page, Box box)
        {
            Row = row;
            Column = column;
            RowSpan = rowSpan;
            ColumnSpan = columnSpan;
            Text = text;
            Page = page;
            Box = box;
        }

        public int Row { get; set; }
        public int Column { get; }
        public int RowSpan { get; set; }
        public int ColumnSpan { get; }
        public string Text { get; set; }
        public int Page { get; }
        public Box Box { get; set; }

        /// <summary>No ruling line closes the cell at the top: the page break cut it, and it began on the page before.</summary>
        public bool OpenTop { get; set; }

        /// <summary>No ruling line closes the cell at the bottom: the page break cut it, and it goes on on the next page.</summary>
        public bool OpenBottom { get; set; }

        public bool Covers(int row, int column) => row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
    }

    /// <summary>
    /// A table (or the part of one on a page) as cells placed on a grid of rows and columns, with the x positions of
    /// its column edges so that its continuation on the next page can be recognised.
    /// </summary>
    internal sealed class TableDraft
    {
        public TableDraft(TableLayout layout, int page, Box box, int rowCount, IReadOnlyList<double> columnEdges, List<CellDraft> cells)
        {
            Layout = layout;
            Page = page;
            LastPage = page;
            Box = box;
            RowCount = rowCount;
            ColumnEdges = columnEdges;
            Cells = cells;
        }

        public TableLayout Layout { get; }

        /// <summary>The page it starts on.</summary>
        public int Page { get; }

        /// <summary>The page it ends on (later than <see cref="Page"/> once a continuation is joined).</summary>
        public int LastPage { get; set; }
        public Box Box { get; }
        public int RowCount { get; set; }
        public IReadOnlyList<double> ColumnEdges { get; }
        public int ColumnCount => ColumnEdges.Count - 1;
        public List<CellDraft> Cells { get; }

        /// <summary>Texts inside the table that no cell could take without a guess (they are left out, and the document says so).</summary>
        public int UnplacedTexts { get; set; }

        public CellDraft? CellAt(int row, int column) => Cells.FirstOrDefault(c => c.Covers(row, column));

        /// <summary>The text of each slot of a row (a merged cell's text in each slot it covers).</summary>
        public string[] RowTexts(int row)
        {
            var texts = new string[ColumnCount];
            for (int c = 0; c < ColumnCount; c++) texts[c] = CellAt(row, c)?.Text ?? "";
            return texts;
        }
    }
}
