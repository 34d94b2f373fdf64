using System;
using System.Collections.Generic;
using System.IO;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Docs.Tests.Support
{
    /// <summary>The docs of both real schemas, written once per test run through the public entry point.</summary>
    public sealed class GeneratedDocs
    {
        private static readonly Lazy<GeneratedDocs> Instance = new Lazy<GeneratedDocs>(() => new GeneratedDocs());

        private GeneratedDocs()
        {
            OutputDirectory = Repo.NewTempDirectory("docs");
            var log = new StringWriter();
            ExitCode = DocsWriter.Write(Repo.BothSchemas, OutputDirectory, log);
            Log = log.ToString();
            Schemas = new List<SchemaDocument> { Load(Repo.Schema2019), Load(Repo.Schema2021) };
        }

        public static GeneratedDocs Shared => Instance.Value;

        public string OutputDirectory { get; }

        public int ExitCode { get; }

        public string Log { get; }

        public IReadOnlyList<SchemaDocument> Schemas { get; }

        public string PathOf(string relative) => Path.Combine(OutputDirectory, relative);

        public string Read(string relative) => File.ReadAllText(PathOf(relative));

        public static string PageOf(SchemaDocument doc) => doc.Format.Id + "-" + doc.Format.Version + ".html";

        public static SchemaDocument Load(string path)
        {
            SchemaLoadResult result = SchemaLoader.LoadFile(path);
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            return result.Document!;
        }
    }
}
