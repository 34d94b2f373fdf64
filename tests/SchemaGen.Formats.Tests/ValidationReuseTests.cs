using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats.Detection;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// A generated validator hands each table's figures to the checks in one array per table and thread, filled anew for
    /// every report: a report's findings are its own, whatever the thread validated before or after it.
    /// </summary>
    public sealed class ValidationReuseTests
    {
        private static readonly string[] Seeds = { "000", "001", "002", "003", "004" };

        private static IReadOnlyList<Runtime.Validation.ValidationFinding> Validate(string seed)
        {
            Document document = TextDocument.Parse(Fixtures.Seed(seed));
            return FormatDetector.Detect(document).Format.Check(document).Validation.Findings;
        }

        private static string[] Describe(IReadOnlyList<Runtime.Validation.ValidationFinding> findings) => findings.Select(f => f.ToString()).ToArray();

        [Fact]
        public void Each_report_gets_its_own_findings_in_any_order_of_validation()
        {
            var forward = Seeds.ToDictionary(s => s, Validate);
            var described = forward.ToDictionary(p => p.Key, p => Describe(p.Value));
            // Findings with figures in them, for the figures of one report to show up in another's if they leaked.
            Assert.Contains(described.Values.SelectMany(f => f), f => f.StartsWith("error") && f.Contains("(expected"));

            var backward = new Dictionary<string, string[]>();
            foreach (string seed in Seeds.Reverse()) backward[seed] = Describe(Validate(seed));

            foreach (string seed in Seeds)
            {
                Assert.Equal(described[seed], backward[seed]);
                // The first round's findings, described again after the thread validated the others: unchanged.
                Assert.Equal(described[seed], Describe(forward[seed]));
            }
        }
    }
}
