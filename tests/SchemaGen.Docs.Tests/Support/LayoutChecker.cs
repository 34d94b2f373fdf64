using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>Checks one rendered table against its schema: spans of every header cell, the slot grid, row order and numbering.</summary>
    public static class LayoutChecker
    {
        public static void Check(IElement tableElement, TableSpec table)
        {
            var expected = new ExpectedLayout(table);
            var grid = TableGrid.Of(tableElement);
            string where = $"table {table.Id}";

            Assert.Empty(grid.Overlaps);
            Assert.Equal(expected.HeaderRows, grid.HeaderRows);
            Assert.Equal(expected.HeaderRows + expected.LeafRows.Count, grid.Height);
            Assert.Equal(expected.StubWidth + expected.LeafColumns.Count, grid.Width);
            for (int r = 0; r < grid.Height; r++)
                for (int c = 0; c < grid.Width; c++)
                    Assert.True(grid[r, c] is not null, $"{where}: slot ({r},{c}) is empty");

            // Caption: table 二's blocks carry 第二十条第（…）项.
            IElement? caption = tableElement.QuerySelector(":scope > caption");
            Assert.Equal(table.Caption, caption?.TextContent);

            CheckStub(grid, expected, where);
            CheckColumnHeaders(tableElement, grid, expected, where);
            CheckRowHeaders(tableElement, grid, expected, where);
            CheckFigures(grid, expected, where);
        }

        private static void CheckStub(TableGrid grid, ExpectedLayout expected, string where)
        {
            if (expected.StubWidth == 0)
            {
                Assert.Null(grid.Rows[0].QuerySelector("th.stub"));
                return;
            }
            IElement stub = grid[0, 0]!;
            Assert.Contains("stub", stub.ClassList);
            Assert.Equal(expected.HeaderRows, TableGrid.RowSpan(stub));
            Assert.Equal(expected.StubWidth, TableGrid.ColSpan(stub));
            Assert.Equal(expected.Table.Stub ?? "", stub.TextContent);
            for (int r = 0; r < expected.HeaderRows; r++)
                for (int c = 0; c < expected.StubWidth; c++)
                    Assert.Same(stub, grid[r, c]);
        }

        private static void CheckColumnHeaders(IElement tableElement, TableGrid grid, ExpectedLayout expected, string where)
        {
            var headers = tableElement.QuerySelectorAll("thead th[data-axis='column']").ToList();
            // Each column node exactly once (header rows go level by level, so the order is checked by the slots below).
            Assert.Equal(expected.Table.AllColumns.Select(c => c.Path).OrderBy(p => p, System.StringComparer.Ordinal),
                headers.Select(h => h.GetAttribute("data-path")!).OrderBy(p => p, System.StringComparer.Ordinal));
            foreach (AxisNode node in expected.Table.AllColumns)
            {
                IElement th = headers.Single(h => h.GetAttribute("data-path") == node.Path);
                Assert.True(ExpectedLayout.LeafCount(node) == TableGrid.ColSpan(th), $"{where}: colspan of column {node.Path}");
                Assert.True(expected.Spans[node].Levels == TableGrid.RowSpan(th), $"{where}: rowspan of column {node.Path} is {TableGrid.RowSpan(th)}, expected {expected.Spans[node].Levels}");
                Assert.Equal(node.Label, th.QuerySelector(".label")?.TextContent);
                Assert.Equal(node.Id, th.QuerySelector("code.id")?.TextContent);
            }
            // Above each figure column: the note, then its ancestors outermost first, then the leaf itself.
            for (int j = 0; j < expected.LeafColumns.Count; j++)
            {
                AxisNode leaf = expected.LeafColumns[j];
                int c = expected.StubWidth + j;
                if (expected.NoteRows == 1)
                {
                    Assert.Contains("note", grid[0, c]!.ClassList);
                    Assert.Equal(expected.Table.HeaderNotes[0].Value, grid[0, c]!.TextContent);
                    Assert.Equal(expected.LeafColumns.Count, TableGrid.ColSpan(grid[0, c]!));
                }
                var stack = grid.Distinct(grid.Column(c, expected.NoteRows, expected.HeaderRows));
                Assert.Equal(ExpectedLayout.Chain(expected.Table.Columns, leaf).Select(n => n.Path), stack.Select(e => e.GetAttribute("data-path")));
            }
        }

        private static void CheckRowHeaders(IElement tableElement, TableGrid grid, ExpectedLayout expected, string where)
        {
            var bodyRows = grid.Rows.Skip(grid.HeaderRows).ToList();
            Assert.Equal(expected.LeafRows.Select(r => r.Path), bodyRows.Select(tr => tr.GetAttribute("data-row")));
            var headers = tableElement.QuerySelectorAll("tbody th[data-axis='row']").ToList();
            if (expected.StubWidth == 0)
            {
                Assert.Empty(headers);
                return;
            }
            Assert.Equal(expected.Table.AllRows.Select(r => r.Path), headers.Select(h => h.GetAttribute("data-path")));
            foreach (AxisNode node in expected.Table.AllRows)
            {
                IElement th = headers.Single(h => h.GetAttribute("data-path") == node.Path);
                Assert.True(ExpectedLayout.LeafCount(node) == TableGrid.RowSpan(th), $"{where}: rowspan of row {node.Path}");
                Assert.True(expected.Spans[node].Levels == TableGrid.ColSpan(th), $"{where}: colspan of row {node.Path} is {TableGrid.ColSpan(th)}, expected {expected.Spans[node].Levels}");
                if (node.Unlabeled) continue;
                // The official numbering, in front of the label: 三、本年度办理结果, （一）予以公开, 1.属于国家秘密.
                string printed = (th.QuerySelector(".num")?.TextContent ?? "") + th.QuerySelector(".label")?.TextContent;
                Assert.Equal(node.NumberedLabel, printed);
                Assert.Equal(node.Id, th.QuerySelector("code.id")?.TextContent);
            }
            // Left of each figure row: its groups outermost first, then the row itself.
            for (int i = 0; i < expected.LeafRows.Count; i++)
            {
                var stack = grid.Distinct(grid.Row(expected.HeaderRows + i, 0, expected.StubWidth));
                Assert.Equal(ExpectedLayout.Chain(expected.Table.Rows, expected.LeafRows[i]).Select(n => n.Path), stack.Select(e => e.GetAttribute("data-path")));
            }
        }

        private static void CheckFigures(TableGrid grid, ExpectedLayout expected, string where)
        {
            for (int i = 0; i < expected.LeafRows.Count; i++)
                for (int j = 0; j < expected.LeafColumns.Count; j++)
                {
                    IElement td = grid[expected.HeaderRows + i, expected.StubWidth + j]!;
                    Assert.Equal("td", td.LocalName);
                    Assert.Equal(1, TableGrid.RowSpan(td));
                    Assert.Equal(1, TableGrid.ColSpan(td));
                    Assert.Equal(expected.LeafRows[i].Path, td.GetAttribute("data-row"));
                    Assert.Equal(expected.LeafColumns[j].Id, td.GetAttribute("data-column"));
                    CellKind kind = expected.Table.KindOf(expected.LeafRows[i], expected.LeafColumns[j]);
                    Assert.Contains(kind switch { CellKind.Count => "count", CellKind.SignedCount => "signed-count", _ => "amount" }, td.ClassList);
                }
        }

        /// <summary>The table of a schema page that draws <paramref name="table"/>.</summary>
        public static IElement Find(IDocument document, SchemaDocument schema, string tableId)
            => document.QuerySelectorAll("table.layout").Single(t => t.GetAttribute("data-table") == tableId && t.GetAttribute("data-format") == schema.Key);

        public static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
