using System.Collections.Generic;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// <see cref="TextDocument.LocationAt"/> numbers lines as <see cref="TextDocument.Parse"/> does (LF, CR LF as one
    /// break, a lone CR, U+2028, U+2029): every character of every line is found on the line Parse gives it, at its
    /// column.
    /// </summary>
    public sealed class TextDocumentLocationTests
    {
        [Theory]
        [InlineData("one\ntwo\r\nthree\rfour\u2028five\u2029six")]
        [InlineData("\r\n\r\n\n\r\r\nend")]
        [InlineData("no break at all")]
        [InlineData("trailing\r\n")]
        [InlineData("")]
        public void Every_character_is_on_the_line_parse_gives_it(string text)
        {
            var lineStarts = new List<(int Start, int Length)>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
                lineStarts.Add((start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            lineStarts.Add((start, text.Length - start));
            Assert.Equal(lineStarts.Count, TextDocument.Parse(text).Blocks.Count);

            for (int line = 0; line < lineStarts.Count; line++)
            {
                (int lineStart, int length) = lineStarts[line];
                for (int column = 0; column <= length; column++)
                    Assert.Equal(SourceLocation.AtLine(line + 1, column + 1), TextDocument.LocationAt(text, lineStart + column));
            }
        }

        [Fact]
        public void Long_random_texts_split_into_the_lines_a_character_by_character_reading_gives()
        {
            string[] pieces = { "\n", "\r", "\r\n", "\u2028", "\u2029", "本年新收", " 12 ", "x", "\u0085", "\t", "（一）予以公开 3" };
            var random = new System.Random(20261201);
            for (int n = 0; n < 300; n++)
            {
                var text = new System.Text.StringBuilder();
                int count = random.Next(0, 120);
                for (int i = 0; i < count; i++) text.Append(pieces[random.Next(pieces.Length)]);
                string value = text.ToString();
                var expected = new List<string>();
                int start = 0;
                for (int i = 0; i < value.Length; i++)
                {
                    char c = value[i];
                    if (c is not ('\n' or '\r' or '\u2028' or '\u2029')) continue;
                    expected.Add(value.Substring(start, i - start));
                    if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') i++;
                    start = i + 1;
                }
                expected.Add(value.Substring(start));
                var lines = new List<string>();
                foreach (Block block in TextDocument.Parse(value).Blocks) lines.Add(((TextBlock)block).Text);
                Assert.Equal(expected, lines);
                if (value.Length > 0) Assert.Equal(TextDocument.LocationAt(value, value.Length), SourceLocation.AtLine(expected.Count, expected[expected.Count - 1].Length + 1));
            }
        }

        [Fact]
        public void A_place_between_CR_and_LF_is_still_on_the_line_the_break_ends()
        {
            Assert.Equal(SourceLocation.AtLine(1, 3), TextDocument.LocationAt("ab\r\ncd", 2));
            Assert.Equal(SourceLocation.AtLine(1, 4), TextDocument.LocationAt("ab\r\ncd", 3));
            Assert.Equal(SourceLocation.AtLine(2, 1), TextDocument.LocationAt("ab\r\ncd", 4));
        }

        [Theory]
        [InlineData(-5, 1, 1)]
        [InlineData(100, 2, 3)]
        public void A_place_outside_the_text_is_clamped_to_it(int index, int line, int column)
        {
            Assert.Equal(SourceLocation.AtLine(line, column), TextDocument.LocationAt("ab\ncd", index));
        }

        [Fact]
        public void No_text_is_line_one_column_one()
        {
            Assert.Equal(SourceLocation.AtLine(1, 1), TextDocument.LocationAt(null, 3));
        }
    }
}
