using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Runtime.Reading.LabelMatching;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;

namespace SchemaGen.Runtime.Tests.LabelMatching
{
    /// <summary>One labelled thing of a schema: "2021 section Appeals", "2021 Applications row Outcomes.Total".</summary>
    internal sealed record LabelledElement(string Id, string? Number, string Label, IReadOnlyList<string> Aliases)
    {
        public IEnumerable<string> Texts() => new[] { Label }.Concat(Aliases);
        public LabelTarget<LabelledElement> Target() => new LabelTarget<LabelledElement>(this, Label, Aliases);
        public override string ToString() => Id;
    }

    /// <summary>
    /// The labels of both statutory versions, read from schema/*.yaml with the schema loader, grouped into the
    /// sets a reader matches a line against: the sections; one table's rows; one table's columns; a whole table;
    /// the whole schema.
    /// </summary>
    internal static class SchemaLabelScopes
    {
        private static readonly Lazy<SchemaDocument[]> Documents = new Lazy<SchemaDocument[]>(() => new[] { Load("gov-info-annual-report-2019.yaml"), Load("gov-info-annual-report-2021.yaml") });

        public static IReadOnlyList<SchemaDocument> Schemas => Documents.Value;

        public static SchemaDocument Version(string version) => Documents.Value.Single(d => d.Format.Version == version);

        public static List<LabelledElement> Sections(SchemaDocument schema)
            => schema.Sections.Select(s => new LabelledElement($"{schema.Format.Version} section {s.Id}", s.Number, s.Label, s.Aliases.Select(a => a.Value).ToList())).ToList();

        public static List<LabelledElement> Rows(SchemaDocument schema, string tableId)
            => Nodes(schema, tableId, "row", schema.FindTable(tableId)!.Rows);

        public static List<LabelledElement> Columns(SchemaDocument schema, string tableId)
            => Nodes(schema, tableId, "column", schema.FindTable(tableId)!.Columns);

        /// <summary>Everything a table's cells can say: its caption, label and stub, header notes, rows and columns.</summary>
        public static List<LabelledElement> WholeTable(SchemaDocument schema, string tableId)
        {
            TableSpec table = schema.FindTable(tableId)!;
            string prefix = $"{schema.Format.Version} {tableId}";
            var elements = new List<LabelledElement> { new LabelledElement(prefix + " label", null, table.Label, Array.Empty<string>()) };
            if (table.Caption is not null) elements.Add(new LabelledElement(prefix + " caption", null, table.Caption, Array.Empty<string>()));
            if (table.Stub is not null) elements.Add(new LabelledElement(prefix + " stub", null, table.Stub, Array.Empty<string>()));
            if (table.HeaderNotes.Count > 0)
                elements.Add(new LabelledElement(prefix + " header note", null, table.HeaderNotes[0].Value, table.HeaderNotes.Skip(1).Select(n => n.Value).ToList()));
            elements.AddRange(Rows(schema, tableId));
            elements.AddRange(Columns(schema, tableId));
            return elements;
        }

        public static List<LabelledElement> WholeSchema(SchemaDocument schema)
        {
            var elements = Sections(schema);
            foreach (TableSpec table in schema.Tables) elements.AddRange(WholeTable(schema, table.Id));
            return elements;
        }

        /// <summary>Every scope a reader would match against, named.</summary>
        public static IEnumerable<(string Name, List<LabelledElement> Elements)> AllScopes()
        {
            foreach (SchemaDocument schema in Schemas)
            {
                string v = schema.Format.Version;
                yield return ($"{v} sections", Sections(schema));
                foreach (TableSpec table in schema.Tables)
                {
                    yield return ($"{v} {table.Id} rows", Rows(schema, table.Id));
                    yield return ($"{v} {table.Id} columns", Columns(schema, table.Id));
                    yield return ($"{v} {table.Id} whole table", WholeTable(schema, table.Id));
                }
                yield return ($"{v} whole schema", WholeSchema(schema));
            }
        }

        public static LabelMatcher<LabelledElement> Matcher(IEnumerable<LabelledElement> elements) => new LabelMatcher<LabelledElement>(elements.Select(e => e.Target()));

        private static List<LabelledElement> Nodes(SchemaDocument schema, string tableId, string axis, IEnumerable<AxisNode> nodes)
        {
            var elements = new List<LabelledElement>();
            foreach (AxisNode node in nodes)
            {
                elements.Add(new LabelledElement($"{schema.Format.Version} {tableId} {axis} {node.Path}", node.Number, node.Label, node.Aliases.Select(a => a.Value).ToList()));
                elements.AddRange(Nodes(schema, tableId, axis, node.Children));
            }
            return elements;
        }

        private static SchemaDocument Load(string fileName)
        {
            SchemaLoadResult result = SchemaLoader.LoadFile(Path.Combine(RepositoryRoot(), "schema", fileName));
            return result.Document ?? throw new InvalidOperationException($"{fileName} did not load: " + string.Join("; ", result.Diagnostics));
        }

        private static string RepositoryRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "schema", "gov-info-annual-report-2021.yaml"))) return dir.FullName;
            throw new DirectoryNotFoundException("schema/ not found above " + AppContext.BaseDirectory);
        }
    }
}
