using System;
using System.Linq;
using SchemaGen.Corpus.Pdf;
using Xunit;

namespace SchemaGen.Documents.Tests.Pdf
{
    public sealed class ProbeTests
    {
        [Fact]
        public void Probe()
        {
            string? seeds = Environment.GetEnvironmentVariable("PROBE_SEEDS");
            if (seeds is null) return;
            foreach (int seed in seeds.Split(',').Select(int.Parse))
            {
                var random = new Random(seed);
                var options = (PdfLayoutOptions)typeof(WriterRoundTripTests).GetMethod("RandomOptions", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, new object[] { random })!;
                var table = ReportTableShapes.Table3(ReportTableShapes.RandomFigures(random, random.NextDouble() * 0.3), groups: random.Next(3, 8), maxSubs: random.Next(1, 9));
                System.IO.File.WriteAllBytes("/tmp/exp/seed" + seed + ".pdf", PdfReportWriter.Write(ReportTableShapes.Report(table), options));
            }
        }
    }
}
