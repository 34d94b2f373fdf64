using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// What the templates write goes into pieces (<see cref="TextPieces"/>, <see cref="GeneratedText"/>) instead of one
    /// string: the pieces must give back exactly the text written, with "\r\n" as "\n" however the writes fall, and the
    /// compiler must get the same text from them.
    /// </summary>
    public class GeneratedTextTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        public void Pieces_give_back_the_text_written_with_windows_line_ends_made_unix_however_the_writes_fall(int seed)
        {
            var random = new Random(seed);
            // Long enough to fill several pieces; rich in '\r' and '\n' so that pairs fall across writes and pieces.
            const string alphabet = "ab}\r\n\r\n中";
            var written = new StringBuilder();
            var output = new TextPieces();
            int total = GeneratedText.PieceLength * 3 + random.Next(GeneratedText.PieceLength);
            while (written.Length < total)
            {
                int length = random.Next(4) == 0 ? random.Next(GeneratedText.PieceLength + 10) : random.Next(6);
                var chunk = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                // Scriban writes parts of strings: pad the part written with text that must not appear.
                string padded = "XX" + chunk + "YY";
                output.Write(padded, 2, chunk.Length);
                written.Append(chunk);
            }
            string expected = written.ToString().Replace("\r\n", "\n");
            GeneratedText text = output.ToText();

            Assert.Equal(expected, text.ToString());
            Assert.Equal(expected.Length, text.Length);
            Assert.True(text.Pieces.Count > 3);
            Assert.All(text.Pieces.Take(text.Pieces.Count - 1), piece => Assert.Equal(GeneratedText.PieceLength, piece.Length));
            Assert.Equal(expected, GeneratedText.Of(written.ToString()).ToString());
        }

        [Fact]
        public void A_pair_split_by_a_full_piece_is_still_one_line_end()
        {
            var output = new TextPieces();
            string filler = new string('a', GeneratedText.PieceLength - 1);
            output.Write(filler + "\r", 0, filler.Length + 1); // the buffer is full, its last character a '\r'
            output.Write("\nb}\n", 0, 4);

            GeneratedText text = output.ToText();

            Assert.Equal(filler + "\nb}\n", text.ToString());
            Assert.Equal(2, text.Pieces.Count);
            Assert.Equal(GeneratedText.PieceLength, text.Pieces[0].Length);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Ends_with_looks_across_pieces(int shorter)
        {
            // "}\n" is the whole last piece (0), split between the last two (1), the end of a full last piece (2), or inside it (3).
            string text = new string('a', 2 * GeneratedText.PieceLength - shorter) + "}\n";
            GeneratedText pieces = GeneratedText.Of(text);

            Assert.True(pieces.EndsWith("}\n"));
            Assert.True(pieces.EndsWith("a}\n"));
            Assert.False(pieces.EndsWith("}}\n"));
            Assert.False(pieces.EndsWith("a}"));
            Assert.True(pieces.EndsWith(""));
            Assert.True(pieces.EndsWith(text));
            Assert.False(pieces.EndsWith("b" + text));
        }

        [Fact]
        public void A_text_is_taken_once_and_the_next_render_on_the_thread_does_not_touch_it()
        {
            var first = new TextPieces();
            first.Write("abc}\n", 0, 5);
            GeneratedText taken = first.ToText();

            Assert.Throws<InvalidOperationException>(() => first.Write("x", 0, 1));
            Assert.Throws<InvalidOperationException>(() => first.ToText());

            // The next render takes the first one's buffer: what was taken stays as it was.
            var second = new TextPieces();
            second.Write("xyz\r", 0, 4);
            second.Write("\n", 0, 1);
            Assert.Equal("xyz\n", second.ToText().ToString());
            Assert.Equal("abc}\n", taken.ToString());
        }

        [Fact]
        public void The_empty_text_has_no_pieces_and_ends_with_nothing_else()
        {
            GeneratedText empty = new TextPieces().ToText();

            Assert.Equal(0, empty.Length);
            Assert.Empty(empty.Pieces);
            Assert.Equal("", empty.ToString());
            Assert.True(empty.EndsWith(""));
            Assert.False(empty.EndsWith("}"));
            empty.CopyTo(0, new char[1], 0, 0);
            Assert.Throws<ArgumentOutOfRangeException>(() => empty[0]);
        }

        [Theory]
        [InlineData(10)]
        [InlineData(GeneratedText.PieceLength)]
        [InlineData(GeneratedText.PieceLength * 3 + 17)]
        public void Characters_are_read_by_index_and_copied_across_pieces(int length)
        {
            string text = new string(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)).ToArray());
            GeneratedText pieces = GeneratedText.Of(text);

            for (int i = 0; i < length; i++) Assert.Equal(text[i], pieces[i]);
            Assert.Throws<ArgumentOutOfRangeException>(() => pieces[length]);
            Assert.Throws<ArgumentOutOfRangeException>(() => pieces[-1]);

            var random = new Random(length);
            for (int draw = 0; draw < 200; draw++)
            {
                int start = random.Next(length + 1), count = random.Next(length - start + 1);
                var copied = new char[count + 2];
                pieces.CopyTo(start, copied, 1, count);
                Assert.Equal(text.Substring(start, count), new string(copied, 1, count));
            }
            Assert.Throws<ArgumentOutOfRangeException>(() => pieces.CopyTo(length - 1, new char[4], 0, 2));
        }

        [Fact]
        public void Texts_are_equal_when_their_characters_are()
        {
            string text = new string('x', GeneratedText.PieceLength + 5) + "}\n";
            GeneratedText one = GeneratedText.Of(text), same = GeneratedText.Of(text);
            GeneratedText other = GeneratedText.Of(text.Substring(0, text.Length - 2) + "}}");

            Assert.Equal(one, same);
            Assert.Equal(one.GetHashCode(), same.GetHashCode());
            Assert.NotEqual(one, other);
            Assert.NotEqual(one, GeneratedText.Of(text + " "));
            Assert.Equal(new GeneratedFile("A.g.cs", one), new GeneratedFile("A.g.cs", same));
            Assert.NotEqual(new GeneratedFile("A.g.cs", one), new GeneratedFile("A.g.cs", other));
        }

        [Fact]
        public void The_compiler_gets_the_same_text_from_the_pieces_as_from_the_joined_string()
        {
            var result = GeneratorHarness.Run(SchemaFiles.Of("2019"), SchemaFiles.Of("2021"));
            var sources = result.Results.Single().GeneratedSources;
            // Files of many pieces and of one.
            Assert.Contains(sources, s => s.SourceText.Length > 4 * GeneratedText.PieceLength);
            Assert.Contains(sources, s => s.SourceText.Length < GeneratedText.PieceLength);

            foreach (var source in sources)
            {
                // The pieces themselves, not a joined copy (which would be a large object for the biggest files).
                Assert.IsType<PieceSourceText>(source.SourceText);
                string joined = source.SourceText.ToString();
                SourceText fromString = SourceText.From(joined, Encoding.UTF8, source.SourceText.ChecksumAlgorithm);
                Assert.Equal(fromString.GetChecksum().ToArray(), source.SourceText.GetChecksum().ToArray());
                Assert.Equal(Encoding.UTF8, source.SourceText.Encoding);
                Assert.Equal(fromString.Lines.Select(l => l.Span), source.SourceText.Lines.Select(l => l.Span));
                Assert.True(fromString.ContentEquals(source.SourceText));
            }
        }
    }
}
