using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using Xunit;
using CorpusApi = SchemaGen.Corpus.Corpus;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// Text in the order a PDF draws it (pdftotext without -layout) prints section 二's row labels block by block and all
    /// the section's figures after the last block. The blocks before the last hold figures, just not beside their labels:
    /// each gets one finding saying so (SG3005), not also "is there but holds no figures" (SG3004), which was wrong.
    /// </summary>
    public sealed class RawOrderPresenceTests
    {
        [Theory]
        [InlineData("2019", 141176044)]
        [InlineData("2021", 143083819)]
        [InlineData("2021", 7)]
        public void Each_block_of_a_section_in_drawing_order_has_one_finding_that_its_figures_cannot_be_placed(string version, int seed)
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.All.First(f => f.Version == version), seed, Shapes.RawOrderText);
            FileCheckResult result = new CheckRunner().Check("raw-order.txt", report.Text!);

            var sectionTwo = result.Findings.Where(f => f.SectionNumber == "二" && f.RuleId is "SG3004" or "SG3005").ToList();
            Assert.NotEmpty(sectionTwo);
            Assert.DoesNotContain(sectionTwo, f => f.RuleId == "SG3004");
            var perTable = sectionTwo.GroupBy(f => f.Table).ToList();
            Assert.True(perTable.Count >= 3, $"{perTable.Count} tables of section 二 reported: {string.Join(", ", perTable.Select(g => g.Key))}");
            Assert.All(perTable, table => Assert.Single(table));
            Assert.Contains(sectionTwo, f => f.Message.Contains("the section's figures follow its last table"));
        }
    }
}
