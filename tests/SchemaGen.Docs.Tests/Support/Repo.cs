using System;
using System.IO;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>Paths in the repository, found by walking up from the test binaries to the folder that holds schema/.</summary>
    public static class Repo
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(() =>
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "schema")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("no folder with schema/ above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;

        public static string Schema2019 => Path.Combine(Root, "schema", "gov-info-annual-report-2019.yaml");

        public static string Schema2021 => Path.Combine(Root, "schema", "gov-info-annual-report-2021.yaml");

        public static string[] BothSchemas => new[] { Schema2019, Schema2021 };

        public static string DiagnosticsDocs => Path.Combine(Root, "docs", "diagnostics");

        public static string TestSchema(string name) => Path.Combine(AppContext.BaseDirectory, "TestSchemas", name);

        /// <summary>Where the screenshots go: TestResults/docs-screenshots/ beside the test binaries.</summary>
        public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "docs-screenshots");

        /// <summary>A fresh temporary folder.</summary>
        public static string NewTempDirectory(string purpose)
        {
            string path = Path.Combine(Path.GetTempPath(), "schemagen-docs-tests", purpose + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
