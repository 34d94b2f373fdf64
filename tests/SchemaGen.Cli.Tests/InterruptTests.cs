using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// SIGINT part way through a batch held up by a slow input: the output is a well-formed document with the files
    /// done, the exit code is 130, and --output leaves the complete file in place and no temporary file beside it.
    /// </summary>
    public sealed class InterruptTests : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly string _slow;
        private readonly int _inputs;

        public InterruptTests()
        {
            // Ten quick reports, the slow one, then twenty more: the output reaches the slow one and waits there.
            List<string> before = BatchFolder.CopySeeds(_folder.Path, 0, 10);
            _slow = BatchFolder.MakeSlowReport(Path.Combine(_folder.Path, "0010-slow.txt"));
            List<string> after = BatchFolder.CopySeeds(_folder.Path, 11, 20);
            _inputs = before.Count + 1 + after.Count;
        }

        public void Dispose() => _folder.Dispose();

        /// <summary>Starts a check, sends SIGINT once the first file's result has been written, and returns what the run wrote.</summary>
        private static CliRun InterruptedRun(string resultMark, params string[] args)
        {
            AssertSigIntReachesTheTool();
            using Process process = ToolProcess.Launch(args);
            var stderr = process.StandardError.ReadToEndAsync();
            var output = new StringBuilder();
            bool signalled = false;
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null)
            {
                output.Append(line).Append('\n');
                if (signalled || !line.Contains(resultMark, StringComparison.Ordinal)) continue;
                ToolProcess.Signal(process, "INT");
                signalled = true;
            }
            if (!process.WaitForExit(ToolProcess.Patience))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("schemagen did not end after SIGINT");
            }
            process.WaitForExit();
            Assert.True(signalled, "no result was written before the end:\n" + output);
            return new CliRun(process.ExitCode, output.ToString(), stderr.Result);
        }

        /// <summary>
        /// A process started with SIGINT ignored (a background job of a non-interactive shell: `cmd &` in a script) passes
        /// that on to every process it starts, and the runtime then leaves SIGINT ignored in the tool too, as a
        /// background program should: the run would go to its end and these tests would fail for a reason that is not
        /// the tool's. Said plainly instead (Linux: the ignored signals are in /proc/self/status).
        /// </summary>
        private static void AssertSigIntReachesTheTool()
        {
            const string status = "/proc/self/status";
            if (!File.Exists(status)) return;
            string? ignored = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            if (ignored is null) return;
            ulong mask = Convert.ToUInt64(ignored.Substring("SigIgn:".Length).Trim(), 16);
            const int sigint = 2;
            Assert.True((mask & (1UL << (sigint - 1))) == 0,
                "SIGINT is ignored in this test process (inherited: was the test run started as a background job, `… &`, of a " +
                "non-interactive shell?), so the tool it starts ignores it too; run the tests in the foreground, or turn job control on (`set -m`) before `&`");
        }

        [Fact]
        public void Json_output_is_closed_properly_and_lists_the_files_done()
        {
            if (OperatingSystem.IsWindows()) return; // no kill(1) to send SIGINT with; the handler is the same code everywhere

            CliRun run = InterruptedRun("\"path\"", "check", _folder.Path, "--format", "json");
            Assert.Equal(130, run.ExitCode);
            JsonElement root = run.Json();
            var files = root.GetProperty("files").EnumerateArray().ToArray();
            Assert.NotEmpty(files);
            Assert.True(files.Length < _inputs, $"{files.Length} of {_inputs} files listed");
            Assert.DoesNotContain(files, f => f.GetProperty("path").GetString() == _slow);
            Assert.All(files, f => Assert.Equal("checked", f.GetProperty("status").GetString()));
            var paths = files.Select(f => f.GetProperty("path").GetString()).ToArray();
            Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal), paths);
            JsonElement interrupted = root.GetProperty("summary").GetProperty("interrupted");
            Assert.Equal("SIGINT", interrupted.GetProperty("signal").GetString());
            Assert.Equal(files.Length, interrupted.GetProperty("filesDone").GetInt32());
            Assert.Equal(_inputs, interrupted.GetProperty("filesGiven").GetInt32());
            Assert.Contains("interrupted by SIGINT", run.Err);
        }

        [Fact]
        public void Text_output_reaches_the_reader_file_by_file_though_standard_output_is_buffered()
        {
            if (OperatingSystem.IsWindows()) return;

            // The real process writes standard output through a buffer of its own: each file's result must still reach the
            // reader when it is done, or nothing would show while the slow report is read, and no signal would be sent.
            CliRun run = InterruptedRun("0000-seed.txt", "check", _folder.Path);
            Assert.Equal(130, run.ExitCode);
            Assert.Contains(Path.Combine(_folder.Path, "0000-seed.txt"), run.Out);
            Assert.DoesNotContain(_slow, run.Out);
            Assert.Contains("interrupted by SIGINT", run.Err);
        }

        [Fact]
        public void Sarif_output_is_closed_properly_validates_and_says_the_run_was_interrupted()
        {
            if (OperatingSystem.IsWindows()) return;

            CliRun run = InterruptedRun("\"ruleId\"", "check", _folder.Path, "--format", "sarif");
            Assert.Equal(130, run.ExitCode);
            SarifSchema.AssertValid(run.Out);
            JsonElement sarifRun = run.Json().GetProperty("runs")[0];
            Assert.NotEmpty(sarifRun.GetProperty("results").EnumerateArray());
            JsonElement invocation = sarifRun.GetProperty("invocations")[0];
            Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
            Assert.Equal(130, invocation.GetProperty("exitCode").GetInt32());
            Assert.Contains(invocation.GetProperty("toolExecutionNotifications").EnumerateArray(),
                n => n.GetProperty("message").GetProperty("text").GetString()!.StartsWith("interrupted by SIGINT", StringComparison.Ordinal));
            // The slow input never finished: its artifact is listed (results may refer to artifacts by index) as not done.
            JsonElement slow = sarifRun.GetProperty("artifacts").EnumerateArray().Single(a => a.GetProperty("location").GetProperty("uri").GetString()!.EndsWith("0010-slow.txt", StringComparison.Ordinal));
            Assert.Equal("notDone", slow.GetProperty("properties").GetProperty("status").GetString());
        }

        [Fact]
        public async Task An_output_file_is_put_in_place_complete_and_nothing_else_is_left_beside_it()
        {
            if (OperatingSystem.IsWindows()) return;

            using var outputFolder = new TempFolder();
            string target = Path.Combine(outputFolder.Path, "results.json");
            File.WriteAllText(target, "the previous run's output");
            // Nothing reaches stdout with --output, so the signal waits for the first result on the progress of the file itself.
            AssertSigIntReachesTheTool();
            using Process process = ToolProcess.Launch("check", _folder.Path, "--format", "json", "--output", target);
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow + ToolProcess.Patience;
            while (!TemporaryFiles(outputFolder.Path).Any(f => new FileInfo(f).Length > 0 && File.ReadAllText(f).Contains("\"path\"", StringComparison.Ordinal)))
            {
                Assert.True(DateTime.UtcNow < deadline && !process.HasExited, "no result was written to the temporary file");
                await Task.Delay(50);
            }
            Assert.Equal("the previous run's output", File.ReadAllText(target)); // still the old file while the run goes on
            ToolProcess.Signal(process, "INT");
            Assert.True(process.WaitForExit(ToolProcess.Patience));
            process.WaitForExit();

            Assert.Equal(130, process.ExitCode);
            Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
            Assert.Equal(new[] { target }, Directory.GetFiles(outputFolder.Path));
            JsonElement root = JsonDocument.Parse(File.ReadAllText(target)).RootElement;
            Assert.NotEmpty(root.GetProperty("files").EnumerateArray());
            Assert.Equal("SIGINT", root.GetProperty("summary").GetProperty("interrupted").GetProperty("signal").GetString());
            Assert.Contains("interrupted by SIGINT", await stderr);
        }

        private static IEnumerable<string> TemporaryFiles(string folder)
            => Directory.GetFiles(folder, ".results.json.*.tmp");
    }
}
