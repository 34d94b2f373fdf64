using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// The laid-out report as the runtime's document model, the shape every reader produces and a PDF writer takes: one
    /// text block per paragraph (title and section headings marked as headings), one table block per grid with its merged
    /// cells, caption and column-header cells marked as headers and the leading caption/header rows counted.
    /// </summary>
    public static class DocumentConverter
    {
        public static Document ToDocument(ReportLayout layout, DocumentKind kind, string? sourceName = null)
        {
            var blocks = new List<Block>();
            foreach (LayoutBlock block in layout.Blocks)
            {
                switch (block)
                {
                    case LayoutParagraph paragraph:
                        blocks.Add(new TextBlock(paragraph.Text, SourceLocation.None, paragraph.IsHeading));
                        break;
                    case LayoutTable table:
                        blocks.Add(ToTableBlock(table));
                        break;
                }
            }
            return new Document(kind, sourceName, blocks);
        }

        public static TableBlock ToTableBlock(LayoutTable table)
        {
            var builder = new TableGridBuilder(TableStructure.Exact, SourceLocation.None) { HeaderRowCount = table.HeaderRowCount };
            for (int row = 0; row < table.RowCount; row++)
            {
                builder.BeginRow();
                foreach (LayoutCell cell in table.CellsStartingIn(row))
                    builder.AddCell(cell.Text, cell.RowSpan, cell.ColumnSpan, cell.IsHeaderArea);
            }
            return builder.Build();
        }
    }
}
