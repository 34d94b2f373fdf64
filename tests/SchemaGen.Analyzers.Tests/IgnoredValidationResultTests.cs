using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    /// <summary>SG2005: validation results computed and dropped.</summary>
    public class IgnoredValidationResultTests
    {
        private static string Wrap(string body) => $$"""
            using System.Threading.Tasks;
            using SchemaGen.Formats.V2021;
            using SchemaGen.Runtime.Validation;

            class Checks
            {
                async Task<bool> Check(AnnualReport report)
                {
                    {{body}}
                }

                static Task<ValidationResult> ValidateLaterAsync(AnnualReport report) => Task.FromResult(AnnualReportValidator.Validate(report));
            }
            """;

        [Fact]
        public async Task A_discarded_result_warns()
        {
            var test = new SchemaAnalyzerTest<IgnoredValidationResultAnalyzer>(Wrap("""
                {|#0:AnnualReportValidator.Validate(report)|};
                        {|#1:await ValidateLaterAsync(report)|};
                        {|#2:await ValidateLaterAsync(report).ConfigureAwait(false)|};
                        return true;
                """));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.IgnoredValidationResult, 0, "AnnualReportValidator.Validate"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.IgnoredValidationResult, 1, "Checks.ValidateLaterAsync"));
            test.ExpectedDiagnostics.Add(Expect.Id(SchemaGenRules.IgnoredValidationResult, 2));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_result_kept_in_a_local_that_is_never_read_warns()
        {
            var test = new SchemaAnalyzerTest<IgnoredValidationResultAnalyzer>(Wrap("""
                var result = {|#0:AnnualReportValidator.Validate(report)|};
                        ValidationResult later = {|#1:await ValidateLaterAsync(report)|};
                        later = AnnualReportValidator.Validate(report);
                        return true;
                """));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.IgnoredValidationResult, 0, "AnnualReportValidator.Validate"));
            test.ExpectedDiagnostics.Add(Expect.Message(SchemaGenRules.IgnoredValidationResult, 1, "Checks.ValidateLaterAsync"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("var result = AnnualReportValidator.Validate(report); System.Console.WriteLine(result); return true;")]
        [InlineData("return AnnualReportValidator.Validate(report).IsValid;")]
        [InlineData("var result = AnnualReportValidator.Validate(report.Applications); return result.IsValid;")]
        [InlineData("_ = AnnualReportValidator.Validate(report); return true;")]
        [InlineData("var pending = ValidateLaterAsync(report); return (await pending).IsValid;")]
        public Task Results_that_are_used_or_explicitly_discarded_pass(string body)
            => new SchemaAnalyzerTest<IgnoredValidationResultAnalyzer>(Wrap(body)).RunAsync();

        [Fact]
        public async Task The_rule_can_be_turned_off_in_editorconfig()
        {
            var test = new SchemaAnalyzerTest<IgnoredValidationResultAnalyzer>(Wrap("AnnualReportValidator.Validate(report); return true;"));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", SourceText.From("""
                root = true

                [*.cs]
                dotnet_diagnostic.SG2005.severity = none
                """)));
            await test.RunAsync();
        }
    }
}
