using System.Linq;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>`schemagen check` on the five real reports says what tests/fixtures/seeds/README.md says a checker must say.</summary>
    public class SeedCheckTests
    {
        private static readonly CliRun AllSeeds = CliHarness.Run("check", Repo.Seeds);

        /// <summary>The text block of one file: from its path line to the blank line after it.</summary>
        private static string Block(string number)
        {
            string path = Repo.Seed(number);
            string text = AllSeeds.Out;
            int start = text.IndexOf(path + "\n", System.StringComparison.Ordinal);
            Assert.True(start >= 0, $"no block for {path}\n{AllSeeds}");
            int end = text.IndexOf("\n\n", start, System.StringComparison.Ordinal);
            return text.Substring(start, end - start);
        }

        [Fact]
        public void Seed_001_has_every_figure_and_no_error()
        {
            string block = Block("001");
            Assert.Contains("format 2021 (gov-info-annual-report@2021), confidence", block);
            Assert.Contains("tables: 二 present (10 figures) · 三 present (175 figures) · 四 present (15 figures)", block);
            Assert.Contains("0 errors, 0 warnings", block);
            Assert.Equal(0, CliHarness.Run("check", Repo.Seed("001")).ExitCode);
        }

        [Fact]
        public void Seed_000_has_table_three_without_figures_and_tables_two_and_four_missing()
        {
            string block = Block("000");
            Assert.Contains("format 2021", block);
            Assert.Contains("tables: 二 missing · 三 empty · 四 missing", block);
            Assert.Matches(@"warning SG3004: table 收到和处理政府信息公开申请情况 holds no figures: nothing in it can be checked \[table 三 \(Applications\)\]", block);
            Assert.Matches(@"error SG3003: .*\[table 二 \(Regulations\)\]", block);
            Assert.Matches(@"error SG3003: .*\[table 四 \(Appeals\)\]", block);
            // Nothing checkable in the table: no rule of table 三 is reported, not even as "not assessable".
            Assert.DoesNotContain(" balance:", block);
            Assert.DoesNotContain("outcome-total", block);
            // Its prose gives the figures instead: a note lists them and the balance they satisfy (75 = 73 + 2).
            Assert.Matches(@":8: note SG3041: the table gives no figure, the prose gives 8: .*checked: balance in 总计: 75 = 73 \+ 2.*\[table 三 \(Applications\)\]", block);
        }

        [Theory]
        [InlineData("002")]
        [InlineData("004")]
        public void Seeds_002_and_004_miss_tables_two_three_and_four_as_errors(string number)
        {
            string block = Block(number);
            Assert.Contains("tables: 二 missing · 三 missing · 四 missing", block);
            foreach (string table in new[] { "Regulations", "Licensing", "Enforcement", "Fees", "Applications", "Appeals" })
                Assert.Matches($@"error SG3003: .*\[table [二三四] \({table}\)\]", block);
            Assert.Contains("6 errors", block);
        }

        [Fact]
        public void Seed_003_is_2019_breaks_the_outcome_total_and_table_four_cannot_be_placed()
        {
            string block = Block("003");
            Assert.Contains("format 2019 (gov-info-annual-report@2019)", block);
            Assert.Contains("tables: 二 present (22 figures) · 三 present (28 figures) · 四 unplaceable", block);
            string path = Repo.Seed("003");
            Assert.Contains($"{path}:406: error outcome-total: （七）总计 is the sum of the outcome rows （一） to （六）: in column 自然人 (NaturalPerson), 47 = 37 does not hold (expected 37, actual 47) [table 三 (Applications) · row （七）总计 (Outcomes.Total) · column 自然人 (NaturalPerson)]", block);
            Assert.Matches(@"warning SG3005: table 政府信息公开行政复议、行政诉讼情况 holds 4 figures, but none could be placed", block);
            // 新收 46 + 结转 3 = 47 + 2 holds, and table 四's numbers are not guessed into cells, so none of its rules fires.
            Assert.DoesNotContain("error balance", block);
            Assert.DoesNotContain("reconsideration-total", block);
            Assert.Contains("error outcome-total: （七）总计 is the sum of the outcome rows （一） to （六）: in column 总计 (Total), 47 = 37 does not hold (expected 37, actual 47)", block);
            Assert.Contains("2 errors,", block);
        }

        [Fact]
        public void The_summary_table_lists_each_file_with_its_tables_and_counts()
        {
            string summary = AllSeeds.Out.Substring(AllSeeds.Out.IndexOf("file ", System.StringComparison.Ordinal));
            string Row(string number) => summary.Split('\n').Single(l => l.StartsWith(Repo.Seed(number), System.StringComparison.Ordinal));
            Assert.Matches(@"^file\s+format\s+present\s+missing\s+empty\s+unplaceable\s+errors\s+warnings$", summary.Split('\n')[0]);
            Assert.Matches(@"\s2021\s+-\s+二 四\s+三\s+-\s+5\s+1$", Row("000"));
            Assert.Matches(@"\s2021\s+二 三 四\s+-\s+-\s+-\s+0\s+0$", Row("001"));
            Assert.Matches(@"\s2021\s+-\s+二 三 四\s+-\s+-\s+6\s+0$", Row("002"));
            Assert.Matches(@"\s2019\s+二 三\s+-\s+-\s+四\s+2\s+2$", Row("003"));
            Assert.Matches(@"\s2021\s+-\s+二 三 四\s+-\s+-\s+6\s+0$", Row("004"));
            Assert.Matches(@"5 files: 19 errors, 3 warnings", summary);
            Assert.Equal(1, AllSeeds.ExitCode);
        }

        [Fact]
        public void Forcing_a_version_reads_with_it_and_notes_the_disagreement()
        {
            CliRun run = CliHarness.Run("check", Repo.Seed("001"), "--schema", "2019");
            Assert.Contains("format 2019 (gov-info-annual-report@2019), forced by --schema; detected 2021 with confidence", run.Out);
            Assert.Contains("note SG4003: read as version 2019 because --schema says so, but the text looks like version 2021", run.Out);
        }

        [Fact]
        public void A_low_confidence_detection_is_a_note()
        {
            Assert.Matches(@"note SG4003: format version 2021 detected with low confidence \(0\.\d\d\)", Block("002"));
        }
    }
}
