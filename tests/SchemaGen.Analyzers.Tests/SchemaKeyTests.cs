using System.Threading.Tasks;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2004: string constants for [SchemaKey] parameters that the schema does not have.</summary>
    public class SchemaKeyTests
    {
        private static string Wrap(string body) => $$"""
            using SchemaGen.Formats.V2021;
            using SchemaGen.Runtime;

            class Lookups
            {
                object Find(ApplicationsTable table, string name)
                {
                    {{body}}
                }

                // A hand-written method opts in with the same attribute.
                static object Rule([SchemaKey(SchemaKeyKind.Invariant)] string id) => id;
            }
            """;

        [Fact]
        public async Task An_unknown_table_is_an_error_with_a_suggestion()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table({|#0:\"Aplications\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0,
                "Table", "Aplications", "schema gov-info-annual-report@2021", " (did you mean 'Applications', 收到和处理政府信息公开申请情况?)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_row_is_looked_up_in_the_table_named_by_the_table_parameter()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Row(\"Applications\", {|#0:\"NewlyRecieved\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0,
                "Row", "NewlyRecieved", "table 收到和处理政府信息公开申请情况 (Applications) of gov-info-annual-report@2021",
                " (did you mean 'NewlyReceived', 一、本年新收政府信息公开申请数量?)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Columns_sections_invariants_and_table_methods_are_checked()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("""
                AnnualReportSchema.Column("Appeals", {|#0:"ReconsiderationTotl"|});
                        AnnualReportSchema.Section({|#1:"Overveiw"|});
                        table.GetCell("Outcomes.Withheld.StateSecret", {|#2:"Totl"|});
                        return Rule({|#3:"balanse"|});
                """));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 0));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 1));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 2,
                "Column", "Totl", "table 收到和处理政府信息公开申请情况 (Applications) of gov-info-annual-report@2021", " (did you mean 'Total', 总计?)"));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 3));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_name_nothing_resembles_gets_no_suggestion()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table({|#0:\"Procurement\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0, "Table", "Procurement", "schema gov-info-annual-report@2021", ""));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("return AnnualReportSchema.Table(\"Applications\");")]
        [InlineData("return AnnualReportSchema.Table(\"收到和处理政府信息公开申请情况\");")] // an official label
        [InlineData("return AnnualReportSchema.Row(\"Applications\", \"Outcomes.Withheld.StateSecret\");")]
        [InlineData("return AnnualReportSchema.Row(\"Applications\", \"结转下年继续办理\");")] // an alias
        [InlineData("return AnnualReportSchema.Column(\"Applications\", \"LegalPersons.Business\");")]
        [InlineData("return AnnualReportSchema.Section(\"Appeals\");")]
        [InlineData("return AnnualReportSchema.Row(name, \"Cases\");")] // the table is not a constant: any table's row
        [InlineData("return AnnualReportSchema.Table(name);")]
        [InlineData("return Rule(\"carried-forward-bound\");")]
        public Task Names_the_schema_has_pass(string body) => new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap(body)).RunAsync();

        [Fact]
        public async Task A_row_of_an_unknown_table_is_left_to_the_table_diagnostic()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Row({|#0:\"Applicatons\"|}, \"NoSuchRow\");"));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Without_the_schema_among_the_additional_files_nothing_is_checked()
            => await new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table(\"Aplications\");"), withSchema: false).RunAsync();

        [Fact]
        public async Task The_fix_uses_the_suggestion()
        {
            var test = new SchemaCodeFixTest<SchemaKeyAnalyzer, SchemaKeyCodeFixProvider>(
                Wrap("return AnnualReportSchema.Row(\"Applications\", {|#0:\"Outcomes.Witheld.StateSecret\"|});"),
                Wrap("return AnnualReportSchema.Row(\"Applications\", \"Outcomes.Withheld.StateSecret\");"));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 0));
            await test.RunAsync();
        }
    }
}
