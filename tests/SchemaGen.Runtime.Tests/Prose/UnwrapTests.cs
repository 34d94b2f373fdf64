using SchemaGen.Runtime.Prose;
using Xunit;

namespace SchemaGen.Runtime.Tests.Prose
{
    /// <summary>
    /// Unwrapping takes out the line breaks that wrap a sentence (with the spaces around them) and says where each
    /// character it kept stood in the text as given, which is how a prose figure gets its line number.
    /// </summary>
    public class UnwrapTests
    {
        [Fact]
        public void Every_kept_character_maps_back_to_the_same_character_in_the_text_as_given()
        {
            // Three wraps (one with padding before the break and an ideographic indent after it), a sentence end, a
            // table row and a numbered heading that stay on their own lines, and CRLF line ends.
            string text = "本年度共收到申请\n  75件，其中\r\n已办结\u3000 \n\u3000\u300073件。\n| 1 | 2 |\n结转下年度\n2件，\n一、总体情况";
            var (unwrapped, offsets) = ProseReader.Unwrap(text);

            // Padding before a break goes only as far as spaces, tabs and CRs: the ideographic space stays.
            Assert.Equal("本年度共收到申请75件，其中已办结\u300073件。\n| 1 | 2 |\n结转下年度2件，\n一、总体情况", unwrapped);
            AssertEachKeptCharacterMapsBack(text, unwrapped, offsets);
            // The figure after the third wrap is on the fourth line of the text as given.
            int figure = unwrapped.IndexOf("73", System.StringComparison.Ordinal);
            Assert.Equal(3, CountLineBreaks(text, offsets!.Original(figure)));
        }

        [Fact]
        public void Lines_before_the_first_wrap_are_kept_as_they_are_and_map_to_themselves()
        {
            // The text before the first wrap is taken whole; its breaks (after a sentence end, around a table row, before a
            // heading) stay, and what follows is unwrapped as before.
            string text = "本机关全年工作如下。\r\n本年度共收到申请。\n| 1 | 2 |\n结转下年度\n 2件，\n（二）办理\n继续办理\n1件。";
            var (unwrapped, offsets) = ProseReader.Unwrap(text);
            Assert.Equal("本机关全年工作如下。\r\n本年度共收到申请。\n| 1 | 2 |\n结转下年度2件，\n（二）办理继续办理1件。", unwrapped);
            AssertEachKeptCharacterMapsBack(text, unwrapped, offsets);
            Assert.Equal(7, CountLineBreaks(text, offsets!.Original(unwrapped.IndexOf("1件", System.StringComparison.Ordinal))));
        }

        [Fact]
        public void A_text_without_a_wrap_comes_back_as_it_is_with_no_offsets()
        {
            string text = "本年度共收到申请75件。\n一、总体情况";
            var (unwrapped, offsets) = ProseReader.Unwrap(text);
            Assert.Same(text, unwrapped);
            Assert.Null(offsets);
        }

        private static void AssertEachKeptCharacterMapsBack(string text, string unwrapped, ProseReader.UnwrapOffsets? offsets)
        {
            Assert.NotNull(offsets);
            for (int k = 0; k < unwrapped.Length; k++)
                Assert.True(text[offsets!.Original(k)] == unwrapped[k], $"kept character {k} '{unwrapped[k]}' maps to '{text[offsets.Original(k)]}' at {offsets.Original(k)}");
        }

        private static int CountLineBreaks(string text, int end)
        {
            int n = 0;
            for (int i = 0; i < end; i++) if (text[i] == '\n') n++;
            return n;
        }
    }
}
