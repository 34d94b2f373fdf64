using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SchemaGen.Corpus;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Documents;
using SchemaGen.Formats;
using SchemaGen.Formats.Detection;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Reading;
using static System.FormattableString;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// <c>report-stages [KIND] [REPORTS] [--shape NAME] [--dir DIR] [--types]</c>: where one report's CPU and allocation go, stage by stage, in one thread, warm:
    /// the document reader, version detection, reading the tables and sections, building the typed report (the prose
    /// included), validating; each stage timed on its own over the stage before's results, beside the whole (what
    /// <c>check</c> does per report, output aside) and the in-process baseline (UTF-8 decode + split for text). KIND is
    /// text (the default), html, docx or pdf; <c>--shape</c> keeps one of its layouts (for instance flattened-zeros-dropped);
    /// <c>--dir</c> takes the first REPORTS files of that kind (by name) from a directory instead of rendering them.
    /// Prints a Markdown table: the profile behind the per-report and allocation rows of the goal table, without a
    /// profiler; with <c>--types</c>, then the types each stage allocates most (sampled by the runtime's allocation ticks).
    /// </summary>
    internal static class ReportStages
    {
        private const double WarmUpSeconds = 3;
        private const double StageSeconds = 1;
        private const long Seed = 20261130;

        public static int Run(string[] args)
        {
            bool byType = args.Contains("--types");
            args = args.Where(a => a != "--types").ToArray();
            int shapeAt = Array.IndexOf(args, "--shape");
            string? shapeName = shapeAt >= 0 && shapeAt + 1 < args.Length ? args[shapeAt + 1] : null;
            if (shapeAt >= 0) args = args.Where((_, i) => i != shapeAt && i != shapeAt + 1).ToArray();
            int dirAt = Array.IndexOf(args, "--dir");
            string? directory = dirAt >= 0 && dirAt + 1 < args.Length ? args[dirAt + 1] : null;
            if (dirAt >= 0) args = args.Where((_, i) => i != dirAt && i != dirAt + 1).ToArray();
            string kind = args.Length > 0 ? args[0] : "text";
            int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 120;
            (IReadOnlyList<Shape> shapes, DocumentKind documentKind) = kind switch
            {
                "text" => (Shapes.TextShapes, DocumentKind.Text),
                "html" => (Shapes.HtmlShapes, DocumentKind.Html),
                "docx" => (Shapes.WordShapes, DocumentKind.Word),
                "pdf" => ((IReadOnlyList<Shape>)SchemaGen.Corpus.Pdf.PdfShapes.All, DocumentKind.Pdf),
                _ => throw new ArgumentException($"report-stages: unknown kind '{kind}' (text, html, docx or pdf)"),
            };
            if (shapeName is not null)
            {
                // One layout on its own: the flattened ones cost two to three times the others.
                shapes = shapes.Where(s => s.Name == shapeName || s.Name.EndsWith("/" + shapeName, StringComparison.Ordinal)).ToArray();
                if (shapes.Count == 0) throw new ArgumentException($"report-stages: no {kind} shape is named '{shapeName}'");
            }
            IDocumentReader reader = DocumentReaders.OfKind(documentKind)!;
            // Files of a directory (the reader's kind, by extension, sorted) instead of rendered ones: the stages over the
            // very files a batch run was timed on.
            byte[][] inputs = directory is not null
                ? System.IO.Directory.GetFiles(directory).Where(f => reader.Extensions.Contains(System.IO.Path.GetExtension(f)))
                    .OrderBy(f => f, StringComparer.Ordinal).Take(count).Select(System.IO.File.ReadAllBytes).ToArray()
                : SchemaGen.Corpus.Corpus.Sample(count, Seed, new SampleOptions { Shapes = shapes, BrokenShare = 0.2 })
                    .Select(r => r.Content).ToArray();
            if (inputs.Length == 0) throw new ArgumentException($"report-stages: no {kind} file in {directory}");
            long inputBytes = inputs.Sum(b => (long)b.Length);
            var shapesByVersion = FormatCatalog.All.ToDictionary(f => f.Version, f => MigratedShapes.For(f.Descriptor, FormatCatalog.All.Select(e => e.Format)));

            // Each stage's inputs, made once by the stages before it.
            Document[] documents = inputs.Select(b => reader.Read(b, null)).ToArray();
            FormatEntry[] formats = documents.Select(d => FormatDetector.Detect(d).Format).ToArray();
            ReportReading[] readings = documents.Select((d, i) => ReportReader.Read(d, formats[i].Descriptor, shapesByVersion[formats[i].Version])).ToArray();
            object[] reports = readings.Select((r, i) => formats[i].Format.FromReading(r)).ToArray();

            var stages = new (string Name, Func<int, int> Work)[]
            {
                ("(baseline) UTF-8 decode + split into lines", i => Encoding.UTF8.GetString(inputs[i]).Split('\n').Length),
                ("read the document (" + kind + " reader)", i => reader.Read(inputs[i], null).Blocks.Count),
                ("detect the version", i => FormatDetector.Detect(documents[i]).Evidence.Count),
                ("read tables and sections (ReportReader)", i => ReportReader.Read(documents[i], formats[i].Descriptor, shapesByVersion[formats[i].Version]).Diagnostics.Count),
                ("typed report (FromReading: cells, marks, prose)", i => formats[i].Format.FromReading(readings[i]).GetHashCode()),
                ("validate", i => formats[i].Format.Validate(reports[i]).Findings.Count),
                ("all of it (read, detect, check)", i =>
                {
                    Document document = reader.Read(inputs[i], null);
                    return FormatDetector.Detect(document).Format.Check(document).Validation.Findings.Count;
                }),
            };
            foreach (var stage in stages) Passes.Measure(inputs.Length, stage.Work, WarmUpSeconds);
            string source = directory is not null ? "from " + directory : Invariant($"rendered from seed {Seed} (20% broken)");
            Console.WriteLine(Invariant($"{inputs.Length} {kind} reports {source}, {inputBytes / 1024} KiB; one thread, warm (each stage after {WarmUpSeconds} s of warm-up, then for at least {StageSeconds} s)"));
            Console.WriteLine();
            Console.WriteLine("| stage | CPU per report, ms | allocated per report, KiB | allocated ÷ input bytes |");
            Console.WriteLine("|---|---|---|---|");
            var types = new List<string>();
            foreach (var stage in stages)
            {
                using var ticks = byType ? new AllocationTicks() : null;
                (Sample pass, long allocated) = Passes.Measure(inputs.Length, stage.Work, StageSeconds);
                Console.WriteLine(Invariant($"| {stage.Name} | {pass.CpuSeconds * 1000 / inputs.Length:0.000} | {allocated / 1024.0 / inputs.Length:0.0} | {allocated / (double)inputBytes:0.0}× |"));
                if (ticks is not null) types.Add(stage.Name + ": " + ticks.Top(14));
            }
            if (types.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("Allocated types, by the runtime's allocation ticks (one per about 100 KB allocated), share of the stage's ticks:");
                Console.WriteLine();
                foreach (string line in types) Console.WriteLine("- " + line);
            }
            return 0;
        }

        /// <summary>The runtime's allocation ticks (GC keyword, verbose), counted by type name while it lives.</summary>
        private sealed class AllocationTicks : System.Diagnostics.Tracing.EventListener
        {
            private readonly Dictionary<string, int> _byType = new Dictionary<string, int>();
            private int _total;

            protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
            {
                if (source.Name == "Microsoft-Windows-DotNETRuntime")
                    EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }

            protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
            {
                if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
                int at = e.PayloadNames.IndexOf("TypeName");
                string type = at >= 0 ? e.Payload![at] as string ?? "?" : "?";
                lock (_byType)
                {
                    _byType[type] = _byType.TryGetValue(type, out int n) ? n + 1 : 1;
                    _total++;
                }
            }

            public string Top(int count)
            {
                lock (_byType)
                    return _total == 0 ? "no ticks" : string.Join(", ", _byType.OrderByDescending(p => p.Value).Take(count)
                        .Select(p => Invariant($"{p.Key} {100.0 * p.Value / _total:0}%"))) + Invariant($" ({_total} ticks)");
            }
        }
    }
}
