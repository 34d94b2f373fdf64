using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2001: constant figures that break an invariant of the 2021 schema.</summary>
    public class InvariantInitializerTests
    {
        private static DiagnosticResult SG2001(int location) => Expect.Id(SchemaGenRules.BrokenInvariant, location);

        private static DiagnosticResult SG2001(int location, params object[] arguments) => Expect.Message(SchemaGenRules.BrokenInvariant, location, arguments);

        private static Task NoDiagnostics(string body) => new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(body)).RunAsync();

        private static string Wrap(string body) => $$"""
            using SchemaGen.Formats.V2021;

            class Report
            {
                object Build(ApplicationsTable existing, ApplicationsTable.Row row, int count)
                {
                    {{body}}
                }
            }
            """;

        [Fact]
        public async Task A_nested_initializer_whose_total_is_not_the_sum_of_its_parts_warns_with_labels_and_values()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable { NewlyReceived = { NaturalPerson = {|#1:17|}, Total = {|#0:20|} } };"));
            test.ExpectedDiagnostics.Add(SG2001(0,
                "'applicant-total' (总计 is the sum of the applicant columns)",
                "row 一、本年新收政府信息公开申请数量 (NewlyReceived) of 收到和处理政府信息公开申请情况 (Applications)",
                "总计 (Total) 20 ≠ 自然人 (NaturalPerson) 17 (blank cells count as 0)",
                "17",
                "20").WithLocation(1));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_row_constructor_is_read_argument_by_argument()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable { CarriedOver = new ApplicationsTable.Row({|#1:1|}, {|#2:2|}, {|#3:0|}, {|#4:0|}, {|#5:0|}, {|#6:0|}, {|#0:4|}) };"));
            test.ExpectedDiagnostics.Add(SG2001(0,
                "'applicant-total' (总计 is the sum of the applicant columns)",
                "row 二、上年结转政府信息公开申请数量 (CarriedOver) of 收到和处理政府信息公开申请情况 (Applications)",
                "总计 (Total) 4 ≠ 自然人 (NaturalPerson) 1 + 法人或其他组织 › 商业企业 (Business) 2 + 法人或其他组织 › 科研机构 (Research) 0 + 法人或其他组织 › 社会公益组织 (PublicInterest) 0 + 法人或其他组织 › 法律服务机构 (LegalService) 0 + 法人或其他组织 › 其他 (OtherOrganisation) 0 = 3",
                "3",
                "4").WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4).WithLocation(5).WithLocation(6));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_standalone_row_with_every_cell_given_breaks_the_rule_whichever_row_it_becomes()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable.Row(1, 1, 0, 0, 0, 0, {|#0:5|});"));
            test.ExpectedDiagnostics.Add(SG2001(0,
                "'applicant-total' (总计 is the sum of the applicant columns)",
                "this row of 收到和处理政府信息公开申请情况 (Applications)",
                "总计 (Total) 5 ≠ 自然人 (NaturalPerson) 1 + 法人或其他组织 › 商业企业 (Business) 1 + 法人或其他组织 › 科研机构 (Research) 0 + 法人或其他组织 › 社会公益组织 (PublicInterest) 0 + 法人或其他组织 › 法律服务机构 (LegalService) 0 + 法人或其他组织 › 其他 (OtherOrganisation) 0 = 2",
                "2",
                "5").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_with_expression_that_sets_every_cell_of_the_rule_is_checked()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return row with { NaturalPerson = 2, Business = 0, Research = 0, PublicInterest = 0, LegalService = 0, OtherOrganisation = 0, Total = {|#0:3|} };"));
            test.ExpectedDiagnostics.Add(SG2001(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task Equation_rules_name_the_column_and_expect_the_left_side()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap("""
                return new ApplicationsTable
                        {
                            NewlyReceived = { NaturalPerson = {|#0:10|} },
                            CarriedOver = { NaturalPerson = {|#1:2|} },
                            Outcomes = { Granted = { NaturalPerson = 5 }, Total = { NaturalPerson = {|#2:5|} } },
                            CarriedForward = { NaturalPerson = {|#3:1|} },
                        };
                """));
            test.ExpectedDiagnostics.Add(SG2001(0,
                "'balance' (第一项加第二项之和，等于第三项加第四项之和 (received + carried over = concluded + carried forward))",
                "column 自然人 (NaturalPerson) of 收到和处理政府信息公开申请情况 (Applications)",
                "一、本年新收政府信息公开申请数量 (NewlyReceived) 10 + 二、上年结转政府信息公开申请数量 (CarriedOver) 2 = 12 ≠ （七）总计 (Outcomes.Total) 5 + 四、结转下年度继续办理 (CarriedForward) 1 = 6",
                "12",
                "6").WithLocation(1).WithLocation(2).WithLocation(3));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_bound_that_is_exceeded_warns()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable { NewlyReceived = { Business = {|#1:10|} }, CarriedOver = { Business = {|#2:5|} }, CarriedForward = { Business = {|#0:30|} } };"));
            test.ExpectedDiagnostics.Add(SG2001(0,
                "'carried-forward-bound' (结转下年度继续办理 cannot exceed the applications received plus those carried over)",
                "column 法人或其他组织 › 商业企业 (Business) of 收到和处理政府信息公开申请情况 (Applications)",
                "四、结转下年度继续办理 (CarriedForward) 30 > 一、本年新收政府信息公开申请数量 (NewlyReceived) 10 + 二、上年结转政府信息公开申请数量 (CarriedOver) 5 = 15",
                "left side ≤ 15",
                "30").WithLocation(1).WithLocation(2));
            await test.RunAsync();
        }

        [Fact]
        public async Task Another_table_and_a_table_inside_the_report_model_are_checked_too()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap("""
                var appeals = new AppealsTable { Cases = { ReconsiderationUpheld = 1, ReconsiderationCorrected = 2, ReconsiderationTotal = {|#0:4|} } };
                        return new AnnualReport { Applications = { Outcomes = { Granted = { NaturalPerson = 1, Total = {|#1:2|} } } } };
                """));
            test.ExpectedDiagnostics.Add(SG2001(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            test.ExpectedDiagnostics.Add(SG2001(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_row_group_on_its_own_is_checked_for_the_rules_inside_it()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable.OutcomesGroup { Granted = { NaturalPerson = {|#1:2|} }, Total = { NaturalPerson = {|#0:3|} } };"));
            test.ExpectedDiagnostics.Add(SG2001(0,
                "'outcome-total' (（七）总计 is the sum of the outcome rows （一） to （六）)",
                "column 自然人 (NaturalPerson) of 收到和处理政府信息公开申请情况 (Applications)",
                "（七）总计 (Outcomes.Total) 3 ≠ （一）予以公开 (Outcomes.Granted) 2 (blank cells count as 0)",
                "2",
                "3").WithLocation(1));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("return new ApplicationsTable { NewlyReceived = { NaturalPerson = 17, Business = 3, Total = 20 } };")]
        [InlineData("return new ApplicationsTable { NewlyReceived = { NaturalPerson = 17 } };")] // the total is blank: not assessable
        [InlineData("return new ApplicationsTable { NewlyReceived = { NaturalPerson = count, Total = 20 } };")] // not a constant
        [InlineData("return row with { NaturalPerson = 17, Total = 20 };")] // the other cells are row's, unknown
        [InlineData("return existing with { NewlyReceived = existing.CarriedOver };")]
        [InlineData("return new ApplicationsTable { NewlyReceived = row, CarriedOver = { NaturalPerson = 1, Total = 1 } };")]
        [InlineData("return new AppealsTable { Cases = { ReconsiderationUpheld = 1, ReconsiderationTotal = 1, DirectSuitTotal = null } };")]
        public Task Figures_that_hold_or_are_not_all_known_do_not_warn(string body) => NoDiagnostics(body);

        [Fact]
        public async Task An_initializer_that_sets_a_member_the_schema_does_not_know_is_not_read()
        {
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable { Note = \"draft\", NewlyReceived = { NaturalPerson = 17, Total = 20 } };"), model: ModelPlacement.Source);
            // A hand-written part of the generated record: needs the generated sources in the same compilation.
            test.TestState.Sources.Add(("Partial.cs", """
                namespace SchemaGen.Formats.V2021
                {
                    public sealed partial record ApplicationsTable
                    {
                        public string? Note { get; set; }
                    }
                }
                """));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_standalone_row_whose_total_is_not_the_sum_of_its_stated_parts_warns_as_the_validator_would()
        {
            // Blank parts add as 0 in a total rule, wherever the row is placed (the validator reads it the same way).
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap("return new ApplicationsTable.Row { NaturalPerson = 17, Total = {|#0:20|} };"));
            test.ExpectedDiagnostics.Add(SG2001(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task Without_the_schema_among_the_additional_files_or_a_reference_nothing_is_checked()
            => await new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(Wrap(
                "return new ApplicationsTable { NewlyReceived = { NaturalPerson = 17, Total = 20 } };"), withSchema: false, model: ModelPlacement.Source).RunAsync();

        [Fact]
        public async Task The_fix_sets_the_total_to_the_sum_of_its_parts()
        {
            var test = new SchemaCodeFixTest<InvariantInitializerAnalyzer, DerivedTotalCodeFixProvider>(
                Wrap("return new ApplicationsTable { NewlyReceived = { NaturalPerson = 17, Business = 2, Total = {|#0:20|} } };"),
                Wrap("return new ApplicationsTable { NewlyReceived = { NaturalPerson = 17, Business = 2, Total = 19 } };"));
            test.ExpectedDiagnostics.Add(SG2001(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_fix_rewrites_a_constructor_argument()
        {
            var test = new SchemaCodeFixTest<InvariantInitializerAnalyzer, DerivedTotalCodeFixProvider>(
                Wrap("return new ApplicationsTable.Row(4, 1, 0, 0, 0, 0, {|#0:6|});"),
                Wrap("return new ApplicationsTable.Row(4, 1, 0, 0, 0, 0, 5);"));
            test.ExpectedDiagnostics.Add(SG2001(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }
    }
}
