using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Tests.Shared;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>Rules of the codebase that a reader should not have to take on trust: checked over the sources and the generated code.</summary>
    public class CodebaseRulesTests
    {
        private static readonly Regex Comment = new(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline);

        /// <summary>The C# of src/ without comments (hand-written code only: no bin/, obj/).</summary>
        private static (string Path, string Code)[] SourceCode()
        {
            var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .Select(f => (Path.GetRelativePath(RepoPaths.Root, f), Comment.Replace(File.ReadAllText(f), "")))
                .ToArray();
            Assert.True(files.Length > 100, $"only {files.Length} source files found under src/");
            return files;
        }

        [Fact]
        public void No_format_version_is_written_in_the_code()
        {
            // A version is a YAML file; \u2019 and the like are character escapes, not years.
            var year = new Regex(@"(?<!\\u)(?<![0-9A-Za-z])(2019|2021)(?![0-9])");
            var found = SourceCode().Where(f => year.IsMatch(f.Code)).Select(f => f.Path).ToList();
            Assert.True(found.Count == 0, "versions named in code: " + string.Join(", ", found));
            string templates = string.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "SchemaGen.Generator", "Emit", "Templates")).Select(File.ReadAllText));
            Assert.DoesNotMatch(year, templates);
        }

        [Fact]
        public void Labels_are_joined_into_a_path_in_one_function()
        {
            var places = SourceCode().Where(f => f.Code.Contains('›')).Select(f => f.Path).ToList();
            Assert.Equal(new[] { Path.Combine("src", "SchemaGen.Runtime", "Descriptors", "LabelPath.cs") }, places);
        }

        [Fact]
        public void The_generated_validators_look_nothing_up_by_string()
        {
            string[] validators = Directory.GetFiles(RepoPaths.GeneratedSamples, "*Validator.g.cs");
            Assert.Equal(2, validators.Length);
            foreach (string path in validators)
            {
                string code = File.ReadAllText(path);
                int checks = Regex.Matches(code, @"new global::SchemaGen\.Runtime\.Validation\.RuleCheck\(").Count;
                int cells = Regex.Matches(code, @"new global::SchemaGen\.Runtime\.Validation\.CellCheck\(").Count;
                Assert.True(checks > 10 && cells > 100, $"{path}: {checks} rule instances, {cells} cells");
                // Every rule instance names its invariant by index and its cells by index; cell checks get kind and scale
                // as constants; each table's figures are read by member access, one per cell, into its place in the table's
                // figures (each table's from 0 on, in order).
                Assert.Equal(checks, Regex.Matches(code, @"RuleCheck\(\s*Invariants\[\d+\],").Count);
                Assert.Equal(cells, Regex.Matches(code, @"CellCheck\(""[^""]*"", global::SchemaGen\.Runtime\.Descriptors\.CellKind\.\w+, \d+\),").Count);
                MatchCollection figures = Regex.Matches(code, @"^ +figures\[(\d+)\] = t\.[\w.]+;$", RegexOptions.Multiline);
                Assert.Equal(cells, figures.Count);
                int next = 0;
                foreach (Match figure in figures)
                {
                    int index = int.Parse(figure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(index == next || index == 0, $"{path}: figures[{index}] after figures[{next - 1}]");
                    next = index + 1;
                }
                int ruleCells = Regex.Matches(code, @"new global::SchemaGen\.Runtime\.Validation\.RuleCell\(").Count;
                Assert.True(ruleCells > 2 * checks, $"{path}: {ruleCells} cells in {checks} rule instances");
                Assert.Equal(ruleCells, Regex.Matches(code, @"RuleCell\(\d+, -?\d+, (true|false)\),").Count);
                foreach (string lookup in new[] { ".Table(", ".Invariant(", ".Section(", "FindRow", "FindColumn", "GetCell(" })
                    Assert.DoesNotContain(lookup, code);
            }
            foreach (string table in Directory.GetFiles(RepoPaths.GeneratedSamples, "*Table.g.cs"))
                Assert.DoesNotContain("+ \"|\" +", File.ReadAllText(table));
        }

        [Fact]
        public void Generated_lines_stay_readable()
        {
            foreach (string path in Directory.GetFiles(RepoPaths.GeneratedSamples, "*.g.cs"))
            {
                var longest = File.ReadAllLines(path).OrderByDescending(l => l.Length).First();
                // Long lines are data (a label, a migration note), never code strung together.
                Assert.True(longest.Length < 700, $"{Path.GetFileName(path)}: a line of {longest.Length} characters");
            }
        }

        [Fact]
        public void A_template_that_writes_a_raw_string_fails_and_an_escaped_one_renders()
        {
            var globals = new ScriptObject();
            globals.SetValue("text", "a\"b\u2028c", readOnly: true);
            Template raw = Template.Parse("x = {{ text }};");
            var error = Assert.Throws<ScriptRuntimeException>(() => raw.Render(new EmitContext(globals)));
            Assert.Contains("raw String", error.Message);
            Assert.Equal("x = \"a\\\"b\\u2028c\";", Template.Parse("x = {{ lit text }};").Render(new EmitContext(globals)));
            Assert.Throws<ScriptRuntimeException>(() => Template.Parse("{{ 1.5 }}").Render(new EmitContext(globals)));
        }
    }
}
