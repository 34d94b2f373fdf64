using System;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>What a table's index says of a piece of header text (a layout table prints its headers cut into pieces).</summary>
    public class TableIndexTests
    {
        private static readonly char[] Brackets = { '(', ')' };

        /// <summary>
        /// A word is the start of a row label when some row key (folded, without its number) is longer and starts with the
        /// word's key: asked of every prefix of every key, and of pieces cut from the middle, as the definition says.
        /// </summary>
        [Fact]
        public void A_word_starts_a_row_label_as_the_definition_says()
        {
            int starts = 0, notStarts = 0;
            foreach (SchemaDescriptor schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
                foreach (TableDescriptor table in schema.Tables)
                {
                    var index = new TableIndex(table, Array.Empty<InvariantDescriptor>(), Array.Empty<MigratedRowShape>());
                    string[] keys = index.RunTogetherRowKeys.Select(k => k.Key).ToArray();
                    foreach (string key in keys)
                        for (int start = 0; start <= Math.Min(2, key.Length - 1); start++)
                            for (int length = 1; start + length <= key.Length; length++)
                            {
                                string word = key.Substring(start, length);
                                string asked = TextNormalizer.MatchKey(word);
                                bool expected = asked.Length >= 2 && keys.Any(k => k.Length > asked.Length && k.StartsWith(asked, StringComparison.Ordinal));
                                Assert.Equal(expected, index.IsRowLabelStart(word));
                                if (expected) starts++;
                                else notStarts++;
                            }
                }
            Assert.True(starts > 500 && notStarts > 500, $"{starts} starts, {notStarts} not");
        }

        [Theory]
        [InlineData("Applications")]
        [InlineData("Licensing")]
        [InlineData("Appeals")]
        public void A_piece_is_a_header_piece_when_some_header_key_holds_it_and_only_then(string tableId)
        {
            TableDescriptor table = TestSchemas.V2021.Tables.Single(t => t.Id == tableId);
            var index = new TableIndex(table, Array.Empty<InvariantDescriptor>(), Array.Empty<MigratedRowShape>());
            string[] keys = index.Headers.Keys.ToArray();
            Assert.True(keys.Length >= 3, $"{tableId} has {keys.Length} header keys");

            // Every piece of two to four characters of every key (brackets aside: a piece is asked without those around it).
            int pieces = 0;
            foreach (string key in keys)
                for (int length = 2; length <= Math.Min(4, key.Length); length++)
                    for (int start = 0; start + length <= key.Length; start++)
                    {
                        string piece = key.Substring(start, length);
                        if (piece.IndexOfAny(Brackets) >= 0) continue;
                        Assert.True(index.IsHeaderPiece(piece), $"'{piece}' of '{key}'");
                        pieces++;
                    }
            Assert.True(pieces > 20);

            // The end of one key and the start of the next, read as one piece: a header piece only when some key holds it.
            int across = 0;
            for (int i = 0; i + 1 < keys.Length; i++)
            {
                string piece = keys[i].Substring(keys[i].Length - 1) + keys[i + 1].Substring(0, 1);
                if (piece.IndexOfAny(Brackets) >= 0) continue;
                bool held = keys.Any(k => k.IndexOf(piece, StringComparison.Ordinal) >= 0);
                Assert.Equal(held, index.IsHeaderPiece(piece));
                if (!held) across++;
            }
            Assert.True(across > 0, "no piece across two keys is held by none");
            Assert.False(index.IsHeaderPiece("本年新收")); // a row label, not a header
        }
    }
}
