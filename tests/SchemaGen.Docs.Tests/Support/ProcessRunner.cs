using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace SchemaGen.Docs.Tests.Support
{
    public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut);

    /// <summary>Runs a process with a time bound; on timeout it kills the process and everything it started.</summary>
    public static class ProcessRunner
    {
        public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
        {
            var info = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (string argument in arguments) info.ArgumentList.Add(argument);
            if (environment is not null)
                foreach (var pair in environment) info.Environment[pair.Key] = pair.Value;

            using var process = new Process { StartInfo = info };
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.Append(e.Data).Append('\n'); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.Append(e.Data).Append('\n'); };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit(10_000);
                return new ProcessResult(-1, stdout.ToString(), stderr.ToString(), true);
            }
            process.WaitForExit(); // drains the redirected streams
            return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), false);
        }
    }
}
