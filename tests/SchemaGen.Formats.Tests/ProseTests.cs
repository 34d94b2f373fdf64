using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Prose;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using V2019 = SchemaGen.Formats.V2019;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Prose against tables (rule I, issue 10): the figures the prose restates, as the schemas' prose lists declare them,
    /// extracted from the seeds and compared with the tables, or, where the tables are missing or empty, taken from the
    /// prose and checked against each other.
    /// </summary>
    public class ProseTests
    {
        private static ParseResult<V2021.AnnualReport> Parse(string text) => V2021.AnnualReportParser.Parse(text);

        private static decimal ValueOf(ProseFigures figures, string id) => Assert.Single(figures.Of(id)).Value;

        [Fact]
        public void Seed_000_prose_figures_are_extracted_from_traditional_script_and_check_75_as_73_plus_2()
        {
            var parsed = Parse(Fixtures.Seed("000"));
            ProseFigures prose = parsed.Report.Prose;
            Assert.Equal(75m, ValueOf(prose, "received"));
            Assert.Equal(2m, ValueOf(prose, "carried-over"));
            Assert.Equal(13m, ValueOf(prose, "granted"));
            Assert.Equal(3m, ValueOf(prose, "partially-granted"));
            Assert.Equal(3m, ValueOf(prose, "withheld"));
            Assert.Equal(51m, ValueOf(prose, "unable-to-provide"));
            Assert.Equal(3m, ValueOf(prose, "not-processed"));
            Assert.Equal(2m, ValueOf(prose, "carried-forward"));
            ProseFigure received = prose.Of("received").Single();
            Assert.Equal("Overview", received.SectionId);
            Assert.Equal(8, received.Line);
            Assert.Contains("受理依申請公開信息共75件", received.Sentence);

            // Table 三 is empty: the figures are prose-sourced, with one note, and the balance holds on them: 75 = 73 + 2.
            ValidationResult result = V2021.AnnualReportValidator.Validate(parsed.Report);
            ValidationFinding note = Assert.Single(result.Findings, f => f.RuleId == ReadDiagnosticIds.ProseSourcedFigures && f.Table == "Applications");
            Assert.Equal(FindingSeverity.Info, note.Severity);
            Assert.Equal(8, note.Prose.Count);
            ProseCheck balance = Assert.Single(note.ProseChecks, c => c.Subject == "balance (总计)");
            Assert.True(balance.Holds);
            Assert.Equal(75m, balance.Left);
            Assert.Equal(75m, balance.Right);
            Assert.Contains("balance in 总计: 75 = 73 + 2", note.Message);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == ReadDiagnosticIds.ProseDisagrees);
        }

        [Fact]
        public void Seed_002_prose_gives_45_applications_with_nothing_to_check_them_against()
        {
            var parsed = Parse(Fixtures.Seed("002"));
            Assert.Equal(45m, ValueOf(parsed.Report.Prose, "received"));
            // 办结249件 is said of 市长信箱 messages, not of applications: not taken for the concluded figure.
            Assert.Empty(parsed.Report.Prose.Of("concluded"));
            ValidationFinding note = Assert.Single(V2021.AnnualReportValidator.Validate(parsed.Report).Findings, f => f.RuleId == ReadDiagnosticIds.ProseSourcedFigures);
            Assert.Empty(note.ProseChecks);
            Assert.Contains("收到申请总数（新收加上年结转） 45", note.Message);
        }

        [Fact]
        public void Seed_004_prose_checks_593_as_575_plus_18_and_as_584_plus_9()
        {
            var parsed = Parse(Fixtures.Seed("004"));
            ProseFigures prose = parsed.Report.Prose;
            Assert.Equal(593m, ValueOf(prose, "received"));
            Assert.Equal(575m, ValueOf(prose, "newly-received"));
            Assert.Equal(18m, ValueOf(prose, "carried-over"));
            Assert.Equal(584m, ValueOf(prose, "concluded"));
            Assert.Equal(9m, ValueOf(prose, "carried-forward"));
            ValidationFinding note = Assert.Single(V2021.AnnualReportValidator.Validate(parsed.Report).Findings, f => f.RuleId == ReadDiagnosticIds.ProseSourcedFigures);
            Assert.Contains(note.ProseChecks, c => c.Holds && c.Text == "balance in 总计: 593 = 584 + 9");
            Assert.Contains(note.ProseChecks, c => c.Holds && c.Subject == "received" && c.Text.EndsWith("593 = 575 + 18", System.StringComparison.Ordinal));
            Assert.All(note.ProseChecks, c => Assert.True(c.Holds, c.Text));
        }

        [Fact]
        public void Seed_001_prose_and_tables_agree()
        {
            var parsed = Parse(Fixtures.Seed("001"));
            ProseFigures prose = parsed.Report.Prose;
            Assert.Equal(20m, ValueOf(prose, "received"));
            Assert.Equal(6m, ValueOf(prose, "granted"));
            Assert.Equal(9m, ValueOf(prose, "partially-granted"));
            Assert.Equal(2m, ValueOf(prose, "withheld"));
            Assert.Equal(1m, ValueOf(prose, "carried-forward"));
            ValidationResult result = V2021.AnnualReportValidator.Validate(parsed.Report);
            Assert.DoesNotContain(result.Findings, f => f.Prose.Count > 0);
            Assert.Empty(result.Findings);
        }

        [Fact]
        public void Prose_saying_258_where_the_cells_give_275_is_one_warning_naming_both()
        {
            // Seed 001 with 275 applications in its table (272 natural persons, 260 of them granted) and 258 in its prose.
            string text = Fixtures.Seed("001");
            (string From, string To)[] edits =
            {
                ("依申请公开20件", "依申请公开258件"),
                ("予以公开6件", "予以公开261件"),
                ("一、本年新收政府信息公开申请数量 | 17 | 3 | 0 | 0 | 0 | 0 | 20 |", "一、本年新收政府信息公开申请数量 | 272 | 3 | 0 | 0 | 0 | 0 | 275 |"),
                ("(一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |", "(一)予以公开 | 260 | 1 | 0 | 0 | 0 | 0 | 261 |"),
                ("(七)总计 | 16 | 3 | 0 | 0 | 0 | 0 | 19 |", "(七)总计 | 271 | 3 | 0 | 0 | 0 | 0 | 274 |"),
            };
            foreach (var (from, to) in edits)
            {
                Assert.Contains(from, text);
                text = text.Replace(from, to);
            }
            ValidationResult result = V2021.AnnualReportValidator.Validate(Parse(text).Report);
            Assert.Empty(result.Errors);
            ValidationFinding warning = Assert.Single(result.Findings);
            Assert.Equal(ReadDiagnosticIds.ProseDisagrees, warning.RuleId);
            Assert.Equal(FindingSeverity.Warning, warning.Severity);
            Assert.Equal(275m, warning.Expected);
            Assert.Equal(258m, warning.Actual);
            Assert.Contains("the prose says 收到申请总数（新收加上年结转） is 258 where the table gives 275", warning.Message);
            Assert.Contains("一、本年新收政府信息公开申请数量 × 总计 + 二、上年结转政府信息公开申请数量 × 总计", warning.Message);
            Assert.Contains("「2022年,通过网络、信函申请等方式,受理公民、法人或其他组织向市政府提出的政府信息依申请公开258件", warning.Message);
            Assert.Contains("(line 6)", warning.Message);
            Assert.Equal(new[] { "NewlyReceived", "CarriedOver" }, warning.Cells.Select(c => c.Row));
        }

        [Fact]
        public void The_2019_prose_is_checked_against_imputed_totals_too()
        {
            var parsed = V2019.AnnualReportParser.Parse(Fixtures.Shape("blank-totals-2019"));
            Assert.Equal(815m, Assert.Single(parsed.Report.Prose.Of("received")).Value);
            Assert.Equal(805m, Assert.Single(parsed.Report.Prose.Of("concluded")).Value);
            Assert.DoesNotContain(V2019.AnnualReportValidator.Validate(parsed.Report).Findings, f => f.Prose.Count > 0);
        }

        [Theory]
        [InlineData("75", 75)]
        [InlineData("1,234", 1234)]
        [InlineData("七十五", 75)]
        [InlineData("十五", 15)]
        [InlineData("一百零五", 105)]
        [InlineData("两千三百", 2300)]
        [InlineData("一万二千", 12000)]
        [InlineData("12.5", 12.5)]
        public void Numbers_are_read_in_every_accepted_form(string text, double expected)
            => Assert.Equal((decimal)expected, ProseReader.ParseNumber(text));

        [Fact]
        public void Chinese_numerals_in_prose_are_read()
        {
            string text = Fixtures.Seed("002").Replace("共受理政府信息公开申请45件", "共受理政府信息公开申请四十五件");
            Assert.Equal(45m, ValueOf(Parse(text).Report.Prose, "received"));
        }
    }
}
