using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>
    /// Debian's headless chromium. Installed on demand (apt-get) when it is missing and CI=true or
    /// SCHEMAGEN_INSTALL_CHROMIUM=1; otherwise the browser tests are skipped with the reason.
    /// </summary>
    public static class Chromium
    {
        /// <summary>Debian's chromium; SCHEMAGEN_CHROMIUM points elsewhere (a test of the skip path sets a missing file).</summary>
        public static readonly string BinaryPath = Environment.GetEnvironmentVariable("SCHEMAGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        public const string InstallVariable = "SCHEMAGEN_INSTALL_CHROMIUM";

        private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(90);
        private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(15);
        private static readonly object InstallLock = new object();
        private static string? _installError;
        private static bool _installTried;

        public static bool MayInstall
            => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
               || Environment.GetEnvironmentVariable(InstallVariable) == "1";

        /// <summary>Why the browser tests cannot run here, or null when they can (chromium present, or installable).</summary>
        public static string? SkipReason()
        {
            if (!OperatingSystem.IsLinux()) return "headless chromium tests run on Linux only";
            if (File.Exists(BinaryPath) || MayInstall) return null;
            return $"{BinaryPath} is missing: run .ci/install-chromium.sh, or set CI=true or {InstallVariable}=1 to let the tests install Debian's chromium";
        }

        /// <summary>Installs chromium once if it is missing; fails the test when that does not work.</summary>
        public static void EnsureInstalled()
        {
            lock (InstallLock)
            {
                if (File.Exists(BinaryPath)) return;
                if (!_installTried)
                {
                    _installTried = true;
                    _installError = Install();
                }
                Assert.True(File.Exists(BinaryPath), "chromium could not be installed: " + _installError);
            }
        }

        private static string? Install()
        {
            string script = Path.Combine(Repo.Root, ".ci", "install-chromium.sh");
            var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            ProcessResult result = File.Exists(script)
                ? ProcessRunner.Run("bash", new[] { script }, InstallTimeout, env)
                : ProcessRunner.Run("apt-get", new[] { "install", "-y", "chromium" }, InstallTimeout, env);
            return result.ExitCode == 0 ? null : (result.TimedOut ? "timed out; " : "") + result.StandardError;
        }

        private static IEnumerable<string> CommonArguments(string userDataDir, int width, int height) => new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--user-data-dir=" + userDataDir, $"--window-size={width},{height}",
        };

        /// <summary>The DOM after the page loaded, serialised by the browser.</summary>
        public static string DumpDom(string file, int width = 1400, int height = 2400)
        {
            var args = new List<string>(CommonArguments(NewProfile(), width, height)) { "--dump-dom", new Uri(file).AbsoluteUri };
            ProcessResult result = RunBrowser(args);
            Assert.True(result.ExitCode == 0 && result.StandardOutput.Length > 0, $"chromium --dump-dom failed ({result.ExitCode}): {result.StandardError}");
            return result.StandardOutput;
        }

        public static void Screenshot(string file, string png, int width, int height)
        {
            if (File.Exists(png)) File.Delete(png);
            var args = new List<string>(CommonArguments(NewProfile(), width, height)) { "--screenshot=" + png, new Uri(file).AbsoluteUri };
            ProcessResult result = RunBrowser(args);
            Assert.True(result.ExitCode == 0 && File.Exists(png), $"chromium --screenshot failed ({result.ExitCode}): {result.StandardError}");
        }

        private static ProcessResult RunBrowser(List<string> args)
        {
            EnsureInstalled();
            string profile = args.Single(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal)).Substring("--user-data-dir=".Length);
            try
            {
                return RunWithRetry(args);
            }
            finally
            {
                // Profiles are a few megabytes each; nothing in them is needed after the launch.
                try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        private static ProcessResult RunWithRetry(List<string> args)
        {
            // One retry: a first start on a fresh machine occasionally times out while fontconfig builds its cache.
            for (int attempt = 1; ; attempt++)
            {
                ProcessResult result = ProcessRunner.Run(BinaryPath, args, BrowserTimeout);
                if (!result.TimedOut || attempt == 2)
                {
                    Assert.False(result.TimedOut, $"chromium did not finish within {BrowserTimeout.TotalSeconds} s and was killed");
                    return result;
                }
                Thread.Sleep(1000);
            }
        }

        /// <summary>A new, empty profile per launch so that runs never share state.</summary>
        private static string NewProfile() => Repo.NewTempDirectory("chromium-profile");
    }

    /// <summary>A fact that is skipped, with the reason, when headless chromium is neither present nor installable.</summary>
    public sealed class ChromiumFactAttribute : FactAttribute
    {
        public ChromiumFactAttribute()
        {
            string? reason = Chromium.SkipReason();
            if (reason is not null) Skip = reason;
        }
    }

    public sealed class ChromiumTheoryAttribute : TheoryAttribute
    {
        public ChromiumTheoryAttribute()
        {
            string? reason = Chromium.SkipReason();
            if (reason is not null) Skip = reason;
        }
    }
}
