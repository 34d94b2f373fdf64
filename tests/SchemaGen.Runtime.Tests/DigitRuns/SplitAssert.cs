using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    internal static class SplitAssert
    {
        /// <summary>The split is unique and reads exactly these figures (null for a cell that holds none).</summary>
        public static void Unique(RunSplitResult result, params decimal?[] expected)
        {
            Assert.True(result.IsUnique, $"expected one reading, got {result.Status}: {Describe(result)}");
            Assert.Equal(expected, result.Reading!.Figures());
        }

        /// <summary>The candidates, as "a | b | c" strings, in the order the splitter lists them.</summary>
        public static string[] Candidates(RunSplitResult result) => result.Candidates.Select(c => c.ToString()).ToArray();

        public static string[] UsedNames(RunSplitResult result) => result.UsedConstraints.Select(c => c.Name).ToArray();

        public static string Describe(RunSplitResult result)
            => $"{result.Status}, {result.CandidateCount} candidates [{string.Join("; ", Candidates(result))}], structural {result.StructuralCount}, work {result.Work}";
    }
}
