using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using SchemaGen.Corpus;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Documents;
using SchemaGen.Documents.Text;
using SchemaGen.Formats.Detection;
using SchemaGen.Runtime.Documents;
using UglyToad.PdfPig;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// Per report, on one thread: what schemagen does with a report (read it with its kind's reader, detect the version,
    /// parse, validate) against the least any program must do with the same bytes (text: UTF-8-decode and split into
    /// lines; HTML, .docx, PDF: a plain parse by the library alone). CPU time and bytes allocated per report, rounds of
    /// the two interleaved so that load on the machine falls on both alike.
    /// </summary>
    internal static class InProcessComparison
    {
        public static IEnumerable<Figure> Run(int reportsPerKind, int rounds, long seed, Action<string> log)
        {
            foreach (Kind kind in Kinds())
            {
                log($"in-process: rendering {reportsPerKind} {kind.Name} reports");
                byte[][] reports = SchemaGen.Corpus.Corpus.Sample(reportsPerKind, seed, new SampleOptions { Shapes = kind.Shapes, BrokenShare = 0.2 })
                    .Select(r => r.Content).ToArray();
                long inputBytes = reports.Sum(r => (long)r.Length);
                var baseline = new Series(kind.BaselineName);
                var subject = new Series("read + detect + parse + validate");
                var baselineAllocated = new List<long>();
                var subjectAllocated = new List<long>();
                // Warm-up to steady state: tiered compilation promotes a method only after it has run for a while, so a
                // single pass would measure tier-0 code (the same code gave 5.7 and 8.7 ms per report in two runs).
                Measure(reports, kind.Baseline, WarmUpSeconds);
                Measure(reports, kind.Subject, WarmUpSeconds);
                for (int round = 0; round < rounds; round++)
                {
                    (Sample b, long ba) = Measure(reports, kind.Baseline, RoundSeconds);
                    (Sample s, long sa) = Measure(reports, kind.Subject, RoundSeconds);
                    baseline.Samples.Add(b);
                    subject.Samples.Add(s);
                    baselineAllocated.Add(ba);
                    subjectAllocated.Add(sa);
                }
                double allocatedPerInputByte = subjectAllocated.OrderBy(a => a).ElementAt(subjectAllocated.Count / 2) / (double)inputBytes;
                double baselinePerInputByte = baselineAllocated.OrderBy(a => a).ElementAt(baselineAllocated.Count / 2) / (double)inputBytes;
                yield return Figure.Of("Per report, in one process, one thread", $"{kind.Name}: {reportsPerKind} reports ({inputBytes / 1024} KiB)",
                    subject, baseline, kind.Goal,
                    $"allocated {allocatedPerInputByte:0.0}× the input's bytes (baseline {baselinePerInputByte:0.0}×; goal ≤ 2×); CPU {subject.Cpu / reportsPerKind * 1000:0.###} ms per report");
            }
        }

        /// <summary>Seconds of warm-up per side and kind, enough for the runtime to tier the hot code up.</summary>
        private const double WarmUpSeconds = 3;

        /// <summary>
        /// Least wall time of one measured round: the process CPU clock ticks in 10 ms on Linux, and decoding 60 small
        /// reports takes about a millisecond, so a round repeats the whole set until it has run this long.
        /// </summary>
        private const double RoundSeconds = 0.5;

        private static (Sample Sample, long Allocated) Measure(byte[][] reports, Func<byte[], int> work, double minSeconds)
            => Passes.Measure(reports.Length, i => work(reports[i]), minSeconds);

        private static int CheckWith(IDocumentReader reader, byte[] content)
        {
            Document document = reader.Read(content, null);
            FormatDetection detection = FormatDetector.Detect(document);
            return detection.Format.Check(document).Validation.Findings.Count;
        }

        private static IEnumerable<Kind> Kinds()
        {
            var text = new PlainTextDocumentReader();
            IDocumentReader html = DocumentReaders.OfKind(DocumentKind.Html)!;
            IDocumentReader word = DocumentReaders.OfKind(DocumentKind.Word)!;
            IDocumentReader pdf = DocumentReaders.OfKind(DocumentKind.Pdf)!;
            var htmlParser = new HtmlParser();
            yield return new Kind("text", Shapes.TextShapes, "UTF-8 decode + split into lines",
                b => Encoding.UTF8.GetString(b).Split('\n').Length, b => CheckWith(text, b), "CPU ≤ 3×");
            yield return new Kind("HTML", Shapes.HtmlShapes, "AngleSharp parse",
                b => htmlParser.ParseDocument(new MemoryStream(b)).All.Length, b => CheckWith(html, b), "CPU ≤ 3×");
            yield return new Kind(".docx", Shapes.WordShapes, "OpenXml open + body text",
                b =>
                {
                    using WordprocessingDocument doc = WordprocessingDocument.Open(new MemoryStream(b), false);
                    return doc.MainDocumentPart?.Document?.Body?.InnerText.Length ?? 0;
                },
                b => CheckWith(word, b), "CPU ≤ 3×");
            yield return new Kind("PDF", PdfShapes.All, "PdfPig open + every page's letters",
                b =>
                {
                    using PdfDocument doc = PdfDocument.Open(b);
                    int letters = 0;
                    foreach (var page in doc.GetPages()) letters += page.Letters.Count;
                    return letters;
                },
                b => CheckWith(pdf, b), "CPU ≤ 3×");
        }

        private sealed record Kind(string Name, IReadOnlyList<Shape> Shapes, string BaselineName, Func<byte[], int> Baseline, Func<byte[], int> Subject, string Goal);
    }
}
