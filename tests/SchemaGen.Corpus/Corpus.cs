using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Corpus.Writers;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Corpus
{
    /// <summary>What a sample holds: which formats and shapes, and how many of its reports carry a defect.</summary>
    public sealed record SampleOptions
    {
        public IReadOnlyList<ReportFormat>? Formats { get; init; }

        public IReadOnlyList<Shape>? Shapes { get; init; }

        /// <summary>The share of reports that carry a defect, 0 to 1.</summary>
        public double BrokenShare { get; init; }

        /// <summary>The defects drawn from (by default every kind).</summary>
        public IReadOnlyList<BreakageKind>? Breakages { get; init; }
    }

    /// <summary>
    /// The rendered corpus: reports in every shape agencies and pipelines publish, valid or deliberately broken, each with
    /// what a reader must find in it, all reproducible from a seed.
    /// <code>
    /// RenderedReport report = Corpus.Render(ReportFormat.V2021, 42, Shapes.HtmlWordPastedGbk);
    /// foreach (RenderedReport r in Corpus.Sample(300, 7, new SampleOptions { Shapes = Shapes.TextShapes, BrokenShare = 0.2 })) …
    /// Corpus.WriteTo("/tmp/corpus", 10_000, 1, new SampleOptions());   // files plus manifest.jsonl
    /// </code>
    /// </summary>
    public static class Corpus
    {
        private static readonly BreakageKind[] AllBreakages = Enum.GetValues<BreakageKind>().Where(k => k != BreakageKind.None).ToArray();

        /// <summary>Renders one report. The same format, seed, shape and breakage always give the same bytes.</summary>
        public static RenderedReport Render(ReportFormat format, long seed, Shape shape, Breakage? breakage = null)
        {
            var root = new SeededRandom(seed);
            ReportFigures figures = FigureGenerator.Generate(format, root.Fork("figures"), out AgencySize size);
            ReportIdentity identity = ReportIdentity.Draw(format, root.Fork("identity"));
            ReportProse prose = ProseWriter.Write(figures, identity, root.Fork("prose"));

            Breakage resolved = (breakage ?? Breakage.None).Resolve(figures, root.Fork("breakage"));
            ReportWriter writer = shape.Writer;
            ReportFigures shown = writer.Shown(resolved.ApplyTo(figures), root.Fork("shown"));
            LayoutOptions layoutOptions = resolved.ApplyTo(writer.Layout(LayoutOptions.Official with { Text = shape.Wording }, root.Fork("layout")));
            var labels = new LabelWriter(layoutOptions.Text, root.Fork("labels"));
            ReportLayout layout = ReportLayoutBuilder.Build(shown, prose, identity, labels, layoutOptions);
            var document = new Lazy<Document>(() => DocumentConverter.ToDocument(layout, shape.Kind));
            WrittenReport written = writer.Write(new WriteContext(layout, () => document.Value, shown, identity, root.Fork("writer")));

            IReadOnlyList<Finding> findings = shape.IsReadable ? RuleChecker.Check(shown) : Array.Empty<Finding>();
            return new RenderedReport(format, seed, shape, resolved, identity, size, figures, shown, layout, document,
                written.Content, written.Text, written.EncodingName, findings, prose.Claims);
        }

        /// <summary>Renders one report with a defect of the given kind, its details drawn from the seed.</summary>
        public static RenderedReport Render(ReportFormat format, long seed, Shape shape, BreakageKind breakage)
            => Render(format, seed, shape, new Breakage(breakage));

        /// <summary><paramref name="count"/> valid reports cycling through both formats and the given shapes (every readable shape when none is given).</summary>
        public static IEnumerable<RenderedReport> Sample(int count, long seed, params Shape[] shapes)
            => Sample(count, seed, new SampleOptions { Shapes = shapes.Length == 0 ? null : shapes });

        /// <summary>
        /// <paramref name="count"/> reports: every combination of format and shape in turn, each report with its own seed drawn
        /// from <paramref name="seed"/>, a share of them broken. Lazy: reports are rendered as they are enumerated.
        /// </summary>
        public static IEnumerable<RenderedReport> Sample(int count, long seed, SampleOptions options)
        {
            IReadOnlyList<ReportFormat> formats = options.Formats ?? ReportFormat.All;
            IReadOnlyList<Shape> shapes = options.Shapes ?? Shapes.Readable;
            IReadOnlyList<BreakageKind> breakages = options.Breakages ?? AllBreakages;
            var root = new SeededRandom(seed);
            for (int i = 0; i < count; i++)
            {
                SeededRandom pick = root.Fork("report " + i);
                long reportSeed = (long)(pick.NextUInt64() % 1_000_000_000UL);
                ReportFormat format = formats[i % formats.Count];
                Shape shape = shapes[i / formats.Count % shapes.Count];
                bool broken = shape.IsReadable && breakages.Count > 0 && pick.Chance(options.BrokenShare);
                yield return Render(format, reportSeed, shape, broken ? new Breakage(pick.Pick(breakages)) : Breakage.None);
            }
        }

        /// <summary>
        /// Writes a sample to <paramref name="directory"/>, one file per report, and <c>manifest.jsonl</c> with what each must
        /// give (one JSON object per line); returns the manifest entries. For benchmarks generating thousands of files.
        /// </summary>
        public static IReadOnlyList<ManifestEntry> WriteTo(string directory, int count, long seed, SampleOptions options)
        {
            Directory.CreateDirectory(directory);
            var entries = new List<ManifestEntry>();
            using var manifest = new StreamWriter(Path.Combine(directory, CorpusManifest.FileName), append: false, new System.Text.UTF8Encoding(false));
            foreach (RenderedReport report in Sample(count, seed, options))
            {
                File.WriteAllBytes(Path.Combine(directory, report.FileName), report.Content);
                ManifestEntry entry = CorpusManifest.Entry(report);
                manifest.WriteLine(CorpusManifest.Serialize(entry));
                entries.Add(entry);
            }
            return entries;
        }

        public static IReadOnlyList<ManifestEntry> WriteTo(string directory, int count, long seed, params Shape[] shapes)
            => WriteTo(directory, count, seed, new SampleOptions { Shapes = shapes.Length == 0 ? null : shapes });

        /// <summary>What the generated validator of the report's version says about the figures it shows (for checking the corpus's expectations).</summary>
        public static IReadOnlyList<Finding> ValidateWithGeneratedValidator(ReportFigures figures) => SchemaAdapter.Validate(figures);

        /// <summary>Reads text with the format's generated parser, for end-to-end checks of the corpus.</summary>
        public static ReadBack ReadWithGeneratedParser(ReportFormat format, string text) => SchemaAdapter.ReadText(format, text);

        /// <summary>Reads a document (a reader's output, or a rendered report's <see cref="RenderedReport.Document"/>) against the format's schema.</summary>
        public static ReadBack ReadWithGeneratedParser(ReportFormat format, Document document) => SchemaAdapter.ReadDocument(format, document);

        /// <summary>Reads a document with the format's generated parser and validates what was read with its generated validator, as <c>schemagen check</c> does.</summary>
        public static CheckBack CheckWithGeneratedCode(ReportFormat format, Document document) => SchemaAdapter.CheckDocument(format, document);
    }
}
