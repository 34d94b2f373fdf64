using System.IO;
using BenchmarkDotNet.Attributes;
using SchemaGen.Formats;

namespace SchemaGen.Benchmarks
{
    /// <summary>What checking one report costs with the generated parser and validator (and the validator alone): a pipe-table report and a one-cell-per-line one.</summary>
    [MemoryDiagnoser]
    public class ReportBenchmarks
    {
        private string _pipeTables = "";
        private string _cellPerLine = "";
        private object _pipeTablesReport = null!;
        private object _cellPerLineReport = null!;

        [GlobalSetup]
        public void Setup()
        {
            _pipeTables = File.ReadAllText(Files.Seed("001"));
            _cellPerLine = File.ReadAllText(Files.Seed("003"));
            _pipeTablesReport = FormatCatalog.Find("2021")!.Format.Parse(_pipeTables).Report;
            _cellPerLineReport = FormatCatalog.Find("2019")!.Format.Parse(_cellPerLine).Report;
        }

        [Benchmark(Description = "parse + validate, pipe tables (2021)")]
        public int PipeTables() => FormatCatalog.Find("2021")!.Check(_pipeTables).Validation.Findings.Count;

        [Benchmark(Description = "parse + validate, one cell per line (2019)")]
        public int CellPerLine() => FormatCatalog.Find("2019")!.Check(_cellPerLine).Validation.Findings.Count;

        [Benchmark(Description = "validate only, pipe tables (2021)")]
        public int ValidatePipeTables() => FormatCatalog.Find("2021")!.Format.Validate(_pipeTablesReport).Findings.Count;

        [Benchmark(Description = "validate only, one cell per line (2019)")]
        public int ValidateCellPerLine() => FormatCatalog.Find("2019")!.Format.Validate(_cellPerLineReport).Findings.Count;
    }
}
