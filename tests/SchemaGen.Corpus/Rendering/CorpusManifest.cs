using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using SchemaGen.Corpus.Findings;

namespace SchemaGen.Corpus.Rendering
{
    /// <summary>One expected figure in a manifest.</summary>
    public sealed record ManifestCell(string Table, string Row, string Column, string? Value);

    /// <summary>One expected finding in a manifest.</summary>
    public sealed record ManifestFinding(string Rule, string Kind, string Table, string? Row, string? Column, string? Expected, string? Actual, IReadOnlyList<string> Cells);

    /// <summary>What a file written by <see cref="Corpus.WriteTo(string,int,long,SampleOptions)"/> must give, as one line of the manifest.</summary>
    public sealed record ManifestEntry(
        string File, long Seed, string Format, string Shape, string Kind, string? Encoding, bool Readable, string Breakage, string BreakageDescription,
        IReadOnlyList<string> MissingTables, IReadOnlyList<ManifestCell> Cells, IReadOnlyList<ManifestFinding> Findings);

    /// <summary>The manifest of a written corpus: JSON lines, values as invariant strings so that decimals keep every digit.</summary>
    public static class CorpusManifest
    {
        public const string FileName = "manifest.jsonl";

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static ManifestEntry Entry(RenderedReport report)
            => new ManifestEntry(
                report.FileName, report.Seed, report.Format.Version, report.Shape.Name, report.Kind.ToString(), report.EncodingName, report.Shape.IsReadable,
                report.Breakage.Kind.ToString(), report.Breakage.Description, report.MissingTables,
                report.ExpectedCells.OrderBy(p => p.Key).Select(p => new ManifestCell(p.Key.Table, p.Key.Row, p.Key.Column, Text(p.Value))).ToArray(),
                report.ExpectedFindings.Select(f => new ManifestFinding(f.RuleId, f.Kind.ToString(), f.Table, f.Subject?.Row, f.Subject?.Column, Text(f.Expected), Text(f.Actual),
                    f.Cells.Select(c => c.ToString()).ToArray())).ToArray());

        public static string Serialize(ManifestEntry entry) => JsonSerializer.Serialize(entry, Json);

        public static ManifestEntry? Deserialize(string line) => JsonSerializer.Deserialize<ManifestEntry>(line, Json);

        private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
    }
}
