using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>From the pages' contents to the document's blocks: ruled tables, furniture, page layout, tables continued across pages.</summary>
    internal static class PageReading
    {
        public static List<Block> Read(IReadOnlyList<PageContent> pages, List<DocumentNote> notes, CancellationToken cancellationToken)
        {
            var ruled = new List<IReadOnlyList<TableDraft>>();
            foreach (PageContent page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ruled.Add(LatticeTableFinder.Find(page.Number, page.Rules, page.Runs));
            }
            HashSet<TextRun> furniture = PageFurniture.Find(pages, ruled);

            var items = new List<PageItem>();
            for (int p = 0; p < pages.Count; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TableDraft? continued = items.Count > 0 && items[^1] is TableItem last && last.Table.Layout == TableLayout.Stream && last.Table.LastPage + 1 == pages[p].Number ? last.Table : null;
                List<PageItem> pageItems = PageLayout.Analyze(pages[p], ruled[p], furniture, continued);
                // A table that ends one page and one that starts the next with the same columns are one table.
                if (items.Count > 0 && pageItems.Count > 0 && items[^1] is TableItem previous && pageItems[0] is TableItem next
                    && TableContinuation.Continues(previous.Table, next.Table))
                {
                    items[^1] = new TableItem(TableContinuation.Join(previous.Table, next.Table));
                    pageItems.RemoveAt(0);
                }
                items.AddRange(pageItems);
            }
            foreach (TableItem table in items.OfType<TableItem>().Where(t => t.Table.UnplacedTexts > 0))
                notes.Add(PdfDocumentReader.Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} texts of the table starting here could not be placed in a cell with certainty and are left out", table.Table.UnplacedTexts),
                    table.Table.Page));
            return items.Select(item => ToBlock(item, notes)).ToList();
        }

        private static Block ToBlock(PageItem item, List<DocumentNote> notes)
        {
            switch (item)
            {
                case TableItem table:
                    return ToTableBlock(table.Table, notes);
                case TextItem text:
                    string content = string.Join("\n", text.Lines.Select(CellText.LineText));
                    return new TextBlock(content, SourceLocation.OnPage(text.Page, text.Box.ToPageBox()), text.IsHeading);
                default:
                    return new TextBlock("", SourceLocation.OnPage(item.Page));
            }
        }

        private static TableBlock ToTableBlock(TableDraft table, List<DocumentNote> notes)
        {
            var builder = new TableGridBuilder(TableStructure.Inferred, SourceLocation.OnPage(table.Page, table.Box.ToPageBox()));
            int headerRows = TableContinuation.FirstRowWithFigures(table);
            builder.HeaderRowCount = headerRows == table.RowCount ? 0 : headerRows;
            var byRow = table.Cells.ToLookup(c => c.Row);
            // A table continued over many ruled pages can make any grid (six pages of a 199 × 199 lattice made 237,000
            // slots): rows stop being taken before it passes the builder's bound.
            bool cut = false;
            for (int r = 0; r < table.RowCount; r++)
            {
                if (builder.RowWouldPassGrid(table.ColumnCount))
                {
                    cut = true;
                    break;
                }
                builder.BeginRow();
                foreach (CellDraft cell in byRow[r].OrderBy(c => c.Column))
                    builder.AddCell(cell.Text, cell.RowSpan, cell.ColumnSpan, r < headerRows, SourceLocation.OnPage(cell.Page, cell.Box.ToPageBox()));
            }
            if (cut || builder.WasTruncated)
                notes.Add(PdfDocumentReader.Note(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Warning,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, "the table starting here is larger than {0:N0} cells: it was read up to row {1}, and the rest is left out",
                        TableGridBuilder.MaxSlots, builder.RowCount),
                    table.Page));
            return builder.Build();
        }
    }
}
