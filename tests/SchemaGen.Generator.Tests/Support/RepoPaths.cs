using System;
using System.IO;

namespace SchemaGen.Generator.Tests.Support
{
    /// <summary>Finds files of this repository from the test's output folder (tests never read outside the repository).</summary>
    public static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Schema(string version) => Path.Combine(Root, "schema", $"gov-info-annual-report-{version}.yaml");

        public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "tests", "fixtures", "seeds"), prefix + "_*.txt")[0];

        public static string GeneratedSamples => Path.Combine(Root, "generated-samples");

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SchemaGen.sln")) || Directory.Exists(Path.Combine(dir.FullName, "schema")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                    return dir.FullName;
            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}

namespace SchemaGen.Generator.Tests.Support
{
    /// <summary>The statutory schema files as the compiler would hand them to the generator.</summary>
    public static class SchemaFiles
    {
        public static Microsoft.CodeAnalysis.AdditionalText Of(string version) => SchemaGen.Tests.Shared.GeneratorHarness.FromFile(RepoPaths.Schema(version));
    }
}
