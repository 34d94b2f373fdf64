using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using SchemaGen.Cli.Tests.Support;

namespace SchemaGen.Cli.Tests.Native
{
    /// <summary>
    /// schemagen compiled with Native AOT the way the README says (dotnet publish -r RID -p:SchemaGenNativeAot=true), once
    /// per test class, into a scratch folder of its own (its own artifacts path, so it shares no obj/ or bin/ with the
    /// solution's test build running beside it). The JIT tool of the test build is the reference it is compared with.
    /// </summary>
    public sealed class NativeTool : IDisposable
    {
        private static readonly TimeSpan PublishPatience = TimeSpan.FromMinutes(15); // a cold Release publish on a loaded 2-core machine

        public NativeTool()
        {
            string rid = RuntimeInformation.RuntimeIdentifier;
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in new[]
            {
                "publish", Path.Combine(Repo.Root, "src", "SchemaGen.Cli", "SchemaGen.Cli.csproj"), "-c", "Release", "-r", rid,
                "-p:SchemaGenNativeAot=true", "--artifacts-path", Path.Combine(Folder, "artifacts"), "-o", Path.Combine(Folder, "bin"),
                "-nodeReuse:false", "-p:UseSharedCompilation=false", "--nologo",
            })
                start.ArgumentList.Add(argument);
            // Nothing inherited from the MSBuild that runs the tests.
            foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
                start.Environment.Remove(name);
            PublishLog = Execute(start, PublishPatience, out int exitCode);
            Executable = Path.Combine(Folder, "bin", OperatingSystem.IsWindows() ? "schemagen.exe" : "schemagen");
            PublishSucceeded = exitCode == 0 && File.Exists(Executable);
        }

        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "schemagen-native-" + Guid.NewGuid().ToString("N").Substring(0, 10));

        public string Executable { get; }

        public bool PublishSucceeded { get; }

        public string PublishLog { get; }

        /// <summary>The native executable.</summary>
        internal CliRun RunNative(IReadOnlyDictionary<string, string?> environment, params string[] args)
        {
            var start = new ProcessStartInfo(Executable);
            foreach (string arg in args) start.ArgumentList.Add(arg);
            return ToolProcess.Run(With(start, environment));
        }

        /// <summary>The same command in the JIT-compiled tool of the test build (dotnet schemagen.dll).</summary>
        internal static CliRun RunJit(IReadOnlyDictionary<string, string?> environment, params string[] args)
            => ToolProcess.Run(With(ToolProcess.StartInfo(args), environment));

        private static ProcessStartInfo With(ProcessStartInfo start, IReadOnlyDictionary<string, string?> environment)
        {
            foreach (KeyValuePair<string, string?> variable in environment)
            {
                if (variable.Value is null) start.Environment.Remove(variable.Key);
                else start.Environment[variable.Key] = variable.Value;
            }
            return start;
        }

        private static string Execute(ProcessStartInfo start, TimeSpan patience, out int exitCode)
        {
            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(patience))
            {
                process.Kill(entireProcessTree: true);
                exitCode = -1;
                return $"dotnet publish took longer than {patience}:\n{output}";
            }
            process.WaitForExit();
            exitCode = process.ExitCode;
            return output.ToString();
        }

        public void Dispose()
        {
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
