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
        private static string ToolDll()
        {
            // The CLI's own build output; the test's output folder holds a copy of the DLL too, beside its runtimeconfig.
            string local = Path.Combine(AppContext.BaseDirectory, "schemagen.dll");
            if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "schemagen.runtimeconfig.json"))) return local;
            string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(Repo.Root, "src", "SchemaGen.Cli", "bin", configuration, "net10.0", "schemagen.dll");
        }

        private static (int Code, string Out, string Err) Start(params string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(ToolDll());
            foreach (string arg in args) info.ArgumentList.Add(arg);
            using Process process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "schemagen did not finish");
            return (process.ExitCode, stdout.Result, stderr.Result);
        }

        [Fact]
        public void The_built_tool_checks_a_batch_and_exits_with_the_right_code()
        {
            var (code, output, error) = Start("check", Repo.Seeds, "--format", "json");
            Assert.True(code == 1, error);
            var files = JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal(5, files.Length);
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
