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
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table({|#0:\"Lottery\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0, "Table", "Lottery", "schema gov-info-annual-report@2021", ""));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_key_the_format_change_dropped_says_why_and_suggests_nothing()
        {
            // 2021's migration block drops 2019's procurement table: the key of the older version gets the migration's note.
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table({|#0:\"Procurement\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0, "Table", "Procurement", "schema gov-info-annual-report@2021",
                " (Procurement of gov-info-annual-report@2019 has no counterpart in gov-info-annual-report@2021 (国办公开办函〔2021〕30号): 2021 dropped 第二十条第（九）项 政府集中采购 (采购项目数量, 采购总金额); it has no procurement table.)"));
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
        // The rest of the key contract (SchemaKeys): bare ids that name one row, numbered labels, label paths, Traditional forms.
        [InlineData("return AnnualReportSchema.Row(\"Applications\", \"StateSecret\");")]
        [InlineData("return AnnualReportSchema.Row(\"Applications\", \"1.属于国家秘密\");")]
        [InlineData("return AnnualReportSchema.Row(\"收到和處理政府信息公開申請情況\", \"本年新收政府信息公開申請數量\");")]
        [InlineData("return AnnualReportSchema.Column(\"Applications\", \"合计\");")]
        [InlineData("return AnnualReportSchema.Column(\"Applications\", \"法人或其他组织 › 商业企业\");")]
        [InlineData("return AnnualReportSchema.Column(\"Appeals\", \"行政诉讼 › 复议后起诉 › 总计\");")]
        [InlineData("return AnnualReportSchema.Table(\"第二十条第（一）项 规章和行政规范性文件\");")]
        [InlineData("return AnnualReportSchema.Section(\"四、政府信息公开行政复议、行政诉讼情况\");")]
        [InlineData("return table.GetCell(\"属于国家秘密\", \"總計\");")]
        [InlineData("return AnnualReportParser.Parse(\"\").PresenceOf(\"收到和处理政府信息公开申请情况\");")]
        public Task Names_the_schema_has_pass(string body) => new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap(body)).RunAsync();

        [Fact]
        public async Task A_label_that_names_several_columns_is_ambiguous()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Column(\"Appeals\", {|#0:\"总计\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0,
                "Column", "总计", "table 政府信息公开行政复议、行政诉讼情况 (Appeals) of gov-info-annual-report@2021",
                " ('总计' is ambiguous: it names 'ReconsiderationTotal' (行政复议 › 总计) and 'DirectSuitTotal' (行政诉讼 › 未经复议直接起诉 › 总计) and 'SuitAfterReconsiderationTotal' (行政诉讼 › 复议后起诉 › 总计); use the column path or id)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_cell_needs_a_leaf_row_not_a_group()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return table.GetCell({|#0:\"Outcomes\"|}, \"Total\");"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0,
                "Row", "Outcomes", "table 收到和处理政府信息公开申请情况 (Applications) of gov-info-annual-report@2021",
                " ('Outcomes' is a row group, which holds no figures; name one of its leaves)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Reading_results_are_checked_too()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportParser.Parse(\"\").PresenceOf({|#0:\"Aplications\"|});"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0,
                "Table", "Aplications", "schema gov-info-annual-report@2021", " (did you mean 'Applications', 收到和处理政府信息公开申请情况?)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_row_of_an_unknown_table_is_left_to_the_table_diagnostic()
        {
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Row({|#0:\"Applicatons\"|}, \"NoSuchRow\");"));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Without_the_schema_among_the_additional_files_or_a_reference_nothing_is_checked()
            => await new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table(\"Aplications\");"), withSchema: false, model: ModelPlacement.Source).RunAsync();

        [Fact]
        public async Task The_schema_embedded_in_a_referenced_assembly_drives_the_analyzers_without_a_yaml_file()
        {
            // The model is a referenced assembly built by the generator: it carries [assembly: EmbeddedSchema(...)].
            var test = new SchemaAnalyzerTest<SchemaKeyAnalyzer>(Wrap("return AnnualReportSchema.Table({|#0:\"Aplications\"|});"), withSchema: false);
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.UnknownSchemaKey, 0,
                "Table", "Aplications", "schema gov-info-annual-report@2021", " (did you mean 'Applications', 收到和处理政府信息公开申请情况?)"));
            await test.RunAsync();
        }

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
