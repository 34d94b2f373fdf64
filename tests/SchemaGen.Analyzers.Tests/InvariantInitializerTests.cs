using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Analyzers.Analyzers;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Analyzers.Tests
{
    public class InvariantInitializerTests
    {
        private static DiagnosticResult SG2001(int location) => new DiagnosticResult(SchemaGenRules.BrokenInvariant).WithLocation(location);

        [Fact]
        public async Task Nested_initializer_whose_total_is_not_the_sum_of_its_parts_warns()
        {
            const string source = """
                using SchemaGen.Formats.V2021;

                class Report
                {
                    ApplicationsTable Build() => new ApplicationsTable { NewlyReceived = { NaturalPerson = {|#1:17|}, Total = {|#0:20|} } };
                }
                """;
            var test = new SchemaAnalyzerTest<InvariantInitializerAnalyzer>(source);
            test.ExpectedDiagnostics.Add(SG2001(0).WithLocation(1).WithArguments(
                "'applicant-total' (总计 is the sum of the applicant columns)",
                "row 一、本年新收政府信息公开申请数量 (NewlyReceived) of 收到和处理政府信息公开申请情况 (Applications)",
                "总计 (Total) 20 ≠ 自然人 (NaturalPerson) 17 (blank cells count as 0)",
                "17",
                "20"));
            await test.RunAsync();
        }
    }
}
