using System.Linq;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>Cell placement in the grid, as the HTML standard's table algorithm places cells.</summary>
    public class TableGridBuilderTests
    {
        [Fact]
        public void Spanning_cells_cover_their_slots_and_later_cells_take_the_next_free_slot()
        {
            // | a (rowspan 2) | b (colspan 2)   |
            // |               | c     | d       |
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.BeginRow();
            b.AddCell("a", rowSpan: 2);
            b.AddCell("b", columnSpan: 2);
            b.BeginRow();
            b.AddCell("c");
            b.AddCell("d");
            TableBlock t = b.Build();

            Assert.Equal(2, t.RowCount);
            Assert.Equal(3, t.ColumnCount);
            Assert.Equal(new[] { "a", "b", "b" }, t.RowTexts(0));
            Assert.Equal(new[] { "a", "c", "d" }, t.RowTexts(1));
            Assert.Same(t[0, 0], t[1, 0]);
            Assert.True(t.IsOrigin(0, 0));
            Assert.False(t.IsOrigin(1, 0));
            Assert.Equal(2, t[0, 0].RowSpan);
            Assert.Equal(2, t[0, 1].ColumnSpan);
            Assert.Equal(4, t.Cells.Count);
        }

        [Fact]
        public void Cells_reaching_down_take_their_slots_in_column_order_whatever_order_they_began_in()
        {
            // a (row 0, column 1, rowspan 3) begins before b (row 1, column 0, colspan 3, rowspan 2), which overlaps it
            // (a table model error the standard allows): in row 1 the slot both cover is a's, already there. In row 2
            // both reach down, and b, the one in the lower column, takes its slots first: the slot is b's.
            var builder = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            builder.BeginRow();
            builder.AddCell("z");
            builder.AddCell("a", rowSpan: 3);
            builder.AddCell("y");
            builder.BeginRow();
            builder.AddCell("b", rowSpan: 2, columnSpan: 3);
            builder.BeginRow();
            builder.AddCell("c");
            builder.BeginRow();
            builder.AddCell("d");
            TableBlock table = builder.Build();

            Assert.Equal(new[] { "z", "a", "y", "" }, table.RowTexts(0));
            Assert.Equal(new[] { "b", "a", "b", "" }, table.RowTexts(1));
            Assert.Equal(new[] { "b", "b", "b", "c" }, table.RowTexts(2));
            Assert.Equal(new[] { "d", "", "", "" }, table.RowTexts(3));
            Assert.Equal(3, table[0, 1].RowSpan);
            Assert.Equal(2, table[1, 0].RowSpan);
        }

        [Fact]
        public void Short_rows_are_filled_and_the_grid_is_rectangular()
        {
            var b = new TableGridBuilder(TableStructure.Ragged, SourceLocation.None);
            b.BeginRow();
            b.AddCell("1");
            b.AddCell("2");
            b.AddCell("3");
            b.BeginRow();
            b.AddCell("x");
            TableBlock t = b.Build();

            Assert.Equal(3, t.ColumnCount);
            Assert.True(t[1, 1].IsFiller);
            Assert.True(t[1, 2].IsFiller);
            Assert.NotSame(t[1, 1], t[1, 2]);
            Assert.Equal("", t[1, 2].Text);
            Assert.Equal(TableStructure.Ragged, t.Structure);
        }

        [Fact]
        public void Row_span_zero_reaches_the_last_row_and_a_span_past_the_end_is_cut()
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.BeginRow();
            b.AddCell("side", rowSpan: 0);
            b.AddCell("far", rowSpan: 99);
            b.BeginRow();
            b.BeginRow();
            TableBlock t = b.Build();

            Assert.Equal(3, t.RowCount);
            Assert.Equal(3, t[0, 0].RowSpan);
            Assert.Equal(3, t[0, 1].RowSpan);
            Assert.Same(t[0, 0], t[2, 0]);
            Assert.Same(t[0, 1], t[2, 1]);
        }

        [Fact]
        public void A_vertical_merge_continues_the_cell_above()
        {
            // Word: vMerge restart in row 0, continue in rows 1 and 2 of the first column.
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.BeginRow();
            b.AddCell("三、本年度办理结果");
            b.AddCell("（一）予以公开");
            b.BeginRow();
            Assert.True(b.ExtendCellAbove());
            b.AddCell("（二）部分公开");
            b.BeginRow();
            Assert.True(b.ExtendCellAbove());
            b.AddCell("（三）不予公开");
            TableBlock t = b.Build();

            Assert.Equal(3, t[0, 0].RowSpan);
            Assert.Same(t[0, 0], t[2, 0]);
            Assert.Equal(new[] { "三、本年度办理结果", "（三）不予公开" }, t.RowTexts(2));
        }

        [Fact]
        public void A_vertical_merge_with_nothing_above_is_an_empty_cell()
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.BeginRow();
            Assert.False(b.ExtendCellAbove());
            b.AddCell("x");
            TableBlock t = b.Build();
            Assert.Equal(new[] { "", "x" }, t.RowTexts(0));
            Assert.False(t[0, 0].IsFiller);
        }

        [Fact]
        public void Skipped_columns_stay_empty()
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.BeginRow();
            b.AddCell("a");
            b.AddCell("b");
            b.BeginRow();
            b.SkipColumns(1);
            b.AddCell("c");
            TableBlock t = b.Build();
            Assert.True(t[1, 0].IsFiller);
            Assert.Equal("c", t[1, 1].Text);
        }

        [Fact]
        public void Spans_are_clamped_and_a_runaway_table_stops_growing()
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.BeginRow();
            b.AddCell("wide", columnSpan: 5000);
            TableBlock t = b.Build();
            Assert.Equal(TableGridBuilder.MaxColumnSpan, t.ColumnCount);

            var big = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            for (int r = 0; r < 400; r++)
            {
                big.BeginRow();
                for (int c = 0; c < 1000; c++) big.AddCell("x");
            }
            Assert.True(big.WasTruncated);
            TableBlock huge = big.Build();
            Assert.True(huge.Cells.Count(c => !c.IsFiller) <= TableGridBuilder.MaxSlots);
        }

        [Fact]
        public void A_row_that_would_make_the_grid_pass_the_bound_is_told_before_it_begins()
        {
            // One row of 1,000 cells: the grid is rows × 1,000 however short the later rows are.
            var b = new TableGridBuilder(TableStructure.Ragged, SourceLocation.None);
            b.BeginRow();
            for (int c = 0; c < 1000; c++) b.AddCell("1");
            int rows = 1;
            while (!b.RowWouldPassGrid(1))
            {
                b.BeginRow();
                b.AddCell("x");
                rows++;
            }
            Assert.Equal(TableGridBuilder.MaxSlots / 1000, rows);
            Assert.True(b.RowWouldPassGrid(1));
            Assert.False(new TableGridBuilder(TableStructure.Ragged, SourceLocation.None).RowWouldPassGrid(TableGridBuilder.MaxSlots));
            Assert.True(new TableGridBuilder(TableStructure.Ragged, SourceLocation.None).RowWouldPassGrid(TableGridBuilder.MaxSlots + 1));
            TableBlock t = b.Build();
            Assert.Equal(1000, t.ColumnCount);
            Assert.True((long)t.RowCount * t.ColumnCount <= TableGridBuilder.MaxSlots);
        }

        [Fact]
        public void Locations_print_where_a_user_would_look()
        {
            Assert.Equal("12:5", SourceLocation.AtLine(12, 5).ToString());
            Assert.Equal("page 3 (x 72–140, y 500–512)", SourceLocation.OnPage(3, new PageBox(72, 500, 140, 512)).ToString());
            Assert.Equal("body/table[2]/tr[4]/td[3] (line 88:7)", SourceLocation.AtElement("body/table[2]/tr[4]/td[3]", 88, 7).ToString());
            Assert.True(SourceLocation.None.IsNone);
            Assert.Equal(SourceLocation.AtLine(1, 2), SourceLocation.AtLine(1, 2));
        }

        // A builder's rows are scratch the thread keeps for its next table: each table is its own, built after another,
        // inside another's building, or asked to build twice; and a built builder takes no more cells.

        private static TableBlock TwoByTwo(string prefix)
        {
            var b = new TableGridBuilder(TableStructure.Ragged, SourceLocation.None);
            b.BeginRow(prefix + "| 1 | 2 |");
            b.AddCell(prefix + "1");
            b.AddCell(prefix + "2");
            b.BeginRow(prefix + "| 3 |");
            b.AddCell(prefix + "3");
            return b.Build();
        }

        [Fact]
        public void A_table_built_after_another_is_its_own_and_leaves_the_other_as_it_was()
        {
            var wide = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            for (int r = 0; r < 40; r++)
            {
                wide.BeginRow();
                for (int c = 0; c < 12; c++) wide.AddCell($"w{r}.{c}", rowSpan: r == 0 && c == 11 ? 3 : 1);
            }
            TableBlock first = wide.Build();
            string[] firstRow = first.RowTexts(39);

            TableBlock second = TwoByTwo("a");
            Assert.Equal(2, second.RowCount);
            Assert.Equal(2, second.ColumnCount);
            Assert.Equal(new[] { "a1", "a2" }, second.RowTexts(0));
            Assert.Equal("a3", second[1, 0].Text);
            Assert.True(second[1, 1].IsFiller);
            Assert.Equal(new[] { "a| 1 | 2 |", "a| 3 |" }, second.RowSourceTexts);

            Assert.Equal(40, first.RowCount);
            Assert.Equal(13, first.ColumnCount); // rows 1 and 2 push their twelfth cell past the spanning one
            Assert.Equal(firstRow, first.RowTexts(39));
            Assert.Same(first[0, 11], first[2, 11]);
            Assert.Null(first.RowSourceTexts);
        }

        [Fact]
        public void A_table_built_while_another_is_being_built_is_its_own()
        {
            var outer = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            outer.BeginRow();
            outer.AddCell("o1");
            TableBlock inner = TwoByTwo("i");
            outer.AddCell("o2");
            outer.BeginRow();
            outer.AddCell("o3");
            TableBlock built = outer.Build();

            Assert.Equal(new[] { "i1", "i2" }, inner.RowTexts(0));
            Assert.Equal(new[] { "o1", "o2" }, built.RowTexts(0));
            Assert.Equal("o3", built[1, 0].Text);
            Assert.True(built[1, 1].IsFiller);
        }

        [Fact]
        public void Built_twice_a_table_is_the_same_and_a_built_builder_takes_no_more_cells()
        {
            var b = new TableGridBuilder(TableStructure.Exact, SourceLocation.None);
            b.AddCell("x");
            TableBlock once = b.Build();
            Assert.Same(once, b.Build());
            Assert.Throws<System.InvalidOperationException>(() => b.AddCell("y"));
            Assert.Throws<System.InvalidOperationException>(() => b.BeginRow());
            Assert.Throws<System.InvalidOperationException>(() => b.SkipColumns(1));
            Assert.Throws<System.InvalidOperationException>(() => b.ExtendCellAbove());
            Assert.Equal(new[] { "x" }, once.RowTexts(0));
        }
    }
}
