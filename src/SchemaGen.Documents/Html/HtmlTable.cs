using System.Collections.Generic;
using AngleSharp.Dom;

namespace SchemaGen.Documents.Html
{
    /// <summary>A cell of a <see cref="HtmlTable"/> (a td or th) with its element path.</summary>
    internal sealed record HtmlTableCell(IElement Element, ElementPath Path)
    {
        public bool IsHeader => Element.LocalName == "th";
    }

    /// <summary>A row of a <see cref="HtmlTable"/> and its own cells.</summary>
    internal sealed record HtmlTableRow(IElement Element, ElementPath Path, IReadOnlyList<HtmlTableCell> Cells);

    /// <summary>A row group: a thead, tbody or tfoot, or rows written directly in the table (Section null).</summary>
    internal sealed record HtmlRowGroup(IElement? Section, IReadOnlyList<HtmlTableRow> Rows)
    {
        public bool IsHead => Section?.LocalName == "thead";
    }

    /// <summary>
    /// One table's own structure in document order (thead, tbody and tfoot groups and rows directly in the table as
    /// the markup orders them), without the rows and cells of tables nested in its cells.
    /// </summary>
    internal sealed class HtmlTable
    {
        private HtmlTable(IElement element, ElementPath path, IElement? caption, ElementPath? captionPath, IReadOnlyList<HtmlRowGroup> groups)
        {
            Element = element;
            Path = path;
            Caption = caption;
            CaptionPath = captionPath;
            Groups = groups;
        }

        public IElement Element { get; }

        public ElementPath Path { get; }

        public IElement? Caption { get; }

        public ElementPath? CaptionPath { get; }

        public IReadOnlyList<HtmlRowGroup> Groups { get; }

        public IEnumerable<HtmlTableRow> Rows
        {
            get
            {
                foreach (HtmlRowGroup group in Groups)
                    foreach (HtmlTableRow row in group.Rows) yield return row;
            }
        }

        public IEnumerable<HtmlTableCell> Cells
        {
            get
            {
                foreach (HtmlTableRow row in Rows)
                    foreach (HtmlTableCell cell in row.Cells) yield return cell;
            }
        }

        public static HtmlTable Read(IElement table, ElementPath path)
        {
            IElement? caption = null;
            ElementPath? captionPath = null;
            var groups = new List<HtmlRowGroup>();
            List<HtmlTableRow>? looseRows = null;
            foreach ((INode node, ElementStep step) in ElementPaths.Children(table))
            {
                if (node is not IElement child || !step.IsElement) continue;
                switch (child.LocalName)
                {
                    case "caption" when caption is null:
                        caption = child;
                        captionPath = path.Child(step);
                        break;
                    case "thead":
                    case "tbody":
                    case "tfoot":
                        looseRows = null;
                        groups.Add(new HtmlRowGroup(child, ReadRows(child, path.Child(step))));
                        break;
                    case "tr":
                        // Rows written directly in the table (the parser only does so for XHTML-like input) form one group until a section starts.
                        if (looseRows is null)
                        {
                            looseRows = new List<HtmlTableRow>();
                            groups.Add(new HtmlRowGroup(null, looseRows));
                        }
                        looseRows.Add(ReadRow(child, path.Child(step)));
                        break;
                }
            }
            return new HtmlTable(table, path, caption, captionPath, groups);
        }

        private static List<HtmlTableRow> ReadRows(IElement section, ElementPath path)
        {
            var rows = new List<HtmlTableRow>();
            foreach ((INode node, ElementStep step) in ElementPaths.Children(section))
                if (node is IElement row && step.IsElement && row.LocalName == "tr") rows.Add(ReadRow(row, path.Child(step)));
            return rows;
        }

        private static HtmlTableRow ReadRow(IElement row, ElementPath path)
        {
            var cells = new List<HtmlTableCell>();
            foreach ((INode node, ElementStep step) in ElementPaths.Children(row))
                if (node is IElement cell && step.IsElement && cell.LocalName is "td" or "th") cells.Add(new HtmlTableCell(cell, path.Child(step)));
            return new HtmlTableRow(row, path, cells);
        }
    }
}
