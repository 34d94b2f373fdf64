using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>
    /// Text as <c>pdftotext</c> without <c>-layout</c> gives it when the PDF draws its tables column by column: prose as
    /// the page's lines, a table's header cells row by row, then its body one grid column at a time from top to bottom
    /// (every row label, then every figure of the first column, and so on), one cell per line.
    /// </summary>
    public sealed class RawOrderTextWriter : ReportWriter
    {
        private const int LineWidth = 76;

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random) => layout with { WrapNarrowHeaders = true };

        public override WrittenReport Write(WriteContext context)
        {
            var text = new StringBuilder();
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                if (block is LayoutParagraph paragraph)
                {
                    foreach (string line in TextCanvas.Wrap(paragraph.Text, LineWidth)) text.Append(line).Append('\n');
                    continue;
                }
                var table = (LayoutTable)block;
                int headerRows = table.HeaderRowCount;
                foreach (LayoutCell cell in table.Cells.Where(c => c.Row < headerRows)) AppendCell(text, cell);
                for (int column = 0; column < table.ColumnCount; column++)
                    foreach (LayoutCell cell in table.Cells.Where(c => c.Row >= headerRows && c.Column == column)) AppendCell(text, cell);
            }
            return WrittenReport.Utf8(text.ToString());
        }

        private static void AppendCell(StringBuilder text, LayoutCell cell)
        {
            if (cell.Text.Length == 0) return;
            text.Append(cell.Text).Append('\n');
        }
    }
}
