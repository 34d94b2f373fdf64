using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Builds runtime schema descriptors from the schema YAML files, as the generator will once it emits
    /// them, and finds the repository's fixtures. Never reads outside the repository.
    /// </summary>
    public static class TestSchemas
    {
        private static readonly ConcurrentDictionary<string, SchemaDescriptor> Cache = new();

        public static SchemaDescriptor V2019 => Load("gov-info-annual-report-2019.yaml");
        public static SchemaDescriptor V2021 => Load("gov-info-annual-report-2021.yaml");

        public static string RepoRoot { get; } = FindRepoRoot();

        public static string Seed(string prefix)
        {
            string folder = Path.Combine(RepoRoot, "tests", "fixtures", "seeds");
            string file = Directory.GetFiles(folder, prefix + "_*.txt").Single();
            return File.ReadAllText(file);
        }

        public static string[] AllSeeds()
            => Directory.GetFiles(Path.Combine(RepoRoot, "tests", "fixtures", "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

        public static SchemaDescriptor Load(string fileName) => Cache.GetOrAdd(fileName, name =>
        {
            SchemaLoadResult result = SchemaLoader.LoadFile(Path.Combine(RepoRoot, "schema", name));
            if (result.Document is null)
                throw new InvalidOperationException($"schema {name} did not load: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
            return ToDescriptor(result.Document);
        });

        public static SchemaDescriptor ToDescriptor(SchemaDocument document)
        {
            FormatInfo format = document.Format;
            var sections = document.Sections.Select(s => new SectionDescriptor(
                s.Id, s.Number, s.Label, s.Aliases.Select(a => a.Value).ToArray(), s.Kind == SectionKind.Text, s.Tables.Select(t => t.Value).ToArray())).ToArray();
            var tables = document.Tables.Select(t => new TableDescriptor(
                t.Id, t.Section, t.Caption, t.Label, t.Stub, t.HeaderNotes.Select(n => n.Value).ToArray(), t.Cell,
                t.Columns.Select(ToNode).ToArray(), t.Rows.Select(ToNode).ToArray())).ToArray();
            var invariants = document.Invariants.Select(i => new InvariantDescriptor(
                i.Id, i.Table, i.ForEach, i.Kind, i.AcrossYears, i.Severity, i.Rule, i.Message, i.Standing)).ToArray();
            return new SchemaDescriptor(format.Id, format.Version, format.Title, format.Notice, format.ReportYearFrom, format.ReportYearTo, sections, tables, invariants);
        }

        private static AxisNodeDescriptor ToNode(AxisNode node) => new(
            node.Id, node.Path, node.Number, node.Label, node.Aliases.Select(a => a.Value).ToArray(),
            node.Kind, node.Unit, node.Scale, node.Unlabeled, node.Children.Select(ToNode).ToArray());

        private static string FindRepoRoot()
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SchemaGen.sln"))
                    || (Directory.Exists(Path.Combine(dir.FullName, "schema")) && Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures", "seeds"))))
                    return dir.FullName;
            }
            throw new DirectoryNotFoundException("repository root (with schema/ and tests/fixtures/seeds/) not found above " + AppContext.BaseDirectory);
        }
    }
}
