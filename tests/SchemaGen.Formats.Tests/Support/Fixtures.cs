using System;
using System.IO;

namespace SchemaGen.Formats.Tests.Support
{
    /// <summary>Files of this repository, found by walking up from the test's output folder to the folder that holds schema/.</summary>
    public static class Fixtures
    {
        public static string Root { get; } = FindRoot();

        public static string SchemaPath(string version) => Path.Combine(Root, "schema", $"gov-info-annual-report-{version}.yaml");

        public static string SchemaText(string version) => File.ReadAllText(SchemaPath(version));

        /// <summary>A seed report by its number: "003" → tests/fixtures/seeds/003_*.txt.</summary>
        public static string Seed(string number) => File.ReadAllText(Directory.GetFiles(Path.Combine(Root, "tests", "fixtures", "seeds"), number + "_*.txt")[0]);

        /// <summary>A report built to a shape described in an issue: "blank-totals-2019" → tests/fixtures/shapes/blank-totals-2019.txt.</summary>
        public static string Shape(string name) => File.ReadAllText(Path.Combine(Root, "tests", "fixtures", "shapes", name + ".txt"));

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "schema")) && Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures", "seeds")))
                    return dir.FullName;
            throw new InvalidOperationException("no folder with schema/ and tests/fixtures/seeds above " + AppContext.BaseDirectory);
        }
    }
}
