using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Schema.Loading;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// Each file in BrokenSchemas/ states the diagnostics it must produce in leading
    /// <c># expect: ID line:column</c> comments; the loader must produce exactly those, no more.
    /// </summary>
    public class LintTests
    {
        public static TheoryData<string> BrokenSchemas()
        {
            var data = new TheoryData<string>();
            foreach (string file in Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "BrokenSchemas"), "*.yaml").OrderBy(f => f))
                data.Add(Path.GetFileName(file));
            return data;
        }

        [Theory]
        [MemberData(nameof(BrokenSchemas))]
        public void Broken_schema_yields_exactly_the_expected_diagnostics_at_their_line_and_column(string file)
        {
            string path = Path.Combine(System.AppContext.BaseDirectory, "BrokenSchemas", file);
            string text = File.ReadAllText(path);
            var expected = Regex.Matches(text, @"^# expect: (SG\d{4}) (\d+):(\d+)", RegexOptions.Multiline)
                .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}:{m.Groups[3].Value}")
                .OrderBy(x => x).ToList();

            SchemaLoadResult result = SchemaLoader.Load(text, path);
            var actual = result.Diagnostics.Select(d => $"{d.Id} {d.Span.StartLine}:{d.Span.StartColumn}").OrderBy(x => x).ToList();

            Assert.True(expected.SequenceEqual(actual),
                $"expected [{string.Join(", ", expected)}] but got:\n{string.Join("\n", result.Diagnostics)}");
            Assert.All(result.Diagnostics, d => Assert.Equal(path, d.Span.Path));
        }

        [Theory]
        [InlineData("2019")]
        [InlineData("2021")]
        public void Statutory_schemas_lint_clean(string version)
        {
            SchemaLoadResult result = SchemaLoader.LoadFile(RepoPaths.Schema(version));
            Assert.NotNull(result.Document);
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void Messages_suggest_the_closest_name()
        {
            string text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "BrokenSchemas", "unknown-reference.yaml"));
            var diagnostic = Assert.Single(SchemaLoader.Load(text, "x.yaml").Diagnostics);
            Assert.Contains("did you mean 'B'", diagnostic.Message);
        }

        [Fact]
        public void Loader_never_throws_on_arbitrary_text()
        {
            var random = new System.Random(20211);
            string schema = File.ReadAllText(RepoPaths.Schema("2021"));
            for (int i = 0; i < 300; i++)
            {
                // Cut, splice and corrupt the real schema: every result must come back as diagnostics.
                int a = random.Next(schema.Length), b = random.Next(schema.Length);
                string mutated = schema.Substring(0, System.Math.Min(a, b)) + (char)random.Next(32, 0x4e00) + schema.Substring(System.Math.Max(a, b));
                var result = SchemaLoader.Load(mutated, "fuzz.yaml");
                Assert.True(result.Document is not null || result.Diagnostics.Count > 0);
            }
        }
    }
}
