using System;
using System.Linq;
using SchemaGen.Generator.Spec;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>A <see cref="CSharpName"/> is the only text the templates write unescaped: what it accepts is what reaches code as is.</summary>
    public class CSharpNameTests
    {
        [Theory]
        [InlineData("A")]
        [InlineData("_x")]
        [InlineData("a1")]
        [InlineData("@class")]
        [InlineData("Outcomes.Withheld.StateSecret")]
        [InlineData("SchemaGen.Formats.V2021")]
        [InlineData("a.@class")]
        [InlineData("_class")]
        public void Accepts_identifiers_and_dotted_names(string name)
            => Assert.Equal(name, new CSharpName(name).Value);

        [Theory]
        [InlineData("")]
        [InlineData("@")]
        [InlineData("@@a")]
        [InlineData("a..b")]
        [InlineData("a.")]
        [InlineData(".a")]
        [InlineData("1a")]
        [InlineData("class")]
        [InlineData("a.class")]
        [InlineData("a-b")]
        [InlineData("a b")]
        [InlineData("é")]
        [InlineData("aé")]
        [InlineData("a\u2028b")]
        [InlineData("a\"+b")]
        public void Rejects_anything_else(string name)
            => Assert.Throws<ArgumentException>(() => new CSharpName(name));

        /// <summary>The check runs in place (no split, no LINQ); it must accept exactly what the rule as written accepts.</summary>
        [Fact]
        public void The_in_place_check_agrees_with_the_rule_over_random_names()
        {
            const string alphabet = "ab_1.@ éZ9-";
            var random = new Random(20261130);
            int accepted = 0, rejected = 0;
            for (int n = 0; n < 20000; n++)
            {
                string name = new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                if (random.Next(8) == 0) name = new[] { "class", "int", "a.class", "@int", "if.x" }[random.Next(5)];
                bool expected = name.Split('.').All(IsIdentifierAsWritten);
                bool actual;
                try { _ = new CSharpName(name); actual = true; }
                catch (ArgumentException) { actual = false; }
                Assert.True(expected == actual, $"'{name}': the rule says {expected}, CSharpName says {actual}");
                if (actual) accepted++; else rejected++;
            }
            Assert.True(accepted > 100 && rejected > 100, $"{accepted} accepted, {rejected} rejected: the draw does not exercise both sides");
        }

        /// <summary>The rule: ASCII letters, digits and _, starting with a letter or _, not a keyword unless escaped with @ (or starting with _).</summary>
        private static bool IsIdentifierAsWritten(string part)
        {
            string name = part.StartsWith("@", StringComparison.Ordinal) ? part.Substring(1) : part;
            return name.Length > 0 && name[0] < 128 && (char.IsLetter(name[0]) || name[0] == '_')
                   && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'))
                   && (part[0] == '@' || name[0] == '_' || !Naming.IsKeyword(name));
        }
    }
}
