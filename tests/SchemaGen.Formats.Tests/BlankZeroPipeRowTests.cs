using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Reading;
using Xunit;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Seed 001's pipe table mixes rows with a group and a leaf label (group | leaf | 7 figures | padding) and rows with
    /// one label (label | 7 figures | two empty cells): both ten cells wide, but not aligned. Where an agency leaves its
    /// zeros blank, a one-label row's first cells are empty and look like the two-label rows' label columns; read by
    /// position, its 总计 of 1 would land in another applicant's column. The figures must stay in the columns they count.
    /// </summary>
    public class BlankZeroPipeRowTests
    {
        private const string Stated = "6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||";
        private static readonly string[] Columns = { "NaturalPerson", "Business", "Research", "PublicInterest", "LegalService", "OtherOrganisation", "Total" };

        [Theory]
        [InlineData("6.属于四类过程性信息 | | | | | | | 1 | ||", new[] { null, null, null, null, null, null, "1" })]
        [InlineData("6.属于四类过程性信息 | 1 | | | | | | 1 | ||", new[] { "1", null, null, null, null, null, "1" })]
        [InlineData("6.属于四类过程性信息 | | 1 | | | | | 1 | ||", new[] { null, "1", null, null, null, null, "1" })]
        public void A_one_label_row_with_its_zeros_left_blank_keeps_every_figure_in_its_column(string row, string?[] expected)
        {
            string seed = Fixtures.Seed("001");
            Assert.Contains(Stated, seed);
            TableReading table = V2021.AnnualReportParser.Parse(seed.Replace(Stated, row)).Reading.Table("Applications");

            decimal?[] read = Columns.Select(c => table.Amount("Outcomes.Withheld.ProcessInformation", c)).ToArray();
            Assert.Equal(expected.Select(e => e is null ? (decimal?)null : decimal.Parse(e, System.Globalization.CultureInfo.InvariantCulture)), read);
        }
    }
}
