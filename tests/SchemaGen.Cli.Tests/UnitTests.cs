using System.Text;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Cli.Output;
using SchemaGen.Formats;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    public class UnitTests
    {
        [Theory]
        [InlineData("abc", 3)]
        [InlineData("总计", 4)]
        [InlineData("（一）予以公开", 14)]
        [InlineData("四、结转下年度继续办理 × 自然人", 31)]
        public void Display_width_counts_CJK_as_two_columns(string text, int width)
            => Assert.Equal(width, DisplayWidth.Of(text));

        [Fact]
        public void Text_tables_line_up_by_display_width()
        {
            var table = new TextTable("a", "n").AlignRight(1);
            table.Add("自然人", "1");
            table.Add("x", "22");
            var writer = new System.IO.StringWriter { NewLine = "\n" };
            table.WriteTo(writer);
            Assert.Equal("a        n\n------  --\n自然人   1\nx       22\n", writer.ToString());
        }

        [Fact]
        public void Reports_in_GB18030_are_decoded()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            byte[] bytes = Encoding.GetEncoding(54936).GetBytes("三、收到和处理政府信息公开申请情况");
            Assert.True(ReportTextLoader.TryDecode(bytes, out string text, out _));
            Assert.Equal("三、收到和处理政府信息公开申请情况", text);
        }

        [Fact]
        public void Binary_content_is_not_a_report()
        {
            Assert.False(ReportTextLoader.TryDecode(new byte[] { 1, 0, 2 }, out _, out string? problem));
            Assert.Contains("NUL", problem);
        }

        [Theory]
        [InlineData("tests/fixtures/seeds/001.txt", "tests/fixtures/seeds/001.txt")]
        [InlineData("reports/年报 2021.txt", "reports/%E5%B9%B4%E6%8A%A5%202021.txt")]
        [InlineData("/data/x.txt", "file:///data/x.txt")]
        public void Sarif_uris(string path, string uri) => Assert.Equal(uri, SarifWriter.Uri(path));

        [Fact]
        public void Cross_year_rules_name_what_they_read_from_last_year()
        {
            var inForce = FormatCatalog.V2021.Descriptor.Invariant("in-force-across-years");
            Assert.Equal(new[] { "InForce" }, AcrossYearsRules.PreviousYearReferences(inForce));
            var carry = FormatCatalog.V2021.Descriptor.Invariant("carry-over-across-years");
            var cells = AcrossYearsRules.PreviousYearCells(carry, FormatCatalog.V2021.Descriptor.Table("Applications"));
            Assert.Equal(7, cells.Count);
            Assert.All(cells, c => Assert.Equal("CarriedForward", c.Row));
        }

        [Fact]
        public void Every_rule_has_a_distinct_id_and_a_help_link()
        {
            Assert.Equal(CheckerRules.All.Count, new System.Collections.Generic.HashSet<string>(System.Linq.Enumerable.Select(CheckerRules.All, r => r.Id)).Count);
            Assert.All(CheckerRules.All, r => Assert.StartsWith("https://", r.HelpUri));
            Assert.Equal(FindingLevel.Error, CheckerRules.Find("SG3003").Level);
            Assert.Equal(FindingLevel.Warning, CheckerRules.Find("SG3004").Level);
            Assert.Equal(FindingLevel.Warning, CheckerRules.Find("in-force-across-years").Level);
        }
    }
}
