using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// The twelve real Hebei reports (tests/fixtures/corpus/hebei: crawler text, flattened or one cell per line) checked as
    /// <c>schemagen check</c> checks them, against what tests/fixtures/corpus/README.md says each holds (figures read by hand).
    /// </summary>
    public sealed class HebeiCorpusTests
    {
        private static readonly Dictionary<string, FileCheckResult> Results = CheckAll();

        private static readonly string[] Columns = { "NaturalPerson", "Business", "Research", "PublicInterest", "LegalService", "OtherOrganisation", "Total" };

        private static Dictionary<string, FileCheckResult> CheckAll()
        {
            string folder = Path.Combine(Repo.Root, "tests", "fixtures", "corpus", "hebei");
            var runner = new CheckRunner();
            return Directory.GetFiles(folder, "*.txt").ToDictionary(p => Path.GetFileName(p).Substring(0, 3), p => runner.CheckFile(new ReportInput(p, null)));
        }

        [Theory]
        [InlineData("001", "2021")]
        [InlineData("002", "2021")]
        [InlineData("003", "2021")]
        [InlineData("004", "2021")]
        [InlineData("005", "2021")]
        [InlineData("006", "2021")]
        [InlineData("007", "2019")]
        [InlineData("008", "2019")]
        [InlineData("009", "2021")]
        [InlineData("010", "2021")]
        [InlineData("011", "2021")]
        [InlineData("012", "2019")]
        public void Each_report_is_read_with_its_format_version(string number, string version)
        {
            Assert.Equal(12, Results.Count);
            FileCheckResult result = Results[number];
            Assert.Equal(CheckStatus.Checked, result.Status);
            Assert.Equal(version, result.Format!.Format.Version);
        }

        /// <summary>
        /// The year each report is about, as its file name (and the README) says. 004 (2023) cites 在2022年年度报告中提到的问题
        /// before its own title appears, in an attachment's name; its statistics period (统计期限为2023年1月1日至12月31日) decides.
        /// </summary>
        [Theory]
        [InlineData("001", 2023)]
        [InlineData("002", 2022)]
        [InlineData("003", 2021)]
        [InlineData("004", 2023)]
        [InlineData("005", 2022)]
        [InlineData("006", 2021)]
        [InlineData("007", 2020)]
        [InlineData("008", 2019)]
        [InlineData("009", 2023)]
        [InlineData("010", 2022)]
        [InlineData("011", 2021)]
        [InlineData("012", 2019)]
        public void Each_report_is_dated_to_the_year_it_covers(string number, int year)
        {
            Assert.Equal(year, Results[number].Format!.ReportYear);
        }

        /// <summary>The consistent reports: every cell of table 三 read, no rule of it broken, and the figures the README names.</summary>
        [Theory]
        [InlineData("001", "17,0,0,0,0,0,17")]
        [InlineData("003", "2,0,0,0,0,0,2")]
        [InlineData("004", "8,1,0,1,0,0,10")]
        [InlineData("005", "12,1,0,1,0,0,14")]
        [InlineData("006", "4,0,0,0,0,0,4")]
        [InlineData("009", "18,1,0,0,0,0,19")]
        [InlineData("010", "41,2,0,0,1,0,44")]
        public void Consistent_reports_have_table_three_complete_and_unbroken(string number, string newlyReceived)
        {
            TableReading applications = Table(number, "Applications");
            Assert.Equal(TablePresence.Present, applications.Presence);
            Assert.Equal(175, applications.Cells.Count(c => c.Value.Value is not null));
            Assert.Equal(newlyReceived, Row(applications, "NewlyReceived"));
            // 新收 + 上年结转 = （七）总计 + 结转下年度 holds: nothing in table 三 is reported broken.
            Assert.DoesNotContain(Results[number].Findings, f => f.Table == "Applications" && f.Origin == FindingOrigin.Validation && f.Level == FindingSeverity.Error);
        }

        [Theory]
        [InlineData("004", "0,0,0,1,1,3,0,0,0,3,0,0,0,1,1")]
        [InlineData("009", "6,1,0,0,7,0,0,0,0,0,6,1,0,0,7")]
        public void Table_four_is_read_figure_for_figure(string number, string figures)
        {
            TableReading appeals = Table(number, "Appeals");
            Assert.Equal(TablePresence.Present, appeals.Presence);
            Assert.Equal(figures, string.Join(",", Results[number].Format!.Format.Descriptor.Table("Appeals").LeafColumns
                .Select(c => appeals.Cells[("Cases", c.Id)].Value)));
        }

        [Fact]
        public void Report_002s_total_row_is_refused_with_the_reason_and_the_others_are_read()
        {
            TableReading applications = Table("002", "Applications");
            Assert.Equal(TablePresence.Present, applications.Presence);
            // （七）总计 is 20000011: its only seven-cell reading, 2,0,0,0,0,0,11, breaks the row's own total; it is not read.
            Assert.DoesNotContain(applications.Cells, c => c.Key.Row == "Outcomes.Total" && c.Value.Value is not null);
            CheckFinding refused = Assert.Single(Results["002"].Findings, f => f.RuleId == "SG3019" && f.Row == "Outcomes.Total");
            Assert.Contains("20000011", refused.Message);
            // 新收 110000011 splits as 11,0,0,0,0,0,11 or 1,10,0,0,0,0,11: both add up, so it is not read either, and says so.
            CheckFinding ambiguous = Assert.Single(Results["002"].Findings, f => f.RuleId == "SG3019" && f.Row == "NewlyReceived");
            Assert.Contains("110000011", ambiguous.Message);
            Assert.Equal("10,0,0,0,0,0,10", Row(applications, "Outcomes.Granted"));
            Assert.Equal("1,0,0,0,0,0,1", Row(applications, "Outcomes.Withheld.InternalAffairs"));
        }

        [Fact]
        public void Report_011s_short_row_leaves_its_total_blank_and_says_so()
        {
            TableReading applications = Table("011", "Applications");
            Assert.Equal(174, applications.Cells.Count(c => c.Value.Value is not null));
            Assert.Equal("0,0,0,0,0,0,", Row(applications, "CarriedOver"));
            CheckFinding blank = Assert.Single(Results["011"].Findings, f => f.RuleId == "SG3024" && f.Table == "Applications");
            Assert.Contains("二、上年结转政府信息公开申请数量 × 总计", blank.Message);
        }

        [Fact]
        public void Report_012s_table_four_holds_3_of_its_15_figures_and_says_so()
        {
            TableReading appeals = Table("012", "Appeals");
            Assert.Equal(TablePresence.Present, appeals.Presence);
            Assert.Equal(new[] { "DirectSuitTotal", "ReconsiderationTotal", "SuitAfterReconsiderationTotal" },
                appeals.Cells.Where(c => c.Value.Value is not null).Select(c => c.Key.Column).OrderBy(c => c, System.StringComparer.Ordinal));
            CheckFinding blank = Assert.Single(Results["012"].Findings, f => f.RuleId == "SG3024" && f.Table == "Appeals");
            Assert.Contains("12 cells of the 15", blank.Message);
            // Table 三: 16 received = 9 granted + 3 not held + 4 would need creating.
            TableReading applications = Table("012", "Applications");
            Assert.Equal("16,0,0,0,0,0,16", Row(applications, "NewlyReceived"));
            Assert.Equal("9,0,0,0,0,0,9", Row(applications, "Outcomes.Granted"));
            Assert.Equal("3,0,0,0,0,0,3", Row(applications, "Outcomes.UnableToProvide.NotHeld"));
            Assert.Equal("4,0,0,0,0,0,4", Row(applications, "Outcomes.UnableToProvide.WouldNeedCreating"));
        }

        /// <summary>Pages that left zero cells out: which column a lone 1 belongs to cannot be known, so nothing of table 三 is placed, and table 四 is a sentence.</summary>
        [Theory]
        [InlineData("007")]
        [InlineData("008")]
        public void Reports_without_their_zero_cells_place_nothing_they_cannot_and_miss_table_four(string number)
        {
            FileCheckResult result = Results[number];
            Assert.NotEqual(TablePresence.Present, Table(number, "Applications").Presence);
            Assert.DoesNotContain(Table(number, "Applications").Cells, c => c.Value.Value is not null);
            Assert.Equal(TablePresence.Missing, Table(number, "Appeals").Presence);
            Assert.Contains(result.Findings, f => f.RuleId == "SG3003" && f.Table == "Appeals");
            Assert.Contains(result.Findings, f => f.RuleId == "SG3019");
        }

        [Fact]
        public void Report_008s_ambiguous_run_in_table_two_is_listed_with_its_candidates()
        {
            CheckFinding run = Assert.Single(Results["008"].Findings, f => f.RuleId == "SG3019" && f.Message.Contains("\"101077\""));
            Assert.Equal("Regulations", run.Table);
            Assert.DoesNotContain(Table("008", "Regulations").Cells, c => c.Key.Row == run.Row && c.Value.Value is not null);
        }

        private static TableReading Table(string number, string id)
            => Results[number].Report!.Reading.Tables.Single(t => t.TableId == id);

        private static string Row(TableReading table, string row)
            => string.Join(",", Columns.Select(c => table.Cells.TryGetValue((row, c), out CellReading cell) ? cell.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?"));
    }
}
