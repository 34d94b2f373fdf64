using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>A document's blocks as short strings, to compare reading order in one assertion.</summary>
    internal static class BlockListing
    {
        /// <summary>A text block as its text ("# " before a heading), a table as "[table R×C]".</summary>
        public static List<string> Of(Document document) => document.Blocks.Select(Describe).ToList();

        public static string Describe(Block block) => block switch
        {
            TextBlock text => (text.IsHeading ? "# " : "") + text.Text,
            TableBlock table => string.Format(CultureInfo.InvariantCulture, "[table {0}×{1}]", table.RowCount, table.ColumnCount),
            _ => block.ToString() ?? "",
        };

        /// <summary>Every text of the document: its text blocks and every cell of its tables.</summary>
        public static IEnumerable<string> AllTexts(Document document)
        {
            foreach (Block block in document.Blocks)
            {
                if (block is TextBlock text) yield return text.Text;
                else if (block is TableBlock table)
                    foreach (SourceCell cell in table.Cells) yield return cell.Text;
            }
        }
    }
}
