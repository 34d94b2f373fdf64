using System.Linq;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>A document's blocks as the reader's lines: a text block of several lines (a paragraph of a web page) is cut at its breaks.</summary>
    public class DocumentLinesTests
    {
        [Fact]
        public void A_text_block_is_cut_at_each_line_break_and_its_lines_keep_their_place()
        {
            var document = new Document(DocumentKind.Html, null, new Block[]
            {
                new TextBlock("一、总体情况\r\n本机关\n\n全年", SourceLocation.AtLine(3, 5)),
                new TextBlock("", SourceLocation.AtLine(9, 1)),
                new TextBlock("末行\n", SourceLocation.AtLine(10, 1)),
                new TextBlock("单行", SourceLocation.AtLine(12, 2)),
            });
            TextLine[] lines = DocumentLines.Of(document);
            Assert.Equal(new[] { "一、总体情况", "本机关", "", "全年", "", "末行", "", "单行" }, lines.Select(l => l.Text));
            Assert.Equal(Enumerable.Range(1, 8), lines.Select(l => l.Number));
            // A block's first line keeps its column; the lines after it start at column 1 of the lines below.
            Assert.Equal(new[] { (3, 5), (4, 1), (5, 1), (6, 1), (9, 1), (10, 1), (11, 1), (12, 2) },
                lines.Select(l => (l.Location.Line, l.Location.Column)));
        }

        [Fact]
        public void A_plain_texts_lines_are_laid_out_as_the_same_lines_given_as_blocks_of_unknown_breaks()
        {
            // A plain text's blocks are known to be one line each and are not searched for breaks: the lines must be those
            // of the same blocks read without that knowledge (pipe tables, carriage returns and blank lines among them).
            string text = "一、总体情况\r\n本机关全年\r\r\n| 项目 | 数量 |\n| 新收 | 3 |\n\u2028末行\r";
            Document plain = TextDocument.Parse(text);
            Assert.Contains(plain.Blocks, b => b is TextBlock);
            var unknown = new Document(DocumentKind.Text, null, plain.Blocks
                .Select(b => b is TextBlock t ? new TextBlock(t.Text, t.Location, t.IsHeading) : b).ToArray());
            static string Describe(TextLine l) => $"{l.Number} {l.Text} {l.Location} {l.IsTableRow}";
            Assert.Equal(DocumentLines.Of(unknown).Select(Describe), DocumentLines.Of(plain).Select(Describe));
        }
    }
}
