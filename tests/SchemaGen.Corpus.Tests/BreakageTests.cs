using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Corpus.Tests
{
    public sealed class BreakageTests
    {
        private const int Seeds = 120;
        private readonly ITestOutputHelper _output;

        public BreakageTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Cases
            => from format in ReportFormat.All
               from kind in Enum.GetValues<BreakageKind>()
               select new object[] { format.Version, kind };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Expected_findings_are_what_the_generated_validator_reports(string version, BreakageKind kind)
        {
            ReportFormat format = ReportFormat.Find(version);
            int withFindings = 0;
            for (int seed = 0; seed < Seeds; seed++)
            {
                RenderedReport report = Corpus.Render(format, seed, Shapes.PipeText, kind);
                IReadOnlyList<string> expected = Finding.Signatures(report.ExpectedFindings);
                IReadOnlyList<string> actual = Finding.Signatures(Corpus.ValidateWithGeneratedValidator(report.Figures));
                Assert.True(expected.SequenceEqual(actual), $"{report}\nexpected:\n{string.Join("\n", expected)}\nvalidator:\n{string.Join("\n", actual)}");
                if (expected.Count > 0) withFindings++;
            }
            _output.WriteLine($"{version} {kind}: {withFindings} of {Seeds} reports with findings");
            // Defects in the figures must show; a valid report, a missing header level or table must not.
            if (kind is BreakageKind.FigureChanged or BreakageKind.TotalsBlank) Assert.True(withFindings > Seeds / 2, $"{withFindings} of {Seeds}");
            if (kind is BreakageKind.None or BreakageKind.HeaderLevelMissing or BreakageKind.TableMissing) Assert.Equal(0, withFindings);
        }

        [Fact]
        public void Expected_findings_hold_for_the_figures_every_shape_shows()
        {
            // Shapes that leave zero cells empty show other figures than they were given: the expectations follow what is shown.
            int reports = 0, withBlanks = 0;
            foreach (RenderedReport report in Corpus.Sample(Shapes.Readable.Count * 2 * 3, 17, new SampleOptions { BrokenShare = 0.5 }))
            {
                Assert.Equal(Finding.Signatures(report.ExpectedFindings), Finding.Signatures(Corpus.ValidateWithGeneratedValidator(report.Figures)));
                reports++;
                if (report.ExpectedCells.Values.Any(v => v is null)) withBlanks++;
            }
            Assert.True(withBlanks > 0 && withBlanks < reports, $"{withBlanks} of {reports} reports show blank cells");
        }

        [Fact]
        public void A_changed_part_breaks_its_row_total_and_its_column_sum()
        {
            ReportFormat format = ReportFormat.V2021;
            var cell = new CellRef("Applications", "Outcomes.Granted", "NaturalPerson");
            RenderedReport valid = Corpus.Render(format, 5, Shapes.PipeText);
            decimal old = valid.Figures[cell]!.Value;
            RenderedReport report = Corpus.Render(format, 5, Shapes.PipeText, Breakage.ChangeFigure(cell, old + 2));

            var violations = report.ExpectedFindings.Where(f => f.Kind == FindingKind.Violation).ToList();
            // 总计 of the row no longer adds up; （七）总计 of 自然人 no longer adds up. The balance of 自然人 still holds
            // (it names （七）总计, which did not change).
            Assert.Contains(violations, f => f.RuleId == "applicant-total" && f.Subject == new CellRef("Applications", "Outcomes.Granted", "Total") && f.Actual - f.Expected == -2);
            Assert.Contains(violations, f => f.RuleId == "outcome-total" && f.Subject == new CellRef("Applications", "Outcomes.Total", "NaturalPerson") && f.Actual - f.Expected == -2);
            Assert.Equal(2, violations.Count);
            Assert.All(violations, f => Assert.Contains(cell, f.Cells));
        }

        [Fact]
        public void Blank_totals_whose_parts_are_stated_are_imputed_and_named_once_per_table()
        {
            ReportFormat format = ReportFormat.V2019;
            RenderedReport report = Corpus.Render(format, 11, Shapes.PipeText, Breakage.BlankTotals("applicant-total"));
            var blanked = format.Derivations.Where(d => d.RuleId == "applicant-total").Select(d => d.Cell).ToHashSet();
            Assert.All(blanked, c => Assert.Null(report.Figures[c]));

            // Every row's 总计 is computed from its applicant columns: one warning names them all, and no rule is left
            // unassessed or broken, since the computed totals are the figures that were blanked.
            Finding imputed = Assert.Single(report.ExpectedFindings);
            Assert.Equal(RuleChecker.ImputedTotalsRuleId, imputed.RuleId);
            Assert.Equal(blanked.OrderBy(c => c), imputed.Cells);
            Assert.Equal(Finding.Signatures(report.ExpectedFindings), Finding.Signatures(Corpus.ValidateWithGeneratedValidator(report.Figures)));
        }

        [Fact]
        public void A_missing_table_and_a_missing_header_level_change_the_document_not_the_figures()
        {
            ReportFormat format = ReportFormat.V2021;
            RenderedReport missing = Corpus.Render(format, 3, Shapes.PipeText, Breakage.OmitTable("Appeals"));
            Assert.Equal(new[] { "Appeals" }, missing.MissingTables);
            Assert.DoesNotContain(missing.ExpectedCells.Keys, c => c.Table == "Appeals");
            Assert.DoesNotContain(missing.Layout.Tables, t => t.TableIds.Contains("Appeals"));

            RenderedReport valid = Corpus.Render(format, 3, Shapes.PipeText);
            RenderedReport headless = Corpus.Render(format, 3, Shapes.PipeText, Breakage.OmitHeaderLevel("Applications", 1));
            Assert.True(valid.Figures.SameAs(headless.Figures));
            int HeaderRows(RenderedReport r) => r.Layout.Tables.Single(t => t.TableIds.Contains("Applications")).HeaderRowCount;
            Assert.Equal(HeaderRows(valid) - 1, HeaderRows(headless));
            Assert.DoesNotContain(headless.Layout.Tables.SelectMany(t => t.Cells), c => c.Text == "法人或其他组织");
        }
    }
}
