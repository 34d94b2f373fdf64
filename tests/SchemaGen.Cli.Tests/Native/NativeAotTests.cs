using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Corpus;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using Xunit;

namespace SchemaGen.Cli.Tests.Native
{
    /// <summary>
    /// The Native AOT build of schemagen (README, Performance: the start-up goal) does what the JIT tool does, byte for
    /// byte: trimming removes what it cannot see used, and the generator's templates read their model by reflection, so a
    /// native build that compiles clean can still lose a member or a whole command. Every command is run in both and compared.
    /// </summary>
    [Trait("Category", "Package")]
    public sealed class NativeAotTests : IClassFixture<NativeTool>, IDisposable
    {
        // One help base for both, so the comparison is not about where each executable's folder is.
        private static readonly IReadOnlyDictionary<string, string?> FixedHelpBase = new Dictionary<string, string?> { ["SCHEMAGEN_HELP_BASE"] = "https://example.invalid/docs/" };

        private readonly NativeTool _native;
        private readonly TempFolder _work = new();

        public NativeAotTests(NativeTool native)
        {
            _native = native;
            Assert.True(native.PublishSucceeded, "the Native AOT publish failed:\n" + native.PublishLog);
        }

        /// <summary>Two reports in every shape a reader accepts (Word, PDF, GBK web pages and every text layout), a fifth of them broken.</summary>
        private string RenderedReports()
        {
            string folder = Path.Combine(_work.Path, "rendered");
            Directory.CreateDirectory(folder);
            Shape[] shapes = Shapes.Readable.Concat(PdfShapes.All).ToArray();
            foreach (RenderedReport report in Corpus.Corpus.Sample(shapes.Length * 2, 11, new SampleOptions { Shapes = shapes, BrokenShare = 0.2 }))
                File.WriteAllBytes(Path.Combine(folder, report.FileName), report.Content);
            return folder;
        }

        [Fact]
        public void The_native_build_compiles_without_a_trim_or_AOT_warning()
        {
            Assert.DoesNotContain("warning IL", _native.PublishLog, StringComparison.Ordinal);
            Assert.True(new FileInfo(_native.Executable).Length > 0);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("sarif")]
        [InlineData("html")]
        [InlineData("markdown")]
        [InlineData("junit")]
        [InlineData("github")]
        public void Check_writes_what_the_jit_tool_writes(string format)
        {
            string rendered = RenderedReports();
            string[] kinds = Directory.GetFiles(rendered).Select(f => Path.GetExtension(f)).Distinct().ToArray();
            Assert.Contains(".docx", kinds);
            Assert.Contains(".pdf", kinds);
            Assert.Contains(".html", kinds);

            string[] args = { "check", Repo.Seeds, rendered, "--format", format };
            CliRun jit = NativeTool.RunJit(FixedHelpBase, args);
            CliRun native = _native.RunNative(FixedHelpBase, args);

            Assert.Equal(1, jit.ExitCode); // the broken reports have errors
            Assert.True(jit.Out.Length > 10_000, jit.Err);
            Assert.Equal(jit.ExitCode, native.ExitCode);
            Assert.Equal(jit.Err, native.Err);
            Assert.Equal(jit.Out, native.Out);
        }

        [Theory]
        [InlineData("generate", 10)] // the C# the source generator emits: the templates read their model by reflection
        [InlineData("docs", 100)]
        public void Schema_commands_write_the_same_files_as_the_jit_tool(string command, int minimumFiles)
        {
            string jitFolder = Path.Combine(_work.Path, "jit"), nativeFolder = Path.Combine(_work.Path, "native");
            CliRun jit = NativeTool.RunJit(FixedHelpBase, command, Repo.Schema("2019"), Repo.Schema("2021"), "--output", jitFolder);
            CliRun native = _native.RunNative(FixedHelpBase, command, Repo.Schema("2019"), Repo.Schema("2021"), "--output", nativeFolder);

            Assert.True(jit.ExitCode == 0, jit.Err);
            Assert.True(native.ExitCode == 0, native.Err);
            AssertSameFiles(jitFolder, nativeFolder, minimumFiles);
        }

        [Theory]
        [InlineData("csv")]
        [InlineData("json")]
        [InlineData("parquet")]
        public void Extract_writes_the_same_bytes_as_the_jit_tool(string format)
        {
            string rendered = RenderedReports();
            string jitFile = Path.Combine(_work.Path, "jit." + format), nativeFile = Path.Combine(_work.Path, "native." + format);
            CliRun jit = NativeTool.RunJit(FixedHelpBase, "extract", Repo.Seeds, rendered, "--format", format, "--output", jitFile);
            CliRun native = _native.RunNative(FixedHelpBase, "extract", Repo.Seeds, rendered, "--format", format, "--output", nativeFile);

            Assert.True(jit.ExitCode == 0, jit.Err);
            Assert.Equal(jit.ExitCode, native.ExitCode);
            Assert.Equal(jit.Err, native.Err);
            byte[] expected = File.ReadAllBytes(jitFile);
            Assert.True(expected.Length > 10_000);
            Assert.Equal(expected, File.ReadAllBytes(nativeFile));
        }

        [Fact]
        public void Lint_diff_and_compare_print_what_the_jit_tool_prints()
        {
            string broken = Path.Combine(Repo.Root, "tests", "fixtures", "schema-conformance");
            string[][] commands =
            {
                new[] { "lint", Repo.Schema("2019"), Repo.Schema("2021") }.Concat(Directory.GetFiles(broken, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Take(40)).ToArray(),
                new[] { "diff", Repo.Schema("2019"), Repo.Schema("2021") },
                new[] { "compare", Repo.Seed("001"), Repo.Seed("002"), "--format", "json" },
                new[] { "--help" },
            };
            foreach (string[] args in commands)
            {
                CliRun jit = NativeTool.RunJit(FixedHelpBase, args);
                CliRun native = _native.RunNative(FixedHelpBase, args);
                Assert.True(jit.Out.Length + jit.Err.Length > 100, args[0]);
                Assert.Equal((args[0], jit.ExitCode, jit.Out, jit.Err), (args[0], native.ExitCode, native.Out, native.Err));
            }
        }

        [Fact]
        public void Help_links_point_at_the_pages_beside_the_native_executable()
        {
            // No SCHEMAGEN_HELP_BASE: a native executable has no assembly location to start from, so its own folder stands in.
            var unset = new Dictionary<string, string?> { ["SCHEMAGEN_HELP_BASE"] = null };
            CliRun native = _native.RunNative(unset, "check", Repo.Seed("000"), "--format", "sarif");

            string[] links = JsonDocument.Parse(native.Out).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver")
                .GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("helpUri").GetString()!).ToArray();
            Assert.NotEmpty(links);
            string pages = new Uri(Path.Combine(Path.GetDirectoryName(_native.Executable)!, "docs", "diagnostics") + Path.DirectorySeparatorChar).AbsoluteUri;
            Assert.All(links, link =>
            {
                Assert.StartsWith(pages, link, StringComparison.Ordinal);
                Assert.True(File.Exists(new Uri(link).LocalPath), link);
            });
        }

        private static void AssertSameFiles(string expectedFolder, string actualFolder, int minimum)
        {
            string[] Relative(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            string[] expected = Relative(expectedFolder);
            Assert.True(expected.Length >= minimum, $"{expected.Length} files");
            Assert.Equal(expected, Relative(actualFolder));
            foreach (string file in expected)
                Assert.True(File.ReadAllBytes(Path.Combine(expectedFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, file))), file);
        }

        public void Dispose() => _work.Dispose();
    }
}
