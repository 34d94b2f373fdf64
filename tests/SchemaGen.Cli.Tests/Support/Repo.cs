using System;
using System.IO;
using System.Linq;

namespace SchemaGen.Cli.Tests.Support
{
    /// <summary>Paths in the repository, found by walking up from the test's output folder to the folder that holds schema/.</summary>
    internal static class Repo
    {
        public static string Root { get; } = FindRoot();

        public static string Seeds => Path.Combine(Root, "tests", "fixtures", "seeds");

        public static string GeneratedSamples => Path.Combine(Root, "generated-samples");

        /// <summary>A seed by its number prefix: Seed("003") → …/003_2751fb31f42ef292.txt.</summary>
        public static string Seed(string number) => Directory.GetFiles(Seeds, number + "_*.txt").Single();

        public static string Schema(string version) => Path.Combine(Root, "schema", $"gov-info-annual-report-{version}.yaml");

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "schema")) && Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures", "seeds")))
                    return dir.FullName;
            throw new InvalidOperationException("no folder with schema/ and tests/fixtures/seeds/ above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A scratch folder removed when the test ends.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "schemagen-cli-tests-" + Guid.NewGuid().ToString("N"));

        public string File(string name, string text)
        {
            string path = System.IO.Path.Combine(Path, name);
            System.IO.File.WriteAllText(path, text);
            return path;
        }

        public string File(string name, byte[] bytes)
        {
            string path = System.IO.Path.Combine(Path, name);
            System.IO.File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
