using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// Every figure that does not fit its cell is a finding naming the cell and the text, never a silent blank: a count
    /// beyond the range of the generated model's int, a count with decimals, an amount with more decimals than its
    /// column allows, an amount too large to read. Through `schemagen check`, on seed 001 (clean) with one cell changed.
    /// </summary>
    public sealed class NumberTests : System.IDisposable
    {
        private const string NewlyReceived = "一、本年新收政府信息公开申请数量 | 17 |";
        private const string Fees = "行政事业性收费 | 0 |";
        private readonly TempFolder _temp = new();

        public void Dispose() => _temp.Dispose();

        private (CliRun Run, string Path) CheckWith(string old, string replacement)
        {
            string path = _temp.File("001-changed.txt", ReportFiles.Replace(ReportFiles.SeedText("001"), old, replacement));
            return (CliHarness.Run("check", path, "--format", "json"), path);
        }

        private static JsonElement[] Findings(CliRun run)
            => run.Json().GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToArray();

        [Fact]
        public void A_count_of_2147483648_is_a_cell_finding_naming_the_cell_and_its_text()
        {
            var (run, path) = CheckWith(NewlyReceived, "一、本年新收政府信息公开申请数量 | 2147483648 |");
            JsonElement cell = Findings(run).Single(f => f.GetProperty("ruleId").GetString() == "SG3020");
            Assert.Equal(("Applications", "NewlyReceived", "NaturalPerson"),
                (cell.GetProperty("table").GetString(), cell.GetProperty("row").GetString(), cell.GetProperty("column").GetString()));
            Assert.Equal("自然人", cell.GetProperty("columnLabel").GetString());
            string message = cell.GetProperty("message").GetString()!;
            Assert.Contains("holds 2147483648", message);
            Assert.Contains("自然人", message);
            Assert.Contains("outside the range of a count", message);
            int line = ReportFiles.SeedText("001").Split('\n').ToList().FindIndex(l => l.StartsWith(NewlyReceived, System.StringComparison.Ordinal)) + 1;
            Assert.True(line > 0);
            Assert.Equal(line, cell.GetProperty("line").GetInt32());

            // In text: the line and column of the figure, then the cell.
            CliRun text = CliHarness.Run("check", path);
            Assert.Contains($"{path}:{line}:", text.Out);
            Assert.Matches(@"warning SG3020: cell .*holds 2147483648.*\[table 三 \(Applications\) · row 一、本年新收政府信息公开申请数量 \(NewlyReceived\) · column 自然人 \(NaturalPerson\)\]", text.Out);
        }

        [Theory]
        [InlineData(NewlyReceived, "一、本年新收政府信息公开申请数量 | 17.5 |", "SG3021", "error", "NewlyReceived", "NaturalPerson", "17.5")]
        [InlineData(Fees, "行政事业性收费 | 1.1234567 |", "cell-kind", "error", "AdministrativeFees", "Amount", "1.1234567")]
        [InlineData(Fees, "行政事业性收费 | 100000000000000000000000000000 |", "SG3020", "warning", "AdministrativeFees", "Amount", "100000000000000000000000000000")]
        public void Other_figures_that_do_not_fit_their_cell_are_cell_findings(string old, string replacement, string ruleId, string level, string row, string column, string text)
        {
            var (run, _) = CheckWith(old, replacement);
            JsonElement cell = Findings(run).Single(f => f.GetProperty("ruleId").GetString() == ruleId);
            Assert.Equal((row, column), (cell.GetProperty("row").GetString(), cell.GetProperty("column").GetString()));
            Assert.Contains(text, cell.GetProperty("message").GetString());
            Assert.Equal(level, cell.GetProperty("level").GetString());
        }
    }
}
