using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Analyzers.Tests.Infrastructure;
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
        private static readonly Regex DiagnosticLine = new(@"(?<file>[^\s\\/(]+)\(\d+,\d+\): (?<severity>warning|error) (?<id>[A-Z]+\d+):", RegexOptions.Compiled);

        private readonly DotnetRunner _dotnet;

        public PackageConsumerTests(ITestOutputHelper output) => _dotnet = new DotnetRunner(output);

        [Fact]
        public void The_package_builds_the_consumer_and_reports_every_rule_on_the_broken_code_only()
        {
            string repository = DotnetRunner.RepositoryRoot();
            string work = Path.Combine(Path.GetTempPath(), "schemagen-package-" + Guid.NewGuid().ToString("N").Substring(0, 10));
            string consumer = Path.Combine(work, "consumer");
            string feed = Path.Combine(consumer, "local-feed"); // where the consumer's NuGet.config looks
            string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Random.Shared.Next(1, 100000);
            try
            {
                CopyConsumer(Path.Combine(repository, "tests", "SchemaGen.PackageConsumer"), consumer);

                var pack = _dotnet.Run(repository, packageCache: null, "pack", Path.Combine(repository, "src", "SchemaGen.Package"), "-c", "Release", "-o", feed, "-p:PackageVersion=" + version);
                Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
                AssertPackageLayout(Path.Combine(feed, "SchemaGen." + version + ".nupkg"));

                var build = _dotnet.Run(consumer, packageCache: Path.Combine(work, "packages"), "build", consumer, "-p:SchemaGenPackageVersion=" + version);
                Assert.True(build.ExitCode == 0, "dotnet build of the consumer failed:\n" + build.Output);

                var found = DiagnosticLine.Matches(build.Output).Select(m => (File: m.Groups["file"].Value, Id: m.Groups["id"].Value)).Distinct().ToList();
                var broken = found.Where(d => d.File == "Broken.cs" && d.Id.StartsWith("SG2", StringComparison.Ordinal)).Select(d => d.Id).Distinct().OrderBy(i => i);
                Assert.Equal(new[] { "SG2001", "SG2002", "SG2003", "SG2004", "SG2005", "SG2006" }, broken);
                Assert.DoesNotContain(found, d => d.File is "Correct.cs" or "KeyContract.cs" or "Program.cs");
                AssertRejectedKeys(Path.Combine(consumer, "BrokenKeys.cs"), build.Output);
                AssertAcceptedKeysResolve(consumer, Path.Combine(work, "packages"));

                // A library with the schema and an app using its types: the app has no YAML, its analyzers read the
                // schema the library's assembly embeds, and nothing is generated twice.
                var app = _dotnet.Run(consumer, packageCache: Path.Combine(work, "packages"), "build", Path.Combine(consumer, "TwoProjects", "App", "App.csproj"), "-p:SchemaGenPackageVersion=" + version);
                Assert.True(app.ExitCode == 0, "dotnet build of the two-project solution failed:\n" + app.Output);
                var appFound = DiagnosticLine.Matches(app.Output).Select(m => (File: m.Groups["file"].Value, Id: m.Groups["id"].Value)).Distinct().ToList();
                Assert.Contains(("Use.cs", "SG2001"), appFound);
                Assert.Contains(("Use.cs", "SG2004"), appFound);
                Assert.DoesNotContain(appFound, d => d.Id is "CS0436" or "CS0433" or "AD0001" or "CS8785");

                // One `dotnet format analyzers` run fixes every fixable instance of every id, skipping the ones that
                // have no fix (an ambiguous key, a row group, a total on a row variable) instead of stopping at them.
                AssertOneFormatRunFixesEverythingFixable(consumer, Path.Combine(work, "packages"), version);
                // The generator and analyzers loaded and ran: no load failures, no crashes, no version mismatch.
                foreach (string failure in new[] { "CS8032", "CS8784", "CS8785", "CS9057", "AD0001" })
                    Assert.DoesNotContain(found, d => d.Id == failure);
            }
            finally
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        private void AssertOneFormatRunFixesEverythingFixable(string consumer, string packageCache, string version)
        {
            string[] fixable = { "SG2001", "SG2003", "SG2004", "SG2006", "SG2007" };
            File.WriteAllText(Path.Combine(consumer, "Mistakes.cs"), MistakesSource);
            var before = _dotnet.Run(consumer, packageCache, "build", consumer, "-p:SchemaGenPackageVersion=" + version);
            var found = DiagnosticLine.Matches(before.Output).Select(m => (File: m.Groups["file"].Value, Id: m.Groups["id"].Value)).ToList();
            foreach (string id in fixable) Assert.Contains(("Mistakes.cs", id), found);

            var format = _dotnet.Run(consumer, packageCache, "format", "analyzers", Path.Combine(consumer, "SchemaGen.PackageConsumer.csproj"),
                "--no-restore", "--severity", "warn", "--diagnostics", "SG2001", "SG2003", "SG2004", "SG2006", "SG2007");
            Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);
            Assert.DoesNotContain("Fix All action", format.Output);

            var after = _dotnet.Run(consumer, packageCache, "build", consumer, "-p:SchemaGenPackageVersion=" + version);
            Assert.True(after.ExitCode == 0, "the consumer no longer builds after dotnet format:\n" + after.Output);
            var left = DiagnosticLine.Matches(after.Output).Select(m => (File: m.Groups["file"].Value, Id: m.Groups["id"].Value)).Distinct().ToList();
            string fixedText = File.ReadAllText(Path.Combine(consumer, "Mistakes.cs"));
            // Every fixable mistake is gone; the instances with no fix are still reported.
            Assert.DoesNotContain(left, d => d.File == "Mistakes.cs" && d.Id is "SG2001" or "SG2006" or "SG2007");
            Assert.Contains("\"NewlyReceived\"", fixedText);
            Assert.Contains("\"Outcomes.Withheld.StateSecret\"", fixedText);
            Assert.Contains("table.RecomputeTotals();", fixedText);
            Assert.Contains("naturalPerson: 3", fixedText);
            Assert.Contains(("Mistakes.cs", "SG2004"), left); // the ambiguous key: no suggestion, no fix
        }

        /// <summary>Many mistakes in one file: several instances of each fixable id, and instances of the same ids that have no fix.</summary>
        private const string MistakesSource = """
            using SchemaGen.Formats.V2021;
            using SchemaGen.Runtime;

            namespace PackageConsumer
            {
                public static class Mistakes
                {
                    public static ApplicationsTable Figures() => new ApplicationsTable
                    {
                        NewlyReceived = { NaturalPerson = 17, Total = 20 },
                        CarriedOver = { NaturalPerson = 2, Business = 1, Total = 9 },
                    };

                    public static object[] Rows() => new object[]
                    {
                        new ApplicationsTable.Row(3, 1, 0, 0, 0, 0, 4),
                        new ApplicationsTable.Row(1, 0, 0, 0, 0, 0, 1),
                    };

                    public static void Totals(ApplicationsTable table, int n)
                    {
                        var row = table.CarriedOver;
                        row.NaturalPerson = n;
                        row.Total = n;                                  // no fix: a row has no RecomputeTotals()
                        table.NewlyReceived.NaturalPerson += n;
                        table.NewlyReceived.Total = n;
                        table.Outcomes.Granted.Business = n;
                        table.Outcomes.Total.Business += n;
                    }

                    public static object[] Keys() => new object[]
                    {
                        AnnualReportSchema.Column("Appeals", "总计"),     // no fix: ambiguous
                        AnnualReportSchema.Row("Applications", "NewlyRecieved"),
                        AnnualReportSchema.Row("Applications", "Outcomes.Witheld.StateSecret"),
                    };
                }

                [SchemaTable("gov-info-annual-report@2021", "Fees", Mirrors = SchemaMirror.Columns)]
                public sealed class FeeMirror
                {
                }
            }
            """;

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
            var run = _dotnet.Run(consumer, packageCache, Path.Combine(consumer, "bin", "Debug", "net10.0", "SchemaGen.PackageConsumer.dll"));
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
            Assert.Contains("lib/netstandard2.0/SchemaGen.Runtime.xml", entries); // IntelliSense for the runtime
            Assert.Contains("LICENSE", entries);
            Assert.Contains("schema/schemagen.schema.json", entries);
            foreach (string id in new[] { "SG1001", "SG2001", "SG2004", "SG2006" })
                Assert.Contains("docs/diagnostics/" + id + ".md", entries);
            string nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
            Assert.Contains("build/SchemaGen.props", entries);
            Assert.Contains("buildTransitive/SchemaGen.props", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.EndsWith("SchemaGen.Runtime.dll", StringComparison.Ordinal) && !e.EndsWith("SchemaGen.Runtime.xml", StringComparison.Ordinal));
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
    }
}
