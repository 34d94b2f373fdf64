using System;
using System.IO;
using SchemaGen.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>
    /// The CLI as a .NET tool, installed the way the README says: packed into a local feed, installed into a tool path
    /// of its own from that feed alone, and run.
    /// </summary>
    [Trait("Category", "Package")]
    public class ToolPackageTests
    {
        private readonly DotnetRunner _dotnet;

        public ToolPackageTests(ITestOutputHelper output) => _dotnet = new DotnetRunner(output);

        [Fact]
        public void The_cli_installs_as_a_tool_from_a_local_feed_and_runs()
        {
            string repository = DotnetRunner.RepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "schemagen-tool-" + Guid.NewGuid().ToString("N").Substring(0, 10));
            string feed = Path.Combine(work, "feed"), tools = Path.Combine(work, "tools");
            string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Random.Shared.Next(1, 100000);
            try
            {
                Directory.CreateDirectory(work);
                // The feed alone: the tool package carries its dependencies, so nothing else may be needed.
                File.WriteAllText(Path.Combine(work, "NuGet.config"),
                    "<configuration><packageSources><clear /><add key=\"local\" value=\"feed\" /></packageSources></configuration>");

                // Debug: the configuration the solution's test run has just built, so packing costs little more than zipping.
                var pack = _dotnet.Run(repository, packageCache: null, "pack", Path.Combine(repository, "src", "SchemaGen.Cli"), "-c", "Debug", "-o", feed, "-p:PackageVersion=" + version);
                Assert.True(pack.ExitCode == 0, "dotnet pack of the CLI failed:\n" + pack.Output);

                var install = _dotnet.Run(work, packageCache: Path.Combine(work, "packages"), "tool", "install", "SchemaGen.Cli",
                    "--tool-path", tools, "--version", version, "--configfile", Path.Combine(work, "NuGet.config"));
                Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);

                string schemagen = Path.Combine(tools, OperatingSystem.IsWindows() ? "schemagen.exe" : "schemagen");
                var help = _dotnet.RunProgram(work, schemagen, "--help");
                Assert.True(help.ExitCode == 0, "schemagen --help failed:\n" + help.Output);
                foreach (string command in new[] { "check", "compare", "diff", "docs", "generate", "lint" })
                    Assert.Contains(command, help.Output);
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
    }
}
