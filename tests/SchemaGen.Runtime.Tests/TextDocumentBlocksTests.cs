using System.Linq;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// A text's lines are gathered in lists the thread keeps for its next text (a new list per text grew by doubling):
    /// each document owns its blocks, and a text parsed after another, larger or huge, reads as it reads alone.
    /// </summary>
    public sealed class TextDocumentBlocksTests
    {
        // A table's cells in reading order; the closing pipe of each row leaves an empty cell.
        private static string Describe(Block block) => block switch
        {
            TextBlock text => "text:" + text.Text,
            TableBlock table => "table:" + string.Join("|", table.Cells.Select(c => c.Text)),
            _ => block.GetType().Name,
        };

        private static string[] Blocks(Document document) => document.Blocks.Select(Describe).ToArray();

        [Fact]
        public void A_document_keeps_its_own_blocks_after_the_thread_parses_other_texts()
        {
            Document first = TextDocument.Parse("一、总体情况\n| 本年新收 | 3 |\n| 上年结转 | 0 |\n正文");
            string[] firstBlocks = Blocks(first);
            Assert.Equal(new[] { "text:一、总体情况", "table:本年新收|3||上年结转|0|", "text:正文" }, firstBlocks);

            Document second = TextDocument.Parse("标题\n| 甲 |");
            Document third = TextDocument.Parse("");

            Assert.Equal(firstBlocks, Blocks(first));
            Assert.Equal(new[] { "text:标题", "table:甲|" }, Blocks(second));
            Assert.Equal(new[] { "text:" }, Blocks(third));
        }

        [Fact]
        public void A_text_after_a_huge_one_reads_as_it_reads_alone()
        {
            // Past what the thread keeps (65,536 lines): the lists are let go, and the next text starts afresh.
            const int lines = 70_000;
            Document huge = TextDocument.Parse(string.Join("\n", Enumerable.Range(0, lines).Select(i => i % 2 == 0 ? "行" + i : "| " + i + " |")));
            Assert.Equal(lines / 2, huge.Blocks.OfType<TextBlock>().Count());
            Assert.Equal(lines / 2, huge.Blocks.OfType<TableBlock>().Count());

            Assert.Equal(new[] { "text:甲", "table:1||2|" }, Blocks(TextDocument.Parse("甲\n| 1 |\n| 2 |")));
        }
    }
}
