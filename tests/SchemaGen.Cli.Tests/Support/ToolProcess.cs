using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace SchemaGen.Cli.Tests.Support
{
    /// <summary>The built tool as a separate process (no `dotnet run`): real exit codes, real redirected streams, real signals.</summary>
    internal static class ToolProcess
    {
        /// <summary>Generous: a run that has not ended by then is taken for a hang, which is what these tests guard against.</summary>
        public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

        public static string ToolDll()
        {
            // The CLI's own build output; the test's output folder holds a copy of the DLL too, beside its runtimeconfig.
            string local = Path.Combine(AppContext.BaseDirectory, "schemagen.dll");
            if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "schemagen.runtimeconfig.json"))) return local;
            string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(Repo.Root, "src", "SchemaGen.Cli", "bin", configuration, "net10.0", "schemagen.dll");
        }

        /// <summary>The built tool, started with <paramref name="args"/>: dotnet schemagen.dll ….</summary>
        public static ProcessStartInfo StartInfo(params string[] args)
        {
            var info = new ProcessStartInfo("dotnet");
            info.ArgumentList.Add(ToolDll());
            foreach (string arg in args) info.ArgumentList.Add(arg);
            return info;
        }

        public static Process Launch(params string[] args) => Launch(StartInfo(args));

        /// <summary>Runs the tool to its end; a run that outlasts <see cref="Patience"/> is killed and fails the test.</summary>
        public static CliRun Run(params string[] args) => Run(StartInfo(args));

        /// <summary>
        /// Runs a program (the tool, or another build of it) to its end, its streams read as UTF-8; a run that outlasts
        /// <see cref="Patience"/> is killed and fails the test.
        /// </summary>
        public static CliRun Run(ProcessStartInfo start)
        {
            using Process process = Launch(start);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Patience))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{start.FileName} {string.Join(" ", start.ArgumentList)} did not end within {Patience}");
            }
            process.WaitForExit();
            return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
        }

        private static Process Launch(ProcessStartInfo start)
        {
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;
            start.StandardOutputEncoding = Encoding.UTF8;
            start.StandardErrorEncoding = Encoding.UTF8;
            return Process.Start(start)!;
        }

        /// <summary>Sends a POSIX signal (SIGINT, SIGTERM) the way a terminal or a service manager does.</summary>
        public static void Signal(Process process, string signal)
        {
            using Process kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }
    }
}
