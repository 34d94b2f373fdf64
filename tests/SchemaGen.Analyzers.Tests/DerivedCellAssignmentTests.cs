using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2003: derived totals set by hand after a part changed.</summary>
    public class DerivedCellAssignmentTests
    {
        private static string Wrap(string body) => $$"""
            using SchemaGen.Formats.V2021;

            class Report
            {
                void Update(ApplicationsTable t, AnnualReport report, int count)
                {
                    {{body}}
                }
            }
            """;

        [Fact]
        public async Task A_total_set_after_its_part_changed_warns_and_points_at_the_part()
        {
            var test = new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap("""
                {|#1:t.NewlyReceived.NaturalPerson = count|};
                        {|#0:t.NewlyReceived.Total = count + 1|};
                """));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.ManualTotal, 0,
                "一、本年新收政府信息公开申请数量 (NewlyReceived) × 总计 (Total)",
                "'applicant-total' (总计 is the sum of the applicant columns)",
                "its part 一、本年新收政府信息公开申请数量 (NewlyReceived) × 自然人 (NaturalPerson) (line 7) changed").WithLocation(1));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_cell_of_a_derived_row_is_derived_for_its_column()
        {
            var test = new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap("""
                {|#1:t.Outcomes.Withheld.StateSecret.Business++|};
                        {|#0:t.Outcomes.Total.Business = 4|};
                """));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.ManualTotal, 0,
                "（七）总计 (Outcomes.Total) × 法人或其他组织 › 商业企业 (Business)",
                "'outcome-total' (（七）总计 is the sum of the outcome rows （一） to （六）)",
                "its part 1.属于国家秘密 (Outcomes.Withheld.StateSecret) × 法人或其他组织 › 商业企业 (Business) (line 7) changed").WithLocation(1));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_row_variable_is_followed_too()
        {
            var test = new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap("""
                var row = t.CarriedOver;
                        {|#1:row.Research += 2|};
                        {|#0:row.Total = 2|};
                """));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.ManualTotal, 0).WithLocation(1));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("t.NewlyReceived.Total = 3; t.NewlyReceived.NaturalPerson = count;")] // the part changes after
        [InlineData("t.CarriedOver.NaturalPerson = count; t.NewlyReceived.Total = 3;")] // another row's part
        [InlineData("t.Outcomes.Granted.Business = 1; t.Outcomes.Total.Research = 1;")] // another column's part
        [InlineData("t.NewlyReceived.Total = 3;")]
        [InlineData("var other = new ApplicationsTable(); other.NewlyReceived.NaturalPerson = 1; t.NewlyReceived.Total = 3;")] // another table
        [InlineData("var fresh = new ApplicationsTable.Row { NaturalPerson = 1, Total = 1 };")] // an initializer: SG2001's concern
        public Task Assignments_that_are_not_stale_do_not_warn(string body)
            => new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap(body)).RunAsync();

        [Theory]
        [InlineData(ModelPlacement.Source)]
        [InlineData(ModelPlacement.Reference)]
        internal async Task The_fix_calls_RecomputeTotals_on_the_table_instead(ModelPlacement model)
        {
            var test = new SchemaCodeFixTest<DerivedCellAssignmentAnalyzer, RecomputeTotalsCodeFixProvider>(
                Wrap("""
                    t.NewlyReceived.NaturalPerson = count;
                            {|#0:t.NewlyReceived.Total = count|};
                    """),
                Wrap("""
                    t.NewlyReceived.NaturalPerson = count;
                            t.RecomputeTotals();
                    """), model);
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.ManualTotal, 0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_compound_write_of_a_total_after_a_part_changed_warns()
        {
            var test = new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap("""
                {|#1:t.CarriedOver.NaturalPerson = count|};
                        {|#0:t.CarriedOver.Total += count|};
                """));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.ManualTotal, 0).WithLocation(1));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_total_overwritten_after_RecomputeTotals_warns()
        {
            var test = new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap("""
                t.CarriedOver.NaturalPerson = count;
                        {|#1:t.RecomputeTotals()|};
                        {|#0:t.CarriedOver.Total = 99|};
                """));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.ManualTotal, 0,
                "二、上年结转政府信息公开申请数量 (CarriedOver) × 总计 (Total)",
                "'applicant-total' (总计 is the sum of the applicant columns)",
                "RecomputeTotals() (line 8) computed it").WithLocation(1));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_total_recomputed_on_another_table_is_not_an_overwrite()
            => await new SchemaAnalyzerTest<DerivedCellAssignmentAnalyzer>(Wrap("""
                report.Applications.RecomputeTotals();
                        t.CarriedOver.Total = 99;
                """)).RunAsync();

        [Fact]
        public async Task Inside_the_table_itself_the_fix_calls_RecomputeTotals_on_this()
        {
            const string before = """
                namespace SchemaGen.Formats.V2021
                {
                    public sealed partial record ApplicationsTable
                    {
                        public void Receive(int count)
                        {
                            NewlyReceived.NaturalPerson = count;
                            {|#0:NewlyReceived.Total = count|};
                        }
                    }
                }
                """;
            var test = new SchemaCodeFixTest<DerivedCellAssignmentAnalyzer, RecomputeTotalsCodeFixProvider>(before,
                before.Replace("{|#0:NewlyReceived.Total = count|};", "RecomputeTotals();"), ModelPlacement.Source);
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.ManualTotal, 0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_fix_keeps_the_path_to_a_table_inside_the_report()
        {
            var test = new SchemaCodeFixTest<DerivedCellAssignmentAnalyzer, RecomputeTotalsCodeFixProvider>(
                Wrap("""
                    report.Applications.Outcomes.Granted.NaturalPerson = 3;
                            {|#0:report.Applications.Outcomes.Total.NaturalPerson = 3|};
                    """),
                Wrap("""
                    report.Applications.Outcomes.Granted.NaturalPerson = 3;
                            report.Applications.RecomputeTotals();
                    """));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.ManualTotal, 0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }
    }
}
