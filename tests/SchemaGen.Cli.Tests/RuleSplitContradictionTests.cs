using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Runtime.Reading;
using Xunit;
using CorpusApi = SchemaGen.Corpus.Corpus;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// A row of table 三 whose figures run together ("161276114001705") and split several ways by the cells alone is split
    /// by its row rule (总计 is the sum of the applicants). With one figure changed (法律服务机构 2 written as 0) the row no
    /// longer adds up, and the one split that does, 16 1 276 11 400 1 705, is not what is printed. The column rules with the
    /// table's other rows break under it, and the prose states 新收 1705: it is never read as that split. Also a run that
    /// fills its cells one way only, breaking its row rule, when a split with a blank cell would keep it.
    /// </summary>
    public sealed class RuleSplitContradictionTests
    {
        private const int Seed = 27952330; // the report a CsCheck seed found (ReadBackProperties, CsCheck_Seed=6xaImwzo70x1)
        private const string ProseOfTableThree = "全年新收政府信息公开申请1705件，其中自然人申请1612件；上年结转185件。";

        private static RenderedReport Changed(string shape)
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.V2021, Seed, Shapes.Find(shape), BreakageKind.FigureChanged);
            Assert.Equal("NewlyReceived", report.Breakage.Cell!.Value.Row);
            Assert.Contains(ProseOfTableThree, report.Text!);
            return report;
        }

        private static bool RunRead(CheckFinding f, string row) => f.RuleId == "SG3023" && f.Row == row;

        private static bool RunLeftOut(CheckFinding f, string row) => f.RuleId == "SG3019" && f.Row == row && f.Message.Contains("taking the split would be a guess");

        [Theory]
        [InlineData("text/flattened")]
        [InlineData("text/flattened-spaced")]
        public void A_row_rule_split_the_prose_states_otherwise_is_left_out_and_the_rows_it_shares_a_broken_rule_with_stand(string shape)
        {
            FileCheckResult result = new CheckRunner().Check("changed.txt", Changed(shape).Text!);

            CheckFinding leftOut = Assert.Single(result.Findings, f => RunLeftOut(f, "NewlyReceived"));
            Assert.Contains("16 1 276 11 400 1 705", leftOut.Message);
            Assert.Contains("gives 705 for 本年新收申请 where the prose states 1705", leftOut.Message);
            Assert.DoesNotContain(result.Findings, f => RunRead(f, "NewlyReceived"));
            // The rows the broken rule shares it with are not blamed: without the misread row it is not assessable.
            Assert.Contains(result.Findings, f => RunRead(f, "CarriedOver"));
            Assert.Contains(result.Findings, f => RunRead(f, "CarriedForward"));
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "SG3019" && f.Row is "CarriedOver" or "CarriedForward");
            // The split's figures are shown nowhere as stated.
            Assert.DoesNotContain(result.Findings, f => f.Cells.Any(c => c.Row == "NewlyReceived") && f.Actual is 705 or 400);
        }

        /// <summary>
        /// Without the prose, each row the broken rule names that another split of its own figures would put right is left
        /// out. In the spaced dump "171 140000185" (上年结转) pins 自然人 at 171: no split of that row repairs the rule, so it is
        /// not what breaks it, and stands.
        /// </summary>
        [Theory]
        [InlineData("text/flattened", true)]
        [InlineData("text/flattened-spaced", false)]
        public void Without_prose_each_row_rule_split_another_split_would_put_right_is_left_out(string shape, bool carriedOverLeftOut)
        {
            FileCheckResult result = new CheckRunner().Check("changed.txt", Changed(shape).Text!.Replace(ProseOfTableThree, ""));

            var leftOutRows = carriedOverLeftOut ? new[] { "NewlyReceived", "CarriedOver", "CarriedForward" } : new[] { "NewlyReceived", "CarriedForward" };
            foreach (string row in leftOutRows)
            {
                CheckFinding leftOut = Assert.Single(result.Findings, f => RunLeftOut(f, row));
                Assert.Contains("breaks carried-forward-bound (column 自然人) with the table's other rows, which another split of its figures keeps", leftOut.Message);
                Assert.DoesNotContain("prose", leftOut.Message);
                Assert.DoesNotContain(result.Findings, f => RunRead(f, row));
            }
            if (!carriedOverLeftOut) Assert.Contains(result.Findings, f => RunRead(f, "CarriedOver"));
        }

        /// <summary>
        /// A page that leaves its zero cells blank: （七）总计 with 科研机构 0 written as 5 prints "268511270" (268 _ 5 _ 1 1 270),
        /// which no longer adds up; the one split that does, 2 6 8 51 1 2 70, gives 70 where the prose states 办结270件. The
        /// other rows are ambiguous, so no column rule can be judged: the prose alone says the split is wrong.
        /// </summary>
        [Fact]
        public void A_row_rule_split_the_prose_states_otherwise_is_left_out_where_no_column_rule_can_be_judged()
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.V2021, 42197234, Shapes.FlattenedZerosDropped, BreakageKind.FigureChanged);
            Assert.Equal("Outcomes.Total", report.Breakage.Cell!.Value.Row);
            FileCheckResult result = new CheckRunner().Check("changed.txt", report.Text!);

            CheckFinding leftOut = Assert.Single(result.Findings, f => RunLeftOut(f, "Outcomes.Total"));
            Assert.Contains("\"268511270\"", leftOut.Message);
            Assert.Contains("2 6 8 51 1 2 70, gives 70 for 本年办结申请 where the prose states 270", leftOut.Message);
            Assert.DoesNotContain(result.Findings, f => RunRead(f, "Outcomes.Total"));
        }

        /// <summary>
        /// A page that leaves its zero cells blank: （七）总计 with 社会公益组织 6 written as 11 prints "225640112302" (2256 40 _ 11
        /// _ _ 2302), which no longer adds up; the one split that does is 2 256 40 1 1 2 302. The rows it shares the balance
        /// (一 + 二 = 三 + 四) with split 20 and 15 ways each, and 二、上年结转 prints nothing (zeros), yet no split of theirs
        /// lets the balance hold with it: the split is left out. Unchanged, the row splits 20 ways and the balance sets none aside.
        /// </summary>
        [Fact]
        public void A_row_rule_split_with_which_no_split_of_the_other_rows_balances_is_left_out()
        {
            RenderedReport valid = CorpusApi.Render(ReportFormat.V2019, 938721481, Shapes.FlattenedZerosDropped);
            RenderedReport report = CorpusApi.Render(ReportFormat.V2019, 938721481, Shapes.FlattenedZerosDropped, BreakageKind.FigureChanged);
            Assert.Equal("Outcomes.Total", report.Breakage.Cell!.Value.Row);
            Assert.Contains("二、上年结转政府信息公开申请数量三、", report.Text!);

            FileCheckResult result = new CheckRunner().Check("changed.txt", report.Text!);
            CheckFinding leftOut = Assert.Single(result.Findings, f => RunLeftOut(f, "Outcomes.Total"));
            Assert.Contains("\"225640112302\"", leftOut.Message);
            Assert.Contains("2 256 40 1 1 2 302, breaks balance (column 自然人)", leftOut.Message);
            Assert.Contains("however the table's other rows split their figures", leftOut.Message);
            Assert.DoesNotContain(result.Findings, f => RunRead(f, "Outcomes.Total"));

            FileCheckResult unchanged = new CheckRunner().Check("valid.txt", valid.Text!);
            Assert.DoesNotContain(unchanged.Findings, f => f.RuleId == "SG3019" && f.Message.Contains("however the table's other rows split"));
            Assert.Contains(unchanged.Findings, f => f.RuleId == "SG3019" && f.Row == "Outcomes.Total" && f.Message.Contains("in 20 ways"));
        }

        /// <summary>
        /// In a crawler dump a blank cell leaves nothing in its row's run: 2.重复申请 with 自然人 blank prints "0000014" (and the
        /// next row's 3.), whose seven digits fill the seven cells one way only, 0 0 0 0 0 1 4, which breaks the row's total;
        /// with a cell blank, 0 0 0 0 0 14 and a blank total does not break it. Which was printed cannot be known: the row is
        /// not read.
        /// </summary>
        [Fact]
        public void A_run_whose_only_whole_split_breaks_its_row_rule_while_a_split_with_a_blank_keeps_it_is_not_read()
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.V2019, 413737343, Shapes.Flattened, BreakageKind.CellBlank);
            const string row = "Outcomes.NotProcessed.Repeated";
            Assert.Equal(row, report.Breakage.Cell!.Value.Row);
            FileCheckResult result = new CheckRunner().Check("blank.txt", report.Text!);

            CheckFinding leftOut = Assert.Single(result.Findings, f => f.RuleId == "SG3019" && f.Row == row);
            Assert.Contains("one way if every cell is in the run, 0 0 0 0 0 1 4, which breaks applicant-total", leftOut.Message);
            Assert.Contains("with a cell left blank", leftOut.Message);
            TableReading table = result.Report!.Reading.Tables.Single(t => t.TableId == "Applications");
            Assert.DoesNotContain(table.Cells, c => c.Key.Row == row && c.Value.Value is not null);
        }

        [Theory]
        [InlineData("text/flattened")]
        [InlineData("text/flattened-spaced")]
        public void The_same_report_unchanged_reads_the_rows_its_row_rule_splits(string shape)
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.V2021, Seed, Shapes.Find(shape));
            FileCheckResult result = new CheckRunner().Check("valid.txt", report.Text!);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "SG3019");
            foreach (string row in new[] { "NewlyReceived", "CarriedOver", "CarriedForward" })
                Assert.Contains(result.Findings, f => RunRead(f, row));
        }
    }
}
