using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs the dotnet CLI for the package tests: isolated from the MSBuild that runs the tests, with a time limit per step.</summary>
    internal sealed class DotnetRunner
    {
        private static readonly TimeSpan Step = TimeSpan.FromMinutes(6); // a Release pack from scratch on a loaded 2-core machine

        private readonly ITestOutputHelper _output;

        public DotnetRunner(ITestOutputHelper output) => _output = output;

        /// <param name="packageCache">
        /// A package cache of the run's own for the consumer, so no package from an earlier run can be used. Null for the
        /// pack of the repository's projects: they restore into the normal cache, as every other build here does.
        /// </param>
        public (int ExitCode, string Output) Run(string directory, string? packageCache, params string[] arguments)
        {
            string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
            return Execute(dotnet, directory, packageCache, arguments);
        }

        /// <summary>Runs a program (an installed tool) the same way.</summary>
        public (int ExitCode, string Output) RunProgram(string directory, string program, params string[] arguments)
            => Execute(program, directory, packageCache: null, arguments);

        private (int ExitCode, string Output) Execute(string program, string directory, string? packageCache, string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            // No build servers left behind (for the commands that build), and nothing inherited from the MSBuild that runs this test.
            if (arguments[0] is "build" or "pack" or "restore")
            {
                start.ArgumentList.Add("-nodeReuse:false");
                start.ArgumentList.Add("-p:UseSharedCompilation=false");
            }
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
                start.Environment.Remove(name);
            if (packageCache is not null) start.Environment["NUGET_PACKAGES"] = packageCache;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)Step.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path.GetFileName(program)} {string.Join(" ", arguments)} took longer than {Step}:\n{output}");
            }
            process.WaitForExit();
            _output.WriteLine($"{Path.GetFileName(program)} {arguments[0]}: exit {process.ExitCode} in {clock.Elapsed.TotalSeconds:0.0}s");
            return (process.ExitCode, output.ToString());
        }

        public static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "src", "SchemaGen.Package"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
