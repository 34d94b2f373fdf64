using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>
    /// Packs the real package and builds tests/SchemaGen.PackageConsumer against it, as a user's project would:
    /// restored from a local folder feed, with a version no earlier run used and a package cache of its own, so a
    /// stale package can never be picked up. The consumer needs no other package, so its empty cache restores from the
    /// local feed alone (NuGet.config maps SchemaGen to that feed only).
    /// </summary>
    [Trait("Category", "Package")]
    public class PackageConsumerTests
    {
        private static readonly TimeSpan Step = TimeSpan.FromMinutes(6); // a Release pack from scratch on a loaded 2-core machine
        private static readonly Regex DiagnosticLine = new(@"(?<file>[^\s\\/(]+)\(\d+,\d+\): (?<severity>warning|error) (?<id>[A-Z]+\d+):", RegexOptions.Compiled);

        private readonly ITestOutputHelper _output;

        public PackageConsumerTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void The_package_builds_the_consumer_and_reports_every_rule_on_the_broken_code_only()
        {
            string repository = RepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "schemagen-package-" + Guid.NewGuid().ToString("N").Substring(0, 10));
            string consumer = Path.Combine(work, "consumer");
            string feed = Path.Combine(consumer, "local-feed"); // where the consumer's NuGet.config looks
            string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Random.Shared.Next(1, 100000);
            try
            {
                CopyConsumer(Path.Combine(repository, "tests", "SchemaGen.PackageConsumer"), consumer);

                var pack = Run(repository, packageCache: null, "pack", Path.Combine(repository, "src", "SchemaGen.Package"), "-c", "Release", "-o", feed, "-p:PackageVersion=" + version);
                Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
                AssertPackageLayout(Path.Combine(feed, "SchemaGen." + version + ".nupkg"));

                var build = Run(consumer, packageCache: Path.Combine(work, "packages"), "build", consumer, "-p:SchemaGenPackageVersion=" + version);
                Assert.True(build.ExitCode == 0, "dotnet build of the consumer failed:\n" + build.Output);

                var found = DiagnosticLine.Matches(build.Output).Select(m => (File: m.Groups["file"].Value, Id: m.Groups["id"].Value)).Distinct().ToList();
                var broken = found.Where(d => d.File == "Broken.cs" && d.Id.StartsWith("SG2", StringComparison.Ordinal)).Select(d => d.Id).Distinct().OrderBy(i => i);
                Assert.Equal(new[] { "SG2001", "SG2002", "SG2003", "SG2004", "SG2005", "SG2006" }, broken);
                Assert.DoesNotContain(found, d => d.File is "Correct.cs" or "KeyContract.cs" or "Program.cs");
                AssertRejectedKeys(Path.Combine(consumer, "BrokenKeys.cs"), build.Output);
                AssertAcceptedKeysResolve(consumer, Path.Combine(work, "packages"));
                // The generator and analyzers loaded and ran: no load failures, no crashes, no version mismatch.
                foreach (string failure in new[] { "CS8032", "CS8784", "CS8785", "CS9057", "AD0001" })
                    Assert.DoesNotContain(found, d => d.Id == failure);
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        /// <summary>
        /// Every line of BrokenKeys.cs marked <c>// KEY: text</c> gets SG2004 whose message contains the text (the
        /// suggestion, or why the key is ambiguous), and no other line does.
        /// </summary>
        private static void AssertRejectedKeys(string file, string buildOutput)
        {
            var expected = File.ReadAllLines(file)
                .Select((text, i) => (Line: i + 1, Marker: text.IndexOf("// KEY: ", StringComparison.Ordinal) is int at and >= 0 ? text.Substring(at + 8).Trim() : null))
                .Where(l => l.Marker is not null)
                .ToDictionary(l => l.Line, l => l.Marker!);
            Assert.NotEmpty(expected);
            var reported = Regex.Matches(buildOutput, @"BrokenKeys\.cs\((?<line>\d+),\d+\): warning SG2004: (?<message>[^\r\n]*)")
                .GroupBy(m => int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => g.First().Groups["message"].Value);
            Assert.Equal(expected.Keys.OrderBy(l => l), reported.Keys.OrderBy(l => l));
            foreach (var (line, marker) in expected)
                Assert.True(reported[line].Contains(marker, StringComparison.Ordinal), $"BrokenKeys.cs line {line}: expected '{marker}' in: {reported[line]}");
        }

        /// <summary>Runs the built consumer: every key form KeyContract.cs writes resolves at run time, and a rejected one is a clear ArgumentException.</summary>
        private void AssertAcceptedKeysResolve(string consumer, string packageCache)
        {
            // The extra arguments Run adds (build-server switches) reach Main as arguments, which it ignores.
            var run = Run(consumer, packageCache, Path.Combine(consumer, "bin", "Debug", "net10.0", "SchemaGen.PackageConsumer.dll"));
            Assert.True(run.ExitCode == 0, "the consumer failed at run time:\n" + run.Output);
            Assert.Contains("presence Missing", run.Output);
            Assert.Contains("cell 3", run.Output);
            Assert.DoesNotContain("no exception", run.Output);
            Assert.Contains("rejected: schema gov-info-annual-report@2021 has no table 'Aplications' (did you mean 'Applications'", run.Output);
            Assert.DoesNotContain("Sequence contains", run.Output);
        }

        private static void AssertPackageLayout(string package)
        {
            using ZipArchive zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            foreach (string dll in new[] { "SchemaGen.Generator", "SchemaGen.Analyzers", "SchemaGen.CodeFixes", "SchemaGen.Schema", "SchemaGen.Runtime", "YamlDotNet", "Scriban.Signed" })
                Assert.Contains("analyzers/dotnet/cs/" + dll + ".dll", entries);
            Assert.Contains("lib/netstandard2.0/SchemaGen.Runtime.dll", entries);
            Assert.Contains("build/SchemaGen.props", entries);
            Assert.Contains("buildTransitive/SchemaGen.props", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.EndsWith("SchemaGen.Runtime.dll", StringComparison.Ordinal));
        }

        /// <summary>Copies the consumer without build output; the linked schema file is copied as its content.</summary>
        private static void CopyConsumer(string from, string to)
        {
            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(from, file);
                string top = relative.Split(Path.DirectorySeparatorChar)[0];
                if (top is "bin" or "obj" or "local-feed") continue;
                string target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, File.ReadAllBytes(file));
            }
        }

        /// <param name="packageCache">
        /// A package cache of the run's own for the consumer, so no package from an earlier run can be used. Null for the
        /// pack of the repository's projects: they restore into the normal cache, as every other build here does.
        /// </param>
        private (int ExitCode, string Output) Run(string directory, string? packageCache, params string[] arguments)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            // No build servers left behind, and nothing inherited from the MSBuild that runs this test.
            start.ArgumentList.Add("-nodeReuse:false");
            start.ArgumentList.Add("-p:UseSharedCompilation=false");
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
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} took longer than {Step}:\n{output}");
            }
            process.WaitForExit();
            _output.WriteLine($"dotnet {arguments[0]}: exit {process.ExitCode} in {clock.Elapsed.TotalSeconds:0.0}s");
            return (process.ExitCode, output.ToString());
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "src", "SchemaGen.Package"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
