using System.IO;
using System.Text.RegularExpressions;
using SchemaGen.Docs.Tests.Support;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    public class InputErrorTests
    {
        [Fact]
        public void Invalid_schema_exits_2_with_file_line_column()
        {
            string dir = Repo.NewTempDirectory("invalid");
            string schema = Path.Combine(dir, "broken.yaml");
            // Line 19, column 5: a misspelt key.
            File.WriteAllText(schema, Diagnostics.DiagnosticExamples.Base.Replace("    cell: count\n", "    cell: count\n    captoin: x\n"));
            string output = Path.Combine(dir, "out");
            var log = new StringWriter();

            int exit = DocsWriter.Write(new[] { schema }, output, log);

            Assert.Equal(2, exit);
            Assert.Matches(new Regex("^" + Regex.Escape(schema) + @":19:5: error SG1002: ", RegexOptions.Multiline), log.ToString());
            Assert.False(Directory.Exists(output), "nothing is written when an input is invalid");
        }

        [Fact]
        public void Yaml_syntax_error_exits_2_with_its_position()
        {
            string dir = Repo.NewTempDirectory("syntax");
            string schema = Path.Combine(dir, "syntax.yaml");
            File.WriteAllText(schema, "format:\n  id: x\n  version: [1\n");
            var log = new StringWriter();
            Assert.Equal(2, DocsWriter.Write(new[] { schema }, Path.Combine(dir, "out"), log));
            Assert.Matches(new Regex(Regex.Escape(schema) + @":\d+:\d+: error SG1001: "), log.ToString());
        }

        [Fact]
        public void Missing_file_exits_2()
        {
            string dir = Repo.NewTempDirectory("missing");
            string missing = Path.Combine(dir, "nope.yaml");
            var log = new StringWriter();
            Assert.Equal(2, DocsWriter.Write(new[] { Repo.Schema2021, missing }, Path.Combine(dir, "out"), log));
            Assert.Contains(missing + ": error: cannot read the schema", log.ToString());
        }

        [Fact]
        public void No_schema_exits_2()
        {
            var log = new StringWriter();
            Assert.Equal(2, DocsWriter.Write(new string[0], Repo.NewTempDirectory("none"), log));
            Assert.Contains("no schema files given", log.ToString());
        }

        [Fact]
        public void The_same_version_twice_exits_2()
        {
            var log = new StringWriter();
            Assert.Equal(2, DocsWriter.Write(new[] { Repo.Schema2021, Repo.Schema2021 }, Repo.NewTempDirectory("twice"), log));
            Assert.Contains("given more than once", log.ToString());
        }
    }
}
