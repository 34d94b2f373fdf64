using System;
using System.IO;

namespace SchemaGen.Versions.Tests.Support
{
    /// <summary>Files of this repository, found from the test's output folder (never outside the repository).</summary>
    public static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string SchemaFolder => Path.Combine(Root, "schema");

        public static string Format(string version) => Path.Combine(SchemaFolder, $"gov-info-annual-report-{version}.yaml");

        public static string JsonSchema => Path.Combine(SchemaFolder, "schemagen.schema.json");

        /// <summary>The nearest folder above the test binaries that holds schema/.</summary>
        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "schema")) && File.Exists(Path.Combine(dir.FullName, "schema", "gov-info-annual-report-2021.yaml")))
                    return dir.FullName;
            throw new InvalidOperationException("no folder holding schema/ above " + AppContext.BaseDirectory);
        }
    }
}
