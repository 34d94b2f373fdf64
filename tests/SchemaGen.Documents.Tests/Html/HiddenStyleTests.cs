using System;
using System.Linq;
using System.Text;
using SchemaGen.Documents.Html;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>
    /// A style hides an element when, with its whitespace taken out and lower-cased, it holds display:none,
    /// visibility:hidden or mso-hide:all. The reader looks for that in place; the rule, written out on a compacted copy,
    /// must give the same answer on every style, one declaration at a time and all three in one pass.
    /// </summary>
    public class HiddenStyleTests
    {
        private static readonly string[] Declarations = { "display:none", "visibility:hidden", "mso-hide:all" };

        private static bool Rule(string style, string declaration)
            => new string(style.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant().Contains(declaration, StringComparison.Ordinal);

        [Theory]
        [InlineData("display:none", true)]
        [InlineData("DISPLAY : NONE", true)]
        [InlineData("color:red; display:\u3000none;", true)]
        [InlineData("mso-hide: all", true)]
        [InlineData("visibility:\thidden", true)]
        [InlineData("\u212Aey:1; display:non", false)]
        [InlineData("display:block; none", false)]
        [InlineData("mso-spacerun:yes", false)]
        public void Reads_the_declarations_the_rule_names(string style, bool hidden)
        {
            Assert.Equal(hidden, Declarations.Any(d => Rule(style, d)));
            Assert.Equal(hidden, Declarations.Any(d => PageChrome.StyleSays(style, d)));
            Assert.Equal(hidden, PageChrome.StyleHides(style));
        }

        [Fact]
        public void Agrees_with_the_rule_on_random_styles()
        {
            // Pieces of the declarations in both cases, whitespace of several kinds, and the Kelvin sign (lower-cased to k).
            const string alphabet = "displaynonevisibilityhiddenmso-hidall:;DISPLAYNONE \t\u3000\u00A0\u212Ax";
            var random = new Random(17);
            int hidden = 0;
            for (int round = 0; round < 30000; round++)
            {
                var style = new StringBuilder();
                if (random.Next(3) == 0) style.Append(Declarations[random.Next(3)].Substring(0, random.Next(4, 12)));
                for (int n = random.Next(0, 24); n > 0; n--) style.Append(alphabet[random.Next(alphabet.Length)]);
                if (random.Next(4) == 0) style.Insert(random.Next(style.Length + 1), Declarations[random.Next(3)].Replace(":", random.Next(2) == 0 ? " : " : ":").ToUpperInvariant());
                string text = style.ToString();
                Assert.Equal(Declarations.Any(d => Rule(text, d)), PageChrome.StyleHides(text));
                foreach (string declaration in Declarations)
                {
                    bool expected = Rule(text, declaration);
                    Assert.Equal(expected, PageChrome.StyleSays(text, declaration));
                    if (expected) hidden++;
                }
            }
            Assert.InRange(hidden, 3000, 60000);
        }
    }
}
