using System.IO;
using BenchmarkDotNet.Attributes;
using SchemaGen.Formats;

namespace SchemaGen.Benchmarks
{
    /// <summary>What checking one report costs with the generated parser and validator: a pipe-table report and a one-cell-per-line one.</summary>
    [MemoryDiagnoser]
    public class ReportBenchmarks
    {
        private string _pipeTables = "";
        private string _cellPerLine = "";

        [GlobalSetup]
        public void Setup()
        {
            _pipeTables = File.ReadAllText(Files.Seed("001"));
            _cellPerLine = File.ReadAllText(Files.Seed("003"));
        }

        [Benchmark(Description = "parse + validate, pipe tables (2021)")]
        public int PipeTables() => FormatCatalog.Find("2021")!.Check(_pipeTables).Validation.Findings.Count;

        [Benchmark(Description = "parse + validate, one cell per line (2019)")]
        public int CellPerLine() => FormatCatalog.Find("2019")!.Check(_cellPerLine).Validation.Findings.Count;
    }
}
