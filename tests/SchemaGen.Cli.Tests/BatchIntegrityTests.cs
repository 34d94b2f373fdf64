using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// `check` over 1,000 files among which FIFOs, empty, binary, truncated and huge files: the built tool ends (each run
    /// is killed and failed after <see cref="ToolProcess.Patience"/>), and every output format has all 1,000 results.
    /// </summary>
    public sealed class BatchIntegrityTests : IClassFixture<BatchIntegrityTests.ThousandFiles>
    {
        /// <summary>The folder, made once for the three formats.</summary>
        public sealed class ThousandFiles : IDisposable
        {
            public const int Count = 1000;
            private readonly TempFolder _folder = new();

            public ThousandFiles()
            {
                string Name(int index, string suffix) => Path.Combine(Folder, index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + suffix);
                int next = 0;
                void Add(string kind, int count, Action<string> make, string suffix)
                {
                    for (int i = 0; i < count; i++)
                    {
                        string path = Name(next++, suffix);
                        make(path);
                        (Special.TryGetValue(kind, out var list) ? list : Special[kind] = new List<string>()).Add(path);
                    }
                }
                byte[] word = File.ReadAllBytes(ReportFiles.WordReportPath);
                byte[] seed = File.ReadAllBytes(Repo.Seed("001"));
                // Cut inside a character: the last byte kept is the first of a three-byte UTF-8 sequence.
                int cut = Enumerable.Range(4000, 200).First(i => seed[i] >= 0xE0);
                var random = new Random(14);
                byte[] binary = new byte[4096];
                random.NextBytes(binary);

                if (BatchFolder.HasFifos) Add("fifo", 5, BatchFolder.MakeFifo, "-pipe.txt");
                Add("empty", 5, p => File.WriteAllBytes(p, Array.Empty<byte>()), "-empty.txt");
                Add("binary", 5, p => File.WriteAllBytes(p, binary), "-binary.txt");
                Add("truncated-word", 5, p => File.WriteAllBytes(p, word.Take(word.Length / 2).ToArray()), "-cut.docx");
                Add("truncated-text", 5, p => File.WriteAllBytes(p, seed.Take(cut + 1).ToArray()), "-cut.txt");
                Add("huge", 3, p => BatchFolder.MakeSparse(p, 60L * 1024 * 1024), "-huge.txt");
                Add("word", 2, p => File.WriteAllBytes(p, word), "-report.docx");
                BatchFolder.CopySeeds(Folder, next, Count - next);
            }

            public string Folder => _folder.Path;

            public Dictionary<string, List<string>> Special { get; } = new();

            public void Dispose() => _folder.Dispose();
        }

        private readonly ThousandFiles _files;

        public BatchIntegrityTests(ThousandFiles files) => _files = files;

        [Fact]
        public void Json_has_every_result_and_the_hostile_inputs_are_refused_for_what_they_are()
        {
            CliRun run = ToolProcess.Run("check", _files.Folder, "--format", "json");
            Assert.Equal(2, run.ExitCode);
            var files = run.Json().GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
            Assert.Equal(ThousandFiles.Count, files.Count);
            Assert.Equal(ThousandFiles.Count, run.Json().GetProperty("summary").GetProperty("files").GetInt32());

            if (BatchFolder.HasFifos)
            {
                Assert.Equal(5, _files.Special["fifo"].Count);
                Assert.All(_files.Special["fifo"], p => AssertRefused(files[p], "SG4001", "FIFO"));
            }
            Assert.All(_files.Special["huge"], p => AssertRefused(files[p], "SG4001", "more than the 50 MiB limit"));
            Assert.All(_files.Special["binary"], p => AssertRefused(files[p], "SG3050", "NUL bytes"));
            Assert.All(_files.Special["truncated-word"], p => Assert.Equal("unreadable", files[p].GetProperty("status").GetString()));
            Assert.All(_files.Special["empty"], p => Assert.Equal("checked", files[p].GetProperty("status").GetString()));
            Assert.All(_files.Special["word"], p => Assert.Equal(0, files[p].GetProperty("counts").GetProperty("errors").GetInt32()));
            int seeds = files.Keys.Count(p => p.EndsWith("-seed.txt", StringComparison.Ordinal));
            Assert.True(seeds > 900, $"{seeds} seed copies");
            Assert.All(files.Where(f => f.Key.EndsWith("-seed.txt", StringComparison.Ordinal)), f => Assert.Equal("checked", f.Value.GetProperty("status").GetString()));
        }

        [Fact]
        public void Sarif_has_an_artifact_for_every_file_and_validates()
        {
            CliRun run = ToolProcess.Run("check", _files.Folder, "--format", "sarif");
            SarifSchema.AssertValid(run.Out);
            JsonElement sarifRun = run.Json().GetProperty("runs")[0];
            Assert.Equal(ThousandFiles.Count, sarifRun.GetProperty("artifacts").GetArrayLength());
            Assert.False(sarifRun.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
            var refusedUris = sarifRun.GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() == "SG4001")
                .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32())
                .ToHashSet();
            Assert.Equal(_files.Special["huge"].Count + (BatchFolder.HasFifos ? 5 : 0), refusedUris.Count);
        }

        [Fact]
        public void Text_has_a_block_and_a_summary_line_for_every_file()
        {
            CliRun run = ToolProcess.Run("check", _files.Folder);
            string[] lines = run.Out.Split('\n');
            var paths = Directory.GetFiles(_files.Folder).ToHashSet();
            // Each file's block opens with its path alone on a line; its summary row starts with the path, padded.
            Assert.Equal(ThousandFiles.Count, lines.Count(paths.Contains));
            Assert.Equal(ThousandFiles.Count, lines.Count(l => l.IndexOf("  ", StringComparison.Ordinal) is int end && end > 0 && paths.Contains(l.Substring(0, end))));
            Assert.Contains($"{ThousandFiles.Count} files: ", run.Out);
        }

        [Fact]
        public void A_file_over_its_time_budget_is_reported_as_timed_out_and_the_batch_goes_on()
        {
            using var temp = new TempFolder();
            string slow = BatchFolder.MakeSlowReport(Path.Combine(temp.Path, "0001-slow.txt"));
            List<string> seeds = BatchFolder.CopySeeds(temp.Path, 2, 3);
            // A budget no real input can meet (reading 20 MB alone takes longer): the point is what the run does then.
            CliRun run = ToolProcess.Run("check", temp.Path, "--format", "json", "--file-timeout", "0.001");
            var files = run.Json().GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal(new[] { slow }.Concat(seeds), files.Select(f => f.GetProperty("path").GetString()));
            JsonElement timedOut = files[0];
            Assert.Equal("failed", timedOut.GetProperty("status").GetString());
            Assert.Equal("timed out after 0.001 s (the per-file time budget, --file-timeout)", timedOut.GetProperty("problem").GetString());
            Assert.Equal("SG4002", timedOut.GetProperty("findings")[0].GetProperty("ruleId").GetString());
            Assert.Equal(2, run.ExitCode);
        }

        private static void AssertRefused(JsonElement file, string ruleId, string problem)
        {
            Assert.Equal("unreadable", file.GetProperty("status").GetString());
            Assert.Contains(problem, file.GetProperty("problem").GetString());
            Assert.Equal(ruleId, file.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        }
    }
}
