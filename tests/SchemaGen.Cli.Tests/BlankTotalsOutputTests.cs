using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// `check` on a report whose 19 outcome rows leave 总计 blank (tests/fixtures/shapes/blank-totals-2019.txt): no error,
    /// one warning naming the blank totals, and the imputed values shown in text, JSON and SARIF.
    /// </summary>
    public class BlankTotalsOutputTests
    {
        private static string Report => Path.Combine(Repo.Root, "tests", "fixtures", "shapes", "blank-totals-2019.txt");

        [Fact]
        public void Text_shows_one_warning_with_the_imputed_values_and_no_error()
        {
            CliRun run = CliHarness.Run("check", Report);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("0 errors, 1 warning", run.Out);
            Assert.Contains("warning SG3030: blank totals computed from their stated parts (19)", run.Out);
            Assert.Contains("（一）予以公开 × 总计 = 461", run.Out);
            Assert.DoesNotContain("outcome-total", run.Out);
        }

        [Fact]
        public void Json_marks_each_imputed_cell_with_its_value()
        {
            CliRun run = CliHarness.Run("check", Report, "--format", "json");
            JsonElement finding = run.Json().GetProperty("files")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("ruleId").GetString() == "SG3030");
            Assert.Equal("warning", finding.GetProperty("level").GetString());
            JsonElement[] cells = finding.GetProperty("cells").EnumerateArray().ToArray();
            Assert.Equal(19, cells.Length);
            JsonElement granted = cells.Single(c => c.GetProperty("row").GetString() == "Outcomes.Granted");
            Assert.Equal(461m, granted.GetProperty("imputed").GetDecimal());
            Assert.Equal("Total", granted.GetProperty("column").GetString());
        }

        [Fact]
        public void Sarif_lists_the_imputed_values_in_the_result_properties_and_stays_valid()
        {
            CliRun run = CliHarness.Run("check", Report, "--format", "sarif");
            SarifSchema.AssertValid(run.Out);
            JsonElement result = run.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "SG3030");
            JsonElement[] imputed = result.GetProperty("properties").GetProperty("imputed").EnumerateArray().ToArray();
            Assert.Equal(19, imputed.Length);
            Assert.Contains(imputed, i => i.GetProperty("row").GetString() == "Outcomes.OtherHandling" && i.GetProperty("value").GetDecimal() == 32m);
        }
    }
}
