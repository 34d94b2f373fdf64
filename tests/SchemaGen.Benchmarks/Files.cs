using System;
using System.IO;

namespace SchemaGen.Benchmarks
{
    internal static class Files
    {
        public static string Root { get; } = FindRoot();

        public static string Schema(string version) => Path.Combine(Root, "schema", $"gov-info-annual-report-{version}.yaml");

        public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "tests", "fixtures", "seeds"), prefix + "_*.txt")[0];

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SchemaGen.sln"))) return dir.FullName;
            throw new InvalidOperationException("run from inside the repository");
        }
    }
}
