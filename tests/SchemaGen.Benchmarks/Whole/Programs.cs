using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// The programs the harness runs, published from this repository into the work directory the way a user would install
    /// them (for this machine's runtime identifier): schemagen framework-dependent with ReadyToRun and without, schemagen
    /// compiled with Native AOT, and the two baselines under <c>Baselines/</c> (framework-dependent).
    /// </summary>
    internal sealed class Programs
    {
        private Programs(string cliReadyToRun, string cliJit, string cliNative, string empty, string readLines)
        {
            CliReadyToRun = cliReadyToRun;
            CliJit = cliJit;
            CliNative = cliNative;
            Empty = empty;
            ReadLines = readLines;
        }

        public string CliReadyToRun { get; }

        public string CliJit { get; }

        /// <summary>The README's fastest start: dotnet publish -r RID -p:SchemaGenNativeAot=true.</summary>
        public string CliNative { get; }

        public string Empty { get; }

        public string ReadLines { get; }

        public static Programs Publish(string workDirectory, bool reuse, Action<string> log)
        {
            string rid = RuntimeInformation.RuntimeIdentifier;
            string benchmarks = Path.Combine(Files.Root, "tests", "SchemaGen.Benchmarks", "Baselines");
            string cli = Path.Combine(Files.Root, "src", "SchemaGen.Cli", "SchemaGen.Cli.csproj");
            return new Programs(
                PublishOne(cli, rid, Build.ReadyToRun, Path.Combine(workDirectory, "bin", "cli-r2r"), "schemagen", reuse, log),
                PublishOne(cli, rid, Build.Jit, Path.Combine(workDirectory, "bin", "cli-jit"), "schemagen", reuse, log),
                PublishOne(cli, rid, Build.NativeAot, Path.Combine(workDirectory, "bin", "cli-native"), "schemagen", reuse, log),
                PublishOne(Path.Combine(benchmarks, "EmptyApp", "EmptyApp.csproj"), rid, Build.Jit, Path.Combine(workDirectory, "bin", "empty"), "EmptyApp", reuse, log),
                PublishOne(Path.Combine(benchmarks, "ReadLines", "ReadLines.csproj"), rid, Build.Jit, Path.Combine(workDirectory, "bin", "read-lines"), "ReadLines", reuse, log));
        }

        private enum Build
        {
            Jit,
            ReadyToRun,
            NativeAot,
        }

        private static string PublishOne(string project, string rid, Build build, string output, string name, bool reuse, Action<string> log)
        {
            string executable = Path.Combine(output, name);
            if (reuse && File.Exists(executable)) return executable;
            log($"publishing {Path.GetFileName(project)} ({build}) to {output}");
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            string[] how = build == Build.NativeAot
                ? new[] { "-p:SchemaGenNativeAot=true" }
                : new[] { "--self-contained", "false", "-p:PublishReadyToRun=" + (build == Build.ReadyToRun ? "true" : "false") };
            foreach (string a in new[] { "publish", project, "-c", "Release", "-r", rid }.Concat(how).Concat(new[] { "-o", output, "--nologo" }))
                start.ArgumentList.Add(a);
            using Process process = Process.Start(start)!;
            var stdoutRead = process.StandardOutput.ReadToEndAsync();
            var stderrRead = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            string stdout = stdoutRead.Result, stderr = stderrRead.Result;
            if (process.ExitCode != 0 || !File.Exists(executable))
                throw new InvalidOperationException($"dotnet publish {project} failed ({process.ExitCode}):\n{stdout}\n{stderr}");
            return executable;
        }
    }
}
