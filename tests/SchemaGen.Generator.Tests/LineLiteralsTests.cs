using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SchemaGen.Generator.Emit;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// <c>lit_lines</c> writes a schema's whole text as one literal per line (the embedded schema). Compiled and run, the
    /// literals give back the text exactly, whatever it holds; and no character of it can end a line of the generated code.
    /// </summary>
    public class LineLiteralsTests
    {
        private static readonly string[] Pieces =
        {
            "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u202E", "\uD800", "\uDC00", "\uD83D\uDE00", "\"", "\\", "\t", "\0",
            "*/", "{{", "总计", "a", " ", "    ", "- '[^。]{n}'",
        };

        [Fact]
        public void Compiled_literals_give_back_the_text_and_each_line_of_code_is_one_literal()
        {
            var random = new Random(20261130);
            string[] texts = Enumerable.Range(0, 300)
                .Select(i => i == 0 ? "" : string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)])))
                .ToArray();
            var source = new StringBuilder("public static class Texts\n{\n");
            for (int i = 0; i < texts.Length; i++)
            {
                string written = CSharpText.LineLiterals(texts[i]).Text;
                string[] lines = written.Split('\n');
                // One literal per line of the text, each line of code indented and closed by the new line the escaper wrote.
                Assert.Equal(texts[i].Count(c => c == '\n') + (texts[i].Length == 0 || texts[i].EndsWith("\n", StringComparison.Ordinal) ? 0 : 1), lines.Length - 1);
                Assert.Equal("", lines[lines.Length - 1]);
                Assert.All(lines.Take(lines.Length - 1), line => Assert.StartsWith("    \"", line, StringComparison.Ordinal));
                Assert.DoesNotContain(written, c => c is '\r' or '\u2028' or '\u2029' or '\u0085');
                source.Append($"    public static readonly string T{i} = \"\"{(written.Length == 0 ? "" : " +\n" + written)};\n");
            }
            source.Append("}\n");

            var compilation = GeneratorHarness.NewCompilation(source.ToString());
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            Type holder = Assembly.Load(stream.ToArray()).GetType("Texts")!;
            for (int i = 0; i < texts.Length; i++)
                Assert.Equal(texts[i], (string)holder.GetField("T" + i)!.GetValue(null)!);
        }
    }
}
