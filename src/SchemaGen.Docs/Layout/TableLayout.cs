using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Docs.Layout
{
    /// <summary>
    /// Where everything of one table goes on the printed grid: the header rows (an optional note row such as
    /// 申请人情况, then the column tree), the stub columns on the left (the row tree), and the top-left stub cell
    /// that spans both (the 勾稽关系 note of table 三, 信息内容 of table 二).
    /// </summary>
    public sealed class TableLayout
    {
        public TableLayout(TableSpec table)
        {
            Table = table;
            ColumnGrid = HeaderGrid.Build(table.Columns);
            RowGrid = HeaderGrid.Build(table.Rows);
            HeaderNote = table.HeaderNotes.Count > 0 ? table.HeaderNotes[0].Value : null;
            // A table whose rows are all unlabeled and that has no stub (table 四) prints no stub column at all.
            bool hasRowHeaders = table.Stub is not null || table.AllRows.Any(r => !r.Unlabeled);
            StubWidth = hasRowHeaders ? RowGrid.Levels : 0;
            LeafRows = table.LeafRows.ToList();
            LeafColumns = table.LeafColumns.ToList();
        }

        public TableSpec Table { get; }

        public HeaderGrid ColumnGrid { get; }

        public HeaderGrid RowGrid { get; }

        /// <summary>The first header note, printed as a row spanning every figure column; the others are its variants for readers.</summary>
        public string? HeaderNote { get; }

        public int HeaderNoteRows => HeaderNote is null ? 0 : 1;

        /// <summary>All header rows: the note row and the levels of the column tree.</summary>
        public int HeaderRows => HeaderNoteRows + ColumnGrid.Levels;

        /// <summary>How many stub columns the row tree needs (0 when the table prints no row labels).</summary>
        public int StubWidth { get; }

        public IReadOnlyList<AxisNode> LeafRows { get; }

        public IReadOnlyList<AxisNode> LeafColumns { get; }

        public int TotalColumns => StubWidth + LeafColumns.Count;
    }
}
