using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Corpus;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;

namespace SchemaGen.Benchmarks
{
    /// <summary>
    /// <c>corpus DIR [--count N] [--seed S] [--shapes text|html|docx|pdf|all] [--broken SHARE]</c>: writes reports
    /// rendered by tests/SchemaGen.Corpus, valid and broken, in every layout the readers accept, the same bytes for the
    /// same seed, with manifest.jsonl saying what each must give. Generated on demand; never checked in.
    /// </summary>
    internal static class CorpusWriter
    {
        public static int Run(string[] args)
        {
            if (args.Length == 0 || args[0].StartsWith("-", StringComparison.Ordinal))
            {
                Console.Error.WriteLine("usage: corpus DIR [--count N] [--seed S] [--shapes text|html|docx|pdf|all] [--broken SHARE]");
                return 2;
            }
            int count = 300;
            long seed = 1;
            double broken = 0.2;
            IReadOnlyList<Shape> shapes = Everything();
            for (int i = 1; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--seed": seed = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--broken": broken = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--shapes": shapes = ShapesNamed(args[i + 1]); break;
                    default:
                        Console.Error.WriteLine($"unknown option {args[i]}");
                        return 2;
                }
            }
            var written = SchemaGen.Corpus.Corpus.WriteTo(args[0], count, seed, new SampleOptions { Shapes = shapes, BrokenShare = broken });
            Console.WriteLine($"wrote {written.Count} reports in {shapes.Count} shapes to {args[0]}");
            return 0;
        }

        /// <summary>Every layout a reader accepts: text, HTML and Word shapes, and the PDF shapes.</summary>
        private static IReadOnlyList<Shape> Everything() => Shapes.Readable.Concat(PdfShapes.All).ToArray();

        private static IReadOnlyList<Shape> ShapesNamed(string name) => name switch
        {
            "text" => Shapes.TextShapes,
            "html" => Shapes.HtmlShapes,
            "docx" => Shapes.WordShapes,
            "pdf" => PdfShapes.All,
            _ => Everything(),
        };
    }
}
