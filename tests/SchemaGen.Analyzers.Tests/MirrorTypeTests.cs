using System.Threading.Tasks;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2006: hand-written [SchemaTable] types whose members do not match the table.</summary>
    public class MirrorTypeTests
    {
        private const string Usings = """
            using SchemaGen.Formats.V2021;
            using SchemaGen.Runtime;

            """;

        [Fact]
        public async Task Missing_and_extra_columns_are_reported_with_labels()
        {
            var test = new SchemaAnalyzerTest<MirrorTypeAnalyzer>(Usings + """
                [SchemaTable("gov-info-annual-report@2021", "Applications", Mirrors = SchemaMirror.Columns)]
                public sealed class {|#0:ApplicantFigures|}
                {
                    public int? NaturalPerson { get; set; }
                    public int? Business { get; set; }
                    public int? Research { get; set; }
                    public int? PublicInterest { get; set; }
                    public int? LegalService { get; set; }
                    public int? OtherOrganisation { get; set; }
                    public int? {|#1:Totals|} { get; set; }
                    private int helper;
                }
                """);
            const string what = "the columns of table 收到和处理政府信息公开申请情况 (Applications) of gov-info-annual-report@2021";
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.MirrorMismatch, 0, "ApplicantFigures", what, "it lacks 总计 (Total)"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.MirrorMismatch, 1, "ApplicantFigures", what,
                "'Totals' is not a leaf column of the table (did you mean 'Total'?)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_table_the_schema_does_not_have_is_reported_on_the_attribute()
        {
            var test = new SchemaAnalyzerTest<MirrorTypeAnalyzer>(Usings + """
                [{|#0:SchemaTable("gov-info-annual-report@2021", "Aplications")|}]
                public sealed class Draft
                {
                }
                """);
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.MirrorMismatch, 0, "Draft", "table 'Aplications' of gov-info-annual-report@2021",
                "the schema has no such table (did you mean 'Applications'?)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_schema_key_no_loaded_schema_has_is_reported()
        {
            var test = new SchemaAnalyzerTest<MirrorTypeAnalyzer>(Usings + """
                [{|#0:SchemaTable("gov-info-annual-report@2022", "Fees", Mirrors = SchemaMirror.Columns)|}]
                public sealed class Draft
                {
                    public decimal? Amount { get; set; }
                }
                """);
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.MirrorMismatch, 0, "Draft", "table 'Fees' of 'gov-info-annual-report@2022'",
                "no loaded schema has the key 'gov-info-annual-report@2022' (did you mean 'gov-info-annual-report@2021'?)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_complete_mirror_passes()
            => await new SchemaAnalyzerTest<MirrorTypeAnalyzer>(Usings + """
                [SchemaTable("gov-info-annual-report@2021", "Appeals")]
                public sealed class AppealsDraft
                {
                    public AppealsTable.Row Cases { get; set; } = new AppealsTable.Row();
                    internal string? Notes { get; set; }
                    public override string ToString() => "draft";
                }

                [SchemaTable("gov-info-annual-report@2021", "Fees", Mirrors = SchemaMirror.Columns)]
                public sealed record FeeFigures(decimal? Amount);
                """).RunAsync();

        [Theory]
        [InlineData(ModelPlacement.Source)]
        [InlineData(ModelPlacement.Reference)]
        internal async Task The_fix_adds_missing_rows_with_the_generated_row_and_group_types(ModelPlacement model)
        {
            var test = new SchemaCodeFixTest<MirrorTypeAnalyzer, MirrorMembersCodeFixProvider>(Usings + """
                [SchemaTable("gov-info-annual-report@2021", "Applications")]
                public sealed class {|#0:ApplicationsDraft|}
                {
                    public ApplicationsTable.Row NewlyReceived { get; set; } = new ApplicationsTable.Row();
                }
                """, Usings + """
                [SchemaTable("gov-info-annual-report@2021", "Applications")]
                public sealed class ApplicationsDraft
                {
                    public ApplicationsTable.Row NewlyReceived { get; set; } = new ApplicationsTable.Row();
                    public ApplicationsTable.Row CarriedOver { get; set; } = new ApplicationsTable.Row();
                    public ApplicationsTable.OutcomesGroup Outcomes { get; set; } = new ApplicationsTable.OutcomesGroup();
                    public ApplicationsTable.Row CarriedForward { get; set; } = new ApplicationsTable.Row();
                }
                """, model);
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.MirrorMismatch, 0));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_fix_adds_missing_cells_as_int_or_decimal()
        {
            var test = new SchemaCodeFixTest<MirrorTypeAnalyzer, MirrorMembersCodeFixProvider>(Usings + """
                [SchemaTable("gov-info-annual-report@2021", "Regulations", Mirrors = SchemaMirror.Columns)]
                public sealed class {|#0:RegulationFigures|}
                {
                    public int? Issued { get; set; }
                }

                [SchemaTable("gov-info-annual-report@2021", "Fees", Mirrors = SchemaMirror.Columns)]
                public sealed class {|#1:FeeFigures|}
                {
                }
                """, Usings + """
                [SchemaTable("gov-info-annual-report@2021", "Regulations", Mirrors = SchemaMirror.Columns)]
                public sealed class RegulationFigures
                {
                    public int? Issued { get; set; }
                    public int? Repealed { get; set; }
                    public int? InForce { get; set; }
                }

                [SchemaTable("gov-info-annual-report@2021", "Fees", Mirrors = SchemaMirror.Columns)]
                public sealed class FeeFigures
                {
                    public decimal? Amount { get; set; }
                }
                """);
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.MirrorMismatch, 0));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.MirrorMismatch, 1));
            await test.RunAsync();
        }
    }
}
