using SchemaGen.Documents.Html;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// The paragraph builder on its own: lines trimmed as <see cref="string.Trim()"/> trims and joined by '\n', empty
    /// lines dropped, nothing of one paragraph left in the next after <see cref="ParagraphBuilder.Clear"/> (the walker
    /// reuses one builder for every paragraph and one for every cell), and paragraphs longer than its first buffer.
    /// </summary>
    public sealed class ParagraphBuilderTests
    {
        [Fact]
        public void Lines_are_trimmed_joined_and_empty_ones_dropped()
        {
            var builder = new ParagraphBuilder();
            builder.Append("  第一行  ", inLink: false, preformatted: false);
            builder.EndLine();
            builder.EndLine();
            builder.Append("\u00A0 ", inLink: false, preformatted: false); // a line of only a no-break space is empty
            builder.EndLine();
            builder.Append("第二行\u00A0", inLink: true, preformatted: false);
            Assert.Equal("第一行\n第二行", builder.Text());
            Assert.Equal(6, builder.Characters);
            Assert.Equal(3, builder.LinkCharacters);
        }

        [Fact]
        public void One_line_and_no_line_read_as_themselves()
        {
            var builder = new ParagraphBuilder();
            Assert.Equal("", builder.Text());
            builder.Append(" a  b ", inLink: false, preformatted: false);
            Assert.Equal("a b", builder.Text());
            builder.EndLine();
            Assert.Equal("a b", builder.Text());
        }

        [Fact]
        public void Nothing_of_a_paragraph_is_left_after_clear()
        {
            var builder = new ParagraphBuilder();
            builder.Append("上一段", inLink: true, preformatted: false);
            builder.EndLine();
            builder.Append("尾", inLink: false, preformatted: false);
            builder.Clear();
            Assert.False(builder.HasContent);
            Assert.Equal("", builder.Text());
            builder.Append("本段", inLink: false, preformatted: false);
            Assert.Equal("本段", builder.Text());
            Assert.Equal(2, builder.Characters);
            Assert.Equal(0, builder.LinkCharacters);
        }

        [Fact]
        public void A_paragraph_longer_than_the_first_buffer_is_kept_whole()
        {
            var builder = new ParagraphBuilder();
            string line = new string('数', 700);
            builder.Append(line, inLink: false, preformatted: false);
            builder.EndLine();
            builder.Append(line + "字", inLink: false, preformatted: false);
            Assert.Equal(line + "\n" + line + "字", builder.Text());
        }

        [Fact]
        public void Preformatted_text_keeps_its_inner_spaces_and_breaks_lines_at_newlines()
        {
            var builder = new ParagraphBuilder();
            builder.Append("  a   b\r\n\n  c", inLink: false, preformatted: true);
            Assert.Equal("a   b\nc", builder.Text());
        }
    }
}
