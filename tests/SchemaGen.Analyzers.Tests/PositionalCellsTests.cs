using System.Threading.Tasks;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2007: figures passed to a generated row's constructor by position.</summary>
    public class PositionalCellsTests
    {
        private static string Wrap(string body) => $$"""
            using SchemaGen.Formats.V2021;

            class Rows
            {
                object Make()
                {
                    {{body}}
                }
            }
            """;

        [Fact]
        public async Task Positional_figures_warn_and_the_fix_names_every_argument()
        {
            var test = new SchemaCodeFixTest<PositionalCellsAnalyzer, NameCellArgumentsCodeFixProvider>(
                Wrap("return {|#0:new ApplicationsTable.Row(3, 1, 0, 0, 0, 0, 4)|};"),
                Wrap("return new ApplicationsTable.Row(naturalPerson: 3, business: 1, research: 0, publicInterest: 0, legalService: 0, otherOrganisation: 0, total: 4);"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.PositionalCells, 0, "ApplicationsTable.Row", 7, "naturalPerson: …, business: …, …"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_mix_of_positional_and_named_figures_warns_for_the_positional_ones()
        {
            var test = new SchemaCodeFixTest<PositionalCellsAnalyzer, NameCellArgumentsCodeFixProvider>(
                Wrap("return {|#0:new ApplicationsTable.Row(3, 1, research: 0, publicInterest: 0, legalService: 0, otherOrganisation: 0, total: 4)|};"),
                Wrap("return new ApplicationsTable.Row(naturalPerson: 3, business: 1, research: 0, publicInterest: 0, legalService: 0, otherOrganisation: 0, total: 4);"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.PositionalCells, 0, "ApplicationsTable.Row", 2, "naturalPerson: …, business: …, …"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("return new ApplicationsTable.Row(naturalPerson: 3, business: 1, research: 0, publicInterest: 0, legalService: 0, otherOrganisation: 0, total: 4);")]
        [InlineData("return new ApplicationsTable.Row();")]
        [InlineData("return new ApplicationsTable.Row { NaturalPerson = 3 };")]
        [InlineData("return new System.Tuple<int, int>(1, 2);")] // not a generated row
        public Task Named_figures_and_other_constructors_pass(string body)
            => new SchemaAnalyzerTest<PositionalCellsAnalyzer>(Wrap(body)).RunAsync();
    }
}
