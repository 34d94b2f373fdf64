using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace SchemaGen.Fuzz.Tests
{
    /// <summary>Every input in tests/SchemaGen.Fuzz/Crashes/TARGET/ once failed its harness: each must now run clean.</summary>
    public sealed class CrashRegressionTests
    {
        private static string CrashDirectory
        {
            get
            {
                for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, "tests", "SchemaGen.Fuzz", "Crashes");
                    if (Directory.Exists(candidate)) return candidate;
                }
                throw new InvalidOperationException("tests/SchemaGen.Fuzz/Crashes not found above " + AppContext.BaseDirectory);
            }
        }

        public static IEnumerable<object[]> Inputs()
            => Directory.GetDirectories(CrashDirectory)
                .SelectMany(d => Directory.GetFiles(d).Select(f => new object[] { Path.GetFileName(d), Path.GetFileName(f) }))
                .OrderBy(p => (string)p[0], StringComparer.Ordinal).ThenBy(p => (string)p[1], StringComparer.Ordinal);

        [Fact]
        public void There_are_regressions_and_each_folder_names_a_harness()
        {
            Assert.NotEmpty(Inputs());
            Assert.All(Directory.GetDirectories(CrashDirectory), d => Assert.NotNull(FuzzTarget.Find(Path.GetFileName(d))));
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void A_past_crash_runs_clean(string target, string file)
        {
            FuzzTarget harness = FuzzTarget.Find(target)!;
            // Throws (with what broke) if the crash is back.
            Assert.True(harness.Run(File.ReadAllBytes(Path.Combine(CrashDirectory, target, file))));
        }
    }
}
