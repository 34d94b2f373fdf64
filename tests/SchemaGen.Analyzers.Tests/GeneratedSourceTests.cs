using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>
    /// Every rule at once, with the generated model where a consuming project has it: generated sources in the same
    /// compilation (the generator's real output, thousands of lines). Nothing may be reported inside generated code,
    /// and hand-written code gets the same diagnostics as with the model in a referenced assembly.
    /// </summary>
    public class GeneratedSourceTests
    {
        private const string Broken = """
            using SchemaGen.Formats.V2021;
            using SchemaGen.Runtime;

            static class Broken
            {
                static ApplicationsTable Applications() => new ApplicationsTable
                {
                    NewlyReceived = { NaturalPerson = 17, Total = {|#0:20|} },
                    CarriedForward = { Business = {|#1:-1|} },
                };

                static void Add(ApplicationsTable table, int received)
                {
                    table.NewlyReceived.NaturalPerson += received;
                    {|#2:table.NewlyReceived.Total = table.NewlyReceived.NaturalPerson|};
                }

                static object Lookup() => AnnualReportSchema.Row("Applications", {|#3:"NewlyRecieved"|});

                static void Check(AnnualReport report)
                {
                    {|#4:AnnualReportValidator.Validate(report)|};
                }
            }

            [SchemaTable("gov-info-annual-report@2021", "Applications", Mirrors = SchemaMirror.Columns)]
            sealed class {|#5:ApplicantFigures|}
            {
                public int? NaturalPerson { get; set; }
            }
            """;

        private const string Correct = """
            using SchemaGen.Formats.V2021;
            using SchemaGen.Runtime;

            static class Correct
            {
                static ApplicationsTable Applications()
                {
                    var table = new ApplicationsTable
                    {
                        NewlyReceived = { NaturalPerson = 17, Business = 3, Total = 20 },
                        CarriedOver = new ApplicationsTable.Row(1, 0, 0, 0, 0, 0, 1),
                        Outcomes = { Granted = { NaturalPerson = 15, Business = 3 }, PartiallyGranted = { NaturalPerson = 2 } },
                    };
                    table.NewlyReceived.NaturalPerson += 1;
                    table.RecomputeTotals();
                    table.SetCell("CarriedForward", "NaturalPerson", 1m);
                    return table;
                }

                static bool Check(AnnualReport report) => AnnualReportValidator.Validate(report).IsValid && AnnualReportSchema.Table("Appeals") is not null;
            }

            [SchemaTable("gov-info-annual-report@2021", "Fees", Mirrors = SchemaMirror.Columns)]
            sealed class FeeFigures
            {
                public decimal? Amount { get; set; }
            }
            """;

        [Theory]
        [InlineData(ModelPlacement.Source)]
        [InlineData(ModelPlacement.Reference)]
        internal async Task Broken_code_gets_each_rule_once_and_generated_code_nothing(ModelPlacement model)
        {
            var test = new AllRulesTest(Broken, model);
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.BrokenInvariant, 0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.InvalidCellValue, 1));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.ManualTotal, 2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.UnknownSchemaKey, 3));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.IgnoredValidationResult, 4));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.MirrorMismatch, 5));
            await test.RunAsync();
        }

        [Theory]
        [InlineData(ModelPlacement.Source)]
        [InlineData(ModelPlacement.Reference)]
        internal Task Correct_code_gets_nothing(ModelPlacement model) => new AllRulesTest(Correct, model).RunAsync();
    }
}
