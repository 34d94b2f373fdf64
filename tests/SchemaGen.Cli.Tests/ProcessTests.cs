using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>The built tool as a separate process (no `dotnet run`): real exit codes and real redirected streams.</summary>
    public class ProcessTests
    {
        private static (int Code, string Out, string Err) Start(params string[] args)
        {
            CliRun run = ToolProcess.Run(args);
            return (run.ExitCode, run.Out, run.Err);
        }

        [Fact]
        public void The_built_tool_checks_a_batch_and_exits_with_the_right_code()
        {
            var (code, output, error) = Start("check", Repo.Seeds, "--format", "json");
            Assert.True(code == 1, error);
            var files = JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal(5, files.Length);
            // The real process hands JSON to standard output as bytes (its console takes UTF-8): the same document as in-process text.
            Assert.Equal(CliHarness.Run("check", Repo.Seeds, "--format", "json").Out, output);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("html")]
        [InlineData("markdown")]
        public void The_real_process_writes_through_its_own_buffer_the_same_output_as_in_process(string format)
        {
            var (code, output, error) = Start("check", Repo.Seeds, "--format", format);
            CliRun inProcess = CliHarness.Run("check", Repo.Seeds, "--format", format);
            Assert.True(code == inProcess.ExitCode, error);
            Assert.Contains("001_", output);
            Assert.Equal(inProcess.Out, output);
        }

        [Fact]
        public void A_closed_standard_output_is_said_plainly_and_a_file_output_still_works()
        {
            if (OperatingSystem.IsWindows()) return; // closing a descriptor for the child is a POSIX shell's `>&-`

            CliRun Closed(params string[] args)
            {
                ProcessStartInfo tool = ToolProcess.StartInfo(args);
                var start = new ProcessStartInfo("sh") { ArgumentList = { "-c", "exec \"$0\" \"$@\" >&-", tool.FileName } };
                foreach (string arg in tool.ArgumentList) start.ArgumentList.Add(arg);
                return ToolProcess.Run(start);
            }

            CliRun toClosed = Closed("check", Repo.Seed("001"), "--format", "json");
            Assert.Equal(2, toClosed.ExitCode);
            Assert.Contains("schemagen: cannot write to standard output", toClosed.Err);
            Assert.DoesNotContain("internal error", toClosed.Err);

            string file = Path.Combine(Path.GetTempPath(), "schemagen-closed-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                CliRun toFile = Closed("check", Repo.Seed("001"), "--format", "json", "--output", file);
                CliRun inProcess = CliHarness.Run("check", Repo.Seed("001"), "--format", "json");
                Assert.True(toFile.ExitCode == inProcess.ExitCode, toFile.Err);
                Assert.Equal(inProcess.Out, File.ReadAllText(file));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void Redirected_stderr_of_the_real_process_has_no_progress_bar()
        {
            string[] args = new[] { "check" }.Concat(Enumerable.Repeat(Repo.Seed("001"), 12)).ToArray();
            var (code, _, error) = Start(args);
            Assert.Equal(0, code);
            Assert.Equal("", error);
        }

        [Fact]
        public void The_built_tool_exits_2_on_a_usage_error()
        {
            var (code, _, error) = Start("check", "--format", "xml", "x.txt");
            Assert.Equal(2, code);
            Assert.Contains("--help", error);
        }
    }
}
