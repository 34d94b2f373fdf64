using System.Threading.Tasks;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2002: constants a cell's kind does not allow.</summary>
    public class CellValueTests
    {
        private static string Wrap(string body) => $$"""
            using SchemaGen.Formats.V2021;

            class Report
            {
                void Fill(ApplicationsTable table, FeesTable fees, int count)
                {
                    {{body}}
                }
            }
            """;

        [Fact]
        public async Task A_negative_count_warns_with_the_cell_and_the_reason()
        {
            var test = new SchemaAnalyzerTest<CellValueAnalyzer>(Wrap("table.NewlyReceived.NaturalPerson = {|#0:-1|};"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.InvalidCellValue, 0,
                "Cell 自然人 (NaturalPerson) of 收到和处理政府信息公开申请情况 (Applications)", "-1", "a count cannot be negative"));
            await test.RunAsync();
        }

        [Fact]
        public async Task An_amount_with_more_decimals_than_the_scale_warns()
        {
            var test = new SchemaAnalyzerTest<CellValueAnalyzer>(Wrap("fees.AdministrativeFees.Amount = {|#0:190.4573791m|};"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.InvalidCellValue, 0,
                "Cell 本年收费金额（单位：万元） (Amount) of 行政事业性收费 (Fees)", "190.4573791", "an amount allows at most 6 decimal places"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Initializers_constructor_arguments_and_negative_amounts_are_checked()
        {
            var test = new SchemaAnalyzerTest<CellValueAnalyzer>(Wrap("""
                var a = new ApplicationsTable { CarriedOver = { Business = {|#0:-3|} } };
                        var b = new ApplicationsTable.Row(1, {|#1:-2|}, 0, 0, 0, 0, null);
                        var c = new FeesTable { AdministrativeFees = new FeesTable.Row({|#2:-0.5m|}) };
                """));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.InvalidCellValue, 0));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.InvalidCellValue, 1));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.InvalidCellValue, 2,
                "Cell 本年收费金额（单位：万元） (Amount) of 行政事业性收费 (Fees)", "-0.5", "an amount cannot be negative"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_fractional_count_through_SetCell_warns_for_that_exact_cell()
        {
            var test = new SchemaAnalyzerTest<CellValueAnalyzer>(Wrap("table.SetCell(\"Outcomes.Withheld.StateSecret\", \"Business\", {|#0:1.5m|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.InvalidCellValue, 0,
                "Cell 1.属于国家秘密 (Outcomes.Withheld.StateSecret) × 法人或其他组织 › 商业企业 (Business) of 收到和处理政府信息公开申请情况 (Applications)",
                "1.5", "a count must be a whole number"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("table.SetCell(\"NewlyReceived\", \"NaturalPerson\", 2m);")]
        [InlineData("table.SetCell(\"NoSuchRow\", \"NaturalPerson\", -2m);")] // an unknown row is SG2004's to report
        [InlineData("table.NewlyReceived.NaturalPerson = 0;")]
        [InlineData("table.NewlyReceived.NaturalPerson = null;")]
        [InlineData("table.NewlyReceived.NaturalPerson = -count;")]
        [InlineData("fees.AdministrativeFees.Amount = 190.457379m;")]
        [InlineData("fees.AdministrativeFees.Amount = 12.50000000m;")] // trailing zeros are not decimal places
        [InlineData("var row = new ApplicationsTable.Row(1, 2, 3, 4, 5, 6, 21);")]
        public Task Values_the_cell_allows_do_not_warn(string body) => new SchemaAnalyzerTest<CellValueAnalyzer>(Wrap(body)).RunAsync();
    }
}
