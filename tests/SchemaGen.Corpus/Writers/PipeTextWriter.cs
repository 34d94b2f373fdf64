using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    public sealed record PipeTextOptions
    {
        /// <summary>Brackets and commas folded to ASCII, as seed 001's converter wrote them.</summary>
        public bool HalfWidthPunctuation { get; init; } = true;

        public Script Script { get; init; } = Script.Simplified;
    }

    /// <summary>
    /// Tables as pipe rows with the header levels flattened, as seed 001 (a page converted to text): each cell that starts in
    /// a row written as "text |" (an empty one as "|"), then, after a space, one "|" per slot of the row that no cell starts in (slots a merged cell covers); the last row
    /// of a table leaves those out. A line break inside a cell becomes a space (商业 企业). Paragraphs are lines.
    /// </summary>
    public sealed class PipeTextWriter : ReportWriter
    {
        private readonly PipeTextOptions _options;

        public PipeTextWriter(PipeTextOptions? options = null) => _options = options ?? new PipeTextOptions();

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random)
            => layout with { Text = layout.Text with { HalfWidthPunctuation = _options.HalfWidthPunctuation, Script = _options.Script } };

        public override WrittenReport Write(WriteContext context)
        {
            var text = new StringBuilder();
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                if (block is LayoutParagraph paragraph) text.Append(paragraph.Text.Replace('\n', ' ')).Append('\n');
                else if (block is LayoutTable table) AppendTable(text, table);
            }
            return WrittenReport.Utf8(text.ToString());
        }

        private static void AppendTable(StringBuilder text, LayoutTable table)
        {
            for (int row = 0; row < table.RowCount; row++)
            {
                var cells = table.CellsStartingIn(row).ToList();
                text.Append(string.Join(" ", cells.Select(c => c.Text.Length == 0 ? "|" : c.Text.Replace('\n', ' ') + " |")));
                int covered = table.ColumnCount - cells.Count;
                if (covered > 0 && row < table.RowCount - 1) text.Append(' ').Append('|', covered);
                text.Append('\n');
            }
        }
    }
}
