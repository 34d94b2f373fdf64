using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    public sealed record FlattenedTextOptions
    {
        /// <summary>The chance that a data row gets a stray space between two of its figures (hebei: 230 000023).</summary>
        public double StraySpaceChance { get; init; }

        /// <summary>The page left zero cells empty, so they vanish from the text (hebei 007/008).</summary>
        public bool ZerosDropped { get; init; }

        /// <summary>Signed counts written with their sign (hebei 007: 97+82179).</summary>
        public bool PlusSigns { get; init; }
    }

    /// <summary>
    /// A crawler's dump, as hebei 001–008: every text node of the page concatenated with whitespace stripped, the whole
    /// report on one line; paragraphs keep their two ideographic spaces of indent, table cells run together with nothing
    /// between them (一、本年新收政府信息公开申请数量81010010). The title, a separate field for the crawler, is not in it.
    /// </summary>
    public sealed class FlattenedTextWriter : ReportWriter
    {
        private const string Indent = "\u3000\u3000";
        private readonly FlattenedTextOptions _options;

        public FlattenedTextWriter(FlattenedTextOptions? options = null) => _options = options ?? new FlattenedTextOptions();

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random) => layout with { PlusSignOnSignedCounts = _options.PlusSigns };

        public override ReportFigures Shown(ReportFigures figures, SeededRandom random)
            => _options.ZerosDropped ? figures.WithZerosBlank(figures.Format.Tables.Select(t => t.Id)) : figures;

        public override WrittenReport Write(WriteContext context)
        {
            var text = new StringBuilder("\n");
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                if (block is LayoutParagraph paragraph)
                {
                    if (paragraph.Role != ParagraphRole.Title) text.Append(Indent).Append(Strip(paragraph.Text));
                    continue;
                }
                var table = (LayoutTable)block;
                for (int row = 0; row < table.RowCount; row++)
                {
                    var cells = table.CellsStartingIn(row).ToList();
                    // A stray space falls only between two figures, where a crawler's join left one.
                    var gaps = Enumerable.Range(0, cells.Count - 1).Where(i => cells[i].Role == CellRole.Figure && cells[i + 1].Role == CellRole.Figure).ToList();
                    int strayAfter = gaps.Count > 0 && context.Random.Chance(_options.StraySpaceChance) ? context.Random.Pick(gaps) : -1;
                    for (int i = 0; i < cells.Count; i++)
                    {
                        text.Append(Strip(cells[i].Text));
                        if (i == strayAfter) text.Append(' ');
                    }
                }
            }
            return WrittenReport.Utf8(text.ToString());
        }

        private static string Strip(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (char c in text)
                if (!char.IsWhiteSpace(c)) result.Append(c);
            return result.ToString();
        }
    }
}
