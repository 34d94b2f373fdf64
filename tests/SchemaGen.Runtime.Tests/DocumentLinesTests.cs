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
    }
}
