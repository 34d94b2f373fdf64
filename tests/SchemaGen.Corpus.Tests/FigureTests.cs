using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Corpus.Tests
{
    public sealed class FigureTests
    {
        private const int Seeds = 300;
        private readonly ITestOutputHelper _output;

        public FigureTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Versions => TestCases.Versions;

        [Theory]
        [MemberData(nameof(Versions))]
        public void Generated_figures_give_no_finding_in_the_generated_validator(string version)
        {
            ReportFormat format = ReportFormat.Find(version);
            for (int seed = 0; seed < Seeds; seed++)
            {
                ReportFigures figures = FigureGenerator.Generate(format, seed);
                IReadOnlyList<Finding> findings = Corpus.ValidateWithGeneratedValidator(figures);
                Assert.True(findings.Count == 0, $"seed {seed}: " + string.Join("; ", findings));
                Assert.Empty(RuleChecker.Check(figures));
            }
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void Every_cell_is_stated_and_fits_its_kind(string version)
        {
            ReportFormat format = ReportFormat.Find(version);
            for (int seed = 0; seed < Seeds; seed++)
            {
                ReportFigures figures = FigureGenerator.Generate(format, seed);
                foreach (CellRef cell in format.Cells)
                {
                    decimal? value = figures[cell];
                    Assert.True(value.HasValue, $"seed {seed}: {cell} is blank");
                    Assert.True(RuleChecker.Fits(format.Table(cell.Table), cell, value!.Value), $"seed {seed}: {cell} = {value}");
                }
            }
        }

        [Theory]
        [MemberData(nameof(Versions))]
        public void Figures_look_like_real_reports(string version)
        {
            ReportFormat format = ReportFormat.Find(version);
            var figures = Enumerable.Range(0, Seeds).Select(seed => FigureGenerator.Generate(format, seed)).ToList();
            var drawn = format.Cells.Where(c => !format.IsDerived(c)).ToList();

            double zeroShare = figures.Average(f => drawn.Count(c => f[c] == 0m) / (double)drawn.Count);
            int wholeTablesZero = figures.Sum(f => format.Tables.Count(t => t.Cells.All(c => f[c] == 0m)));
            var received = figures.Select(f => ReceivedTotal(format, f)).ToList();
            int amountsWithDecimals = figures.Count(f => format.Cells.Any(c => format.Table(c.Table).KindOf(c) == CellKind.Amount && RuleChecker.DecimalPlaces(f[c]!.Value) > 0));
            _output.WriteLine($"{version}: zero share {zeroShare:P0}, whole tables at zero {wholeTablesZero}, received median {received.OrderBy(r => r).ElementAt(received.Count / 2)}, max {received.Max()}, reports with decimal amounts {amountsWithDecimals}");

            Assert.InRange(zeroShare, 0.4, 0.95);
            Assert.True(wholeTablesZero > Seeds / 10, "whole tables at zero are common in real reports");
            Assert.True(received.Count(r => r <= 30) > Seeds / 2, "most agencies receive a few applications");
            Assert.Contains(received, r => r >= 300);
            Assert.True(amountsWithDecimals > 0, "amounts such as 190.457379 occur");
            if (format.Cells.Any(c => format.Table(c.Table).KindOf(c) == CellKind.SignedCount))
                Assert.Contains(figures, f => format.Cells.Any(c => format.Table(c.Table).KindOf(c) == CellKind.SignedCount && f[c] < 0));
        }

        [Fact]
        public void The_same_seed_gives_the_same_figures_and_another_seed_others()
        {
            foreach (ReportFormat format in ReportFormat.All)
            {
                Assert.True(FigureGenerator.Generate(format, 7).SameAs(FigureGenerator.Generate(format, 7)));
                Assert.False(FigureGenerator.Generate(format, 7).SameAs(FigureGenerator.Generate(format, 8)));
            }
        }

        [Fact]
        public void Rules_and_totals_come_from_the_schema()
        {
            ReportFormat format = ReportFormat.V2021;
            // Table 三's balance holds for each of its 7 columns; 总计 of every row and （七）总计 of every column are derived.
            FormatRule balance = format.Rules.Single(r => r.Kind == RuleKind.Equation && r.TableId == "Applications");
            Assert.Equal(format.Table("Applications").LeafColumns.Select(c => c.Id), balance.Instances.Select(i => i.Key));
            Assert.True(format.IsDerived(new CellRef("Applications", "NewlyReceived", "Total")));
            Assert.True(format.IsDerived(new CellRef("Applications", "Outcomes.Total", "NaturalPerson")));
            Assert.False(format.IsDerived(new CellRef("Applications", "NewlyReceived", "NaturalPerson")));
            // Table 四: three totals, each of four parts.
            var appealTotals = format.Derivations.Where(d => d.Cell.Table == "Appeals").ToList();
            Assert.Equal(3, appealTotals.Count);
            Assert.All(appealTotals, d => Assert.Equal(4, d.Parts.Count));
            // Rules across two years need two reports: not among a single report's rules.
            Assert.DoesNotContain(format.Rules, r => r.Id == "carry-over-across-years" || r.Id == "in-force-across-years");
        }

        private static decimal ReceivedTotal(ReportFormat format, ReportFigures figures)
        {
            FormatTable applications = format.Table("Applications");
            return figures[new CellRef("Applications", applications.LeafRows[0].Path, applications.LeafColumns.Last().Id)] ?? 0m;
        }
    }
}
