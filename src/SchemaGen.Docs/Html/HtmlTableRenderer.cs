using System.Globalization;
using System.Linq;
using SchemaGen.Docs.Layout;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Writing;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Docs.Html
{
    /// <summary>
    /// Draws one table as the official format lays it out, with merged header cells. Every header cell carries
    /// data-axis and data-path, every figure cell data-row and data-column, so tests (and readers' tools) can map
    /// the drawing back to the schema.
    /// </summary>
    public static class HtmlTableRenderer
    {
        public static void Render(HtmlWriter w, SchemaFacts facts, TableSpec table)
        {
            var layout = new TableLayout(table);
            // The wrapper scrolls sideways on a narrow screen instead of widening the page.
            w.Open("div", "class", "table-scroll");
            w.Open("table", "class", "layout", "data-table", table.Id, "data-format", facts.Document.Key).Line();
            if (table.Caption is not null)
                w.Element("caption", table.Caption).Line();
            RenderHeader(w, layout);
            RenderBody(w, facts, layout);
            w.Close("table").Close("div").Line();
        }

        private static void RenderHeader(HtmlWriter w, TableLayout layout)
        {
            w.Open("thead").Line();
            for (int headerRow = 0; headerRow < layout.HeaderRows; headerRow++)
            {
                w.Open("tr");
                if (headerRow == 0 && layout.StubWidth > 0)
                    w.Open("th", "class", "stub", "rowspan", Span(layout.HeaderRows), "colspan", Span(layout.StubWidth))
                        .Text(layout.Table.Stub ?? "").Close("th");
                if (headerRow < layout.HeaderNoteRows)
                {
                    w.Open("th", "class", "note", "colspan", Span(layout.LeafColumns.Count), "scope", "colgroup")
                        .Text(layout.HeaderNote).Close("th");
                }
                else
                {
                    foreach (HeaderCell cell in layout.ColumnGrid.StartingAtLevel(headerRow - layout.HeaderNoteRows))
                        RenderColumnHeader(w, cell);
                }
                w.Close("tr").Line();
            }
            w.Close("thead").Line();
        }

        private static void RenderColumnHeader(HtmlWriter w, HeaderCell cell)
        {
            AxisNode node = cell.Node;
            w.Open("th",
                "class", node.IsLeaf ? "col leaf" : "col group",
                "scope", node.IsLeaf ? "col" : "colgroup",
                "rowspan", Span(cell.LevelSpan),
                "colspan", Span(cell.PositionSpan),
                "data-axis", "column",
                "data-path", node.Path,
                "title", AliasTitle(node));
            Label(w, node);
            w.Close("th");
        }

        private static void RenderBody(HtmlWriter w, SchemaFacts facts, TableLayout layout)
        {
            w.Open("tbody").Line();
            for (int i = 0; i < layout.LeafRows.Count; i++)
            {
                AxisNode leafRow = layout.LeafRows[i];
                w.Open("tr", "data-row", leafRow.Path);
                if (layout.StubWidth > 0)
                    foreach (HeaderCell cell in layout.RowGrid.StartingAtPosition(i))
                        RenderRowHeader(w, cell);
                foreach (AxisNode column in layout.LeafColumns)
                    RenderFigure(w, facts, layout.Table, leafRow, column);
                w.Close("tr").Line();
            }
            w.Close("tbody").Line();
        }

        private static void RenderRowHeader(HtmlWriter w, HeaderCell cell)
        {
            AxisNode node = cell.Node;
            string cls = (node.IsLeaf ? "row leaf" : "row group") + (node.Unlabeled ? " unlabeled" : "") + " depth-" + node.Depth.ToString(CultureInfo.InvariantCulture);
            w.Open("th",
                "class", cls,
                "scope", node.IsLeaf ? "row" : "rowgroup",
                "rowspan", Span(cell.PositionSpan),
                "colspan", Span(cell.LevelSpan),
                "data-axis", "row",
                "data-path", node.Path,
                "title", AliasTitle(node));
            if (!node.Unlabeled) Label(w, node);
            w.Close("th");
        }

        private static void RenderFigure(HtmlWriter w, SchemaFacts facts, TableSpec table, AxisNode row, AxisNode column)
        {
            CellKind kind = table.KindOf(row, column);
            var derivedBy = facts.DerivedBy(table, row, column);
            string cls = "fig " + AxisLabels.KindName(kind) + (derivedBy.Count > 0 ? " derived" : "");
            string title = AxisLabels.KindName(kind) + (derivedBy.Count > 0 ? "; derived by " + string.Join(", ", derivedBy) : "");
            w.Open("td", "class", cls, "data-row", row.Path, "data-column", column.Id, "title", title);
            if (derivedBy.Count > 0) w.Element("span", "Σ", "class", "sigma");
            w.Text(AxisLabels.KindMark(kind));
            w.Close("td");
        }

        /// <summary>The official label (number included) with the identifier beside it.</summary>
        private static void Label(HtmlWriter w, AxisNode node)
        {
            if (node.Number is not null)
                w.Element("span", NumberPart(node), "class", "num");
            w.Element("span", node.Label, "class", "label");
            w.Text(" ");
            w.Open("code", "class", "id").Identifier(node.Id).Close("code");
        }

        /// <summary>The number as printed before the label: "一、", "（一）", "1.".</summary>
        private static string NumberPart(AxisNode node)
            => node.NumberedLabel.Substring(0, node.NumberedLabel.Length - node.Label.Length);

        private static string? AliasTitle(AxisNode node)
            => node.Aliases.Count == 0 ? null : "aliases: " + AxisLabels.AliasesText(node);

        /// <summary>HTML's default span is 1: write the attribute only when it says more.</summary>
        private static string? Span(int span) => span > 1 ? span.ToString(CultureInfo.InvariantCulture) : null;
    }
}
