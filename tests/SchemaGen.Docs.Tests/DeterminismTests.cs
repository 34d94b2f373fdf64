using System;
using System.IO;
using System.Linq;
using SchemaGen.Docs.Tests.Support;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    public class DeterminismTests
    {
        [Fact]
        public void Output_is_byte_identical_across_runs_and_argument_orders()
        {
            string first = Repo.NewTempDirectory("determinism-a");
            string second = Repo.NewTempDirectory("determinism-b");
            Assert.Equal(0, DocsWriter.Write(Repo.BothSchemas, first, TextWriter.Null));
            Assert.Equal(0, DocsWriter.Write(Repo.BothSchemas.Reverse().ToArray(), second, TextWriter.Null));

            string[] Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            Assert.Equal(Files(first), Files(second));
            foreach (string file in Files(first))
            {
                byte[] a = File.ReadAllBytes(Path.Combine(first, file));
                byte[] b = File.ReadAllBytes(Path.Combine(second, file));
                Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between runs");
                Assert.DoesNotContain((byte)'\r', a);
                Assert.False(a.Length >= 3 && a[0] == 0xEF && a[1] == 0xBB && a[2] == 0xBF, $"{file} starts with a BOM");
            }
        }

        [Fact]
        public void Pages_do_not_depend_on_where_the_schemas_are()
        {
            // The same schema from another folder gives the same pages (no absolute paths leak into them).
            string copyDir = Repo.NewTempDirectory("schema-copy");
            string copy = Path.Combine(copyDir, Path.GetFileName(Repo.Schema2021));
            File.Copy(Repo.Schema2021, copy);
            string a = Repo.NewTempDirectory("where-a"), b = Repo.NewTempDirectory("where-b");
            Assert.Equal(0, DocsWriter.Write(new[] { Repo.Schema2021 }, a, TextWriter.Null));
            Assert.Equal(0, DocsWriter.Write(new[] { copy }, b, TextWriter.Null));
            foreach (string name in new[] { "gov-info-annual-report-2021.html", "gov-info-annual-report-2021.md", "index.html" })
                Assert.Equal(File.ReadAllText(Path.Combine(a, name)), File.ReadAllText(Path.Combine(b, name)));
        }
    }
}
