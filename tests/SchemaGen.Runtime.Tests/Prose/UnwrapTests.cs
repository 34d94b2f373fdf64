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
        [Theory]
        // Three wraps (one with padding before the break and an ideographic indent after it), a sentence end, a table row
        // and a numbered heading that stay on their own lines, and CRLF line ends. Padding before a break goes only as far
        // as spaces, tabs and CRs: the ideographic space stays. The figure after the third wrap is on the fourth line.
        [InlineData("本年度共收到申请\n  75件，其中\r\n已办结\u3000 \n\u3000\u300073件。\n| 1 | 2 |\n结转下年度\n2件，\n一、总体情况",
            "本年度共收到申请75件，其中已办结\u300073件。\n| 1 | 2 |\n结转下年度2件，\n一、总体情况", "73", 3)]
        // Breaks before the first wrap (after a sentence end, around a table row) stay as they are, their lines mapping to
        // themselves; what follows is unwrapped, up to a numbered line and on after it.
        [InlineData("本机关全年工作如下。\r\n本年度共收到申请。\n| 1 | 2 |\n结转下年度\n 2件，\n（二）办理\n继续办理\n1件。",
            "本机关全年工作如下。\r\n本年度共收到申请。\n| 1 | 2 |\n结转下年度2件，\n（二）办理继续办理1件。", "1件", 7)]
        public void Every_kept_character_maps_back_to_the_same_character_in_the_text_as_given(string text, string expected, string figure, int lineBreaksBefore)
        {
            var (unwrapped, offsets) = ProseReader.Unwrap(text);
            Assert.Equal(expected, unwrapped);
            Assert.NotNull(offsets);
            for (int k = 0; k < unwrapped.Length; k++)
                Assert.True(text[offsets!.Original(k)] == unwrapped[k], $"kept character {k} '{unwrapped[k]}' maps to '{text[offsets.Original(k)]}' at {offsets.Original(k)}");
            Assert.Equal(lineBreaksBefore, CountLineBreaks(text, offsets!.Original(unwrapped.IndexOf(figure, System.StringComparison.Ordinal))));
        }

        [Fact]
        public void A_text_without_a_wrap_comes_back_as_it_is_with_no_offsets()
        {
            string text = "本年度共收到申请75件。\n一、总体情况";
            var (unwrapped, offsets) = ProseReader.Unwrap(text);
            Assert.Same(text, unwrapped);
            Assert.Null(offsets);
        }

        [Theory]
        // Wraps with full-width figures and punctuation and Traditional script (all of which fold), none, and a text of one line.
        [InlineData("本年度共收到申請\n  ７５件，其中\r\n已辦結\u3000 \n\u3000\u3000７３件。\n| 1 | 2 |\n結轉下年度\n２件，\n一、總體情況")]
        [InlineData("本年度共收到申請７５件。\n一、總體情況")]
        [InlineData("已辦結７３件")]
        public void Unwrapped_and_folded_in_one_copy_is_the_fold_of_the_unwrapped_text(string text)
        {
            string folded = ProseReader.UnwrapFolded(text, out ProseReader.UnwrapOffsets? offsets);
            var (unwrapped, expectedOffsets) = ProseReader.Unwrap(text);
            Assert.Equal(ProseReader.Fold(unwrapped), folded);
            Assert.NotEqual(unwrapped, folded); // the cases fold something, so the fold is not skipped unnoticed
            Assert.Equal(expectedOffsets is null, offsets is null);
            for (int k = 0; offsets is not null && k < folded.Length; k++) Assert.Equal(expectedOffsets!.Original(k), offsets.Original(k));
        }

        private static int CountLineBreaks(string text, int end)
        {
            int n = 0;
            for (int i = 0; i < end; i++) if (text[i] == '\n') n++;
            return n;
        }
    }
}
