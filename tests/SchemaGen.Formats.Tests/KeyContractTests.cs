using System;
using SchemaGen.Formats.V2021;
using SchemaGen.Runtime.Descriptors;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// The key contract at run time (SchemaKeys): every string-keyed lookup of the generated 2021 code accepts the same
    /// keys, and one it does not accept is an ArgumentException naming the key and the closest valid keys, never a LINQ
    /// exception. The compile-time side (SG2004) is tested with the same keys in the analyzer and package tests.
    /// </summary>
    public class KeyContractTests
    {
        [Theory]
        [InlineData("Outcomes.Withheld.StateSecret", "Total")]
        [InlineData("StateSecret", "总计")]
        [InlineData("1.属于国家秘密", "合计")]
        [InlineData("屬於國家秘密", "總計")]
        public void A_cell_is_found_by_every_key_form(string row, string column)
        {
            var table = new ApplicationsTable();
            table.SetCell(row, column, 5);
            Assert.Equal(5, table.Outcomes.Withheld.StateSecret.Total);
            Assert.Equal(5m, table.GetCell(row, column));
        }

        [Fact]
        public void An_unknown_table_names_the_closest_keys()
        {
            var error = Assert.Throws<ArgumentException>(() => AnnualReportParser.Parse("").PresenceOf("Aplications"));
            Assert.Contains("has no table 'Aplications' (did you mean 'Applications'", error.Message);
            Assert.Equal("id", error.ParamName);
        }

        [Fact]
        public void An_ambiguous_label_says_which_elements_it_names()
        {
            var error = Assert.Throws<ArgumentException>(() => AnnualReportSchema.Column("Appeals", "总计"));
            Assert.Contains("'总计' is ambiguous: it names 'ReconsiderationTotal'", error.Message);
        }

        [Fact]
        public void A_cell_needs_leaves_not_groups()
        {
            var error = Assert.Throws<ArgumentException>(() => new ApplicationsTable().GetCell("Outcomes", "Total"));
            Assert.Contains("'Outcomes' is the row group 'Outcomes', which holds no figures", error.Message);
        }

        [Fact]
        public void Unknown_rows_sections_and_invariants_name_the_closest_keys()
        {
            Assert.Contains("did you mean 'NewlyReceived'", Assert.Throws<ArgumentException>(() => AnnualReportSchema.Row("Applications", "NewlyRecieved")).Message);
            Assert.Contains("did you mean 'Overview'", Assert.Throws<ArgumentException>(() => AnnualReportSchema.Section("Overveiw")).Message);
            Assert.Contains("has no invariant", Assert.Throws<ArgumentException>(() => AnnualReportSchema.Descriptor.Invariant("no-such-rule")).Message);
            Assert.Throws<ArgumentException>(() => AnnualReportParser.Parse("").Reading.TextOf("Overveiw"));
        }

        [Fact]
        public void The_descriptor_and_the_index_agree_on_canonical_names()
        {
            TableDescriptor applications = AnnualReportSchema.Table("收到和處理政府信息公開申請情況");
            Assert.Equal("Applications", applications.Id);
            Assert.Equal("Outcomes.Withheld.StateSecret", applications.FindRow("StateSecret")!.Path);
            Assert.Null(applications.FindRow("no such row"));
            Assert.Equal(KeyMatchKind.Ambiguous, AnnualReportSchema.Table("Appeals").ColumnKeys.Resolve("總計").Kind);
        }
    }
}
