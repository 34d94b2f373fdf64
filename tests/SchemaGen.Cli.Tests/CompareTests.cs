using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>compare and check --pair: cross-year rules through the generated ValidateAcrossYears, and every figure's change.</summary>
    public class CompareTests
    {
        /// <summary>
        /// Seed 001 as "this year" after a year in which seed 001 was "last year": its 上年结转 row takes last year's
        /// 结转下年 (1 natural person), and 新收 drops by one so that its own balance still holds (19 + 1 = 19 + 1).
        /// </summary>
        private static string FollowingYear(TempFolder temp)
        {
            string text = File.ReadAllText(Repo.Seed("001"))
                .Replace("一、本年新收政府信息公开申请数量 | 17 | 3 | 0 | 0 | 0 | 0 | 20 |", "一、本年新收政府信息公开申请数量 | 16 | 3 | 0 | 0 | 0 | 0 | 19 |")
                .Replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
            Assert.NotEqual(File.ReadAllText(Repo.Seed("001")), text);
            return temp.File("001-next-year.txt", text);
        }

        [Fact]
        public void Consecutive_years_that_carry_over_correctly_pass_and_show_each_change()
        {
            using var temp = new TempFolder();
            CliRun run = CliHarness.Run("compare", Repo.Seed("001"), FollowingYear(temp));
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("both reports follow version 2021: every figure and every cross-year rule can be compared", run.Out);
            Assert.Contains("carry-over-across-years (CarriedOver == previous.CarriedForward): holds", run.Out);
            Assert.Contains("in-force-across-years (InForce == previous.InForce + Issued - Repealed): holds", run.Out);
            Assert.Matches(@"table 三\s+一、本年新收政府信息公开申请数量\s+自然人\s+17\s+16\s+-1", run.Out);
            Assert.Matches(@"table 三\s+二、上年结转政府信息公开申请数量\s+总计\s+0\s+1\s+\+1", run.Out);
        }

        [Fact]
        public void A_broken_carry_over_is_an_error_located_in_both_reports()
        {
            // Seed 001 against itself: last year carried 1 forward, this year says 0 was carried over.
            CliRun run = CliHarness.Run("compare", Repo.Seed("001"), Repo.Seed("001"), "--format", "json");
            Assert.Equal(1, run.ExitCode);
            JsonElement comparison = run.Json();
            Assert.True(comparison.GetProperty("sameVersion").GetBoolean());
            var findings = comparison.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "carry-over-across-years").ToArray();
            Assert.Equal(new[] { "NaturalPerson", "Total" }, findings.Select(f => f.GetProperty("column").GetString()));
            JsonElement total = findings[1];
            Assert.Equal("error", total.GetProperty("level").GetString());
            Assert.Equal("CarriedOver", total.GetProperty("row").GetString());
            Assert.Equal(30, total.GetProperty("line").GetInt32());
            JsonElement lastYearCell = total.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("year").GetString() == "last");
            Assert.Equal("CarriedForward", lastYearCell.GetProperty("row").GetString());
            Assert.Equal(53, lastYearCell.GetProperty("line").GetInt32());
            Assert.Equal(new[] { 0m, 1m }, new[] { total.GetProperty("expected").GetDecimal(), total.GetProperty("actual").GetDecimal() }.OrderBy(v => v));
        }

        [Fact]
        public void Different_versions_say_what_can_and_cannot_be_compared()
        {
            CliRun run = CliHarness.Run("compare", Repo.Seed("003"), Repo.Seed("001"), "--format", "json");
            JsonElement comparison = run.Json();
            Assert.False(comparison.GetProperty("sameVersion").GetBoolean());
            Assert.Equal("2019", comparison.GetProperty("lastYear").GetProperty("version").GetString());
            Assert.Equal("2021", comparison.GetProperty("thisYear").GetProperty("version").GetString());
            var rules = comparison.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
            Assert.True(rules["carry-over-across-years"].GetProperty("applied").GetBoolean());
            Assert.False(rules["in-force-across-years"].GetProperty("applied").GetBoolean());
            Assert.Contains("version 2019", rules["in-force-across-years"].GetProperty("reason").GetString());
            Assert.Contains("现行有效件数", rules["in-force-across-years"].GetProperty("reason").GetString());
            Assert.Contains(comparison.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "SG4010" && f.GetProperty("level").GetString() == "note");

            // The cells line up as the 2021 schema's migration maps them: the generated map, the one its converter follows.
            Assert.Contains("as the schema's migration from version 2019 maps them", comparison.GetProperty("basis").GetString());
            var scope = comparison.GetProperty("scope").EnumerateArray().Select(s => s.GetString()!).ToArray();
            Assert.Contains(scope, s => s.StartsWith("table 三: 161 figures comparable (7 only approximately); only in 2019: none"));
            Assert.Contains(scope, s => s.StartsWith("table 四: every figure comparable (15)"));
            Assert.Contains(scope, s => s.StartsWith("table 二 第二十条第（一）项 规章和行政规范性文件: 2 figures comparable"));
            Assert.Contains(scope, s => s.StartsWith("note: 对外公开总数量 counts every document published to date")); // the migration's declared reason

            var figures = comparison.GetProperty("figures").EnumerateArray().ToArray();
            JsonElement Figure(string table, string row, string column) => figures.Single(f =>
                f.GetProperty("table").GetString() == table && f.GetProperty("row").GetString() == row && f.GetProperty("column").GetString() == column);
            JsonElement newlyReceived = Figure("Applications", "NewlyReceived", "Total");
            Assert.Equal((46m, 20m, -26m), (newlyReceived.GetProperty("lastYear").GetDecimal(), newlyReceived.GetProperty("thisYear").GetDecimal(), newlyReceived.GetProperty("change").GetDecimal()));
            // Renamed by the migration: 2019's 本年新制作数量 is 2021's 本年制发件数.
            Assert.Equal("both", Figure("Regulations", "Rules", "Issued").GetProperty("scope").GetString());
            // Split by the migration: 2019's （六）其他处理 is carried whole into 3.其他, with the caveat.
            JsonElement otherHandling = Figure("Applications", "Outcomes.OtherHandling.Other", "NaturalPerson");
            Assert.Equal(4m, otherHandling.GetProperty("lastYear").GetDecimal());
            Assert.Contains("cannot be apportioned", otherHandling.GetProperty("note").GetString());
            JsonElement procurement = Figure("Procurement", "CentralizedProcurement", "Projects");
            Assert.Equal("lastYearOnly", procurement.GetProperty("scope").GetString());
            Assert.Contains("no procurement table", procurement.GetProperty("note").GetString());
            Assert.Equal("thisYearOnly", Figure("Applications", "Outcomes.OtherHandling.FeeNotPaid", "Total").GetProperty("scope").GetString());
        }

        [Fact]
        public void A_report_back_in_the_older_format_is_matched_by_ids()
        {
            // No converter runs from 2021 back to 2019: cells are matched where both versions have the same ids.
            CliRun run = CliHarness.Run("compare", Repo.Seed("001"), Repo.Seed("003"), "--format", "json");
            JsonElement comparison = run.Json();
            Assert.StartsWith("no converter from version 2021 to 2019", comparison.GetProperty("basis").GetString());
            var rules = comparison.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
            Assert.True(rules["carry-over-across-years"].GetProperty("applied").GetBoolean());
            Assert.Equal("this year's report follows version 2019, which has no such rule", rules["in-force-across-years"].GetProperty("reason").GetString());
        }

        [Fact]
        public void A_missing_table_makes_a_cross_year_rule_not_applicable_instead_of_guessing()
        {
            CliRun run = CliHarness.Run("compare", Repo.Seed("002"), Repo.Seed("001"));
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("carry-over-across-years (CarriedOver == previous.CarriedForward): not applied: table 三 is missing in last year's report", run.Out);
        }

        [Fact]
        public void Check_pair_checks_both_and_compares()
        {
            CliRun run = CliHarness.Run("check", "--pair", Repo.Seed("001"), Repo.Seed("001"), "--format", "json");
            Assert.Equal(1, run.ExitCode);
            JsonElement root = run.Json();
            Assert.Equal(2, root.GetProperty("files").GetArrayLength());
            Assert.True(root.GetProperty("comparison").GetProperty("sameVersion").GetBoolean());
            Assert.Equal(2, root.GetProperty("summary").GetProperty("errors").GetInt32());

            CliRun sarif = CliHarness.Run("check", "--pair", Repo.Seed("001"), Repo.Seed("001"), "--format", "sarif");
            JsonElement result = sarif.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "carry-over-across-years");
            Assert.Equal(53, result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        }

        [Fact]
        public void Compare_with_an_unreadable_report_exits_2()
        {
            CliRun run = CliHarness.Run("compare", "/no/such/last.txt", Repo.Seed("001"));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("cannot compare: /no/such/last.txt: no such file", run.Err);
        }
    }
}
