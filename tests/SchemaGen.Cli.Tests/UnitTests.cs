using System.Text;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Cli.Output;
using SchemaGen.Formats;
using SchemaGen.Runtime.Validation;
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
            Assert.True(TextFallbackReader.TryDecode(bytes, out string text, out _));
            Assert.Equal("三、收到和处理政府信息公开申请情况", text);
        }

        [Fact]
        public void Binary_content_is_not_a_report()
        {
            Assert.False(TextFallbackReader.TryDecode(new byte[] { 1, 0, 2 }, out _, out string? problem));
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
            var inForce = FormatCatalog.Find("2021")!.Descriptor.Invariant("in-force-across-years");
            Assert.Equal(new[] { "InForce" }, AcrossYearsRules.PreviousYearReferences(inForce));
            var carry = FormatCatalog.Find("2021")!.Descriptor.Invariant("carry-over-across-years");
            var cells = AcrossYearsRules.PreviousYearCells(carry, FormatCatalog.Find("2021")!.Descriptor.Table("Applications"));
            Assert.Equal(7, cells.Count);
            Assert.All(cells, c => Assert.Equal("CarriedForward", c.Row));
        }

        [Fact]
        public void Every_rule_has_a_distinct_id_and_a_help_link()
        {
            Assert.Equal(CheckerRules.All.Count, new System.Collections.Generic.HashSet<string>(System.Linq.Enumerable.Select(CheckerRules.All, r => r.Id)).Count);
            Assert.All(CheckerRules.All, r => Assert.StartsWith("https://", r.HelpUri));
            Assert.Equal(FindingSeverity.Error, CheckerRules.Find("SG3003").Level);
            Assert.Equal(FindingSeverity.Warning, CheckerRules.Find("SG3004").Level);
            Assert.Equal(FindingSeverity.Warning, CheckerRules.Find("in-force-across-years").Level);
        }
    }
}

namespace SchemaGen.Cli.Tests
{
    using System.Collections.Generic;
    using System.Linq;
    using SchemaGen.Runtime.Reading;
    using V2021 = SchemaGen.Formats.V2021;

    public class PresenceFindingTests
    {
        /// <summary>A reading in which every table is missing and the reader said nothing about it.</summary>
        private static CheckedReport Silent(TablePresence presence)
        {
            var schema = FormatCatalog.Find("2021")!.Descriptor;
            var reading = new ReportReading(schema,
                schema.Sections.Select(s => new SectionReading(s.Id, true, 10, "")).ToArray(),
                schema.Tables.Select(t => new TableReading(t.Id, presence, 0, new Dictionary<(string, string), CellReading>())).ToArray(),
                new ReadDiagnostic[0]);
            var report = V2021.AnnualReportParser.FromReading(reading);
            return new CheckedReport(FormatCatalog.Find("2021")!, reading, report, V2021.AnnualReportValidator.Validate(report));
        }

        [Fact]
        public void Presence_findings_are_made_from_table_presence_when_the_reader_gave_none()
        {
            var choice = new FormatChoice(FormatCatalog.Find("2021")!, 0.9, false, new string[0], "2021");
            FileCheckResult result = CheckRunner.FromCheckedReport("r.txt", choice, Silent(TablePresence.Missing));
            Assert.Equal(6, result.Findings.Count);
            Assert.All(result.Findings, f => Assert.Equal(("SG3003", FindingSeverity.Error, 10), (f.RuleId, f.Level, f.Line!.Value)));
            Assert.Contains(result.Findings, f => f.Message == "table 三 is missing: the format requires it (a statutory defect)");
            Assert.Contains(result.Findings, f => f.Message == "table 二 第二十条第（一）项 规章和行政规范性文件 is missing: the format requires it (a statutory defect)");
            // Blank tables are not validated: no not-assessable warnings on top of the missing tables.
            Assert.DoesNotContain(result.Findings, f => f.Origin == FindingOrigin.Validation);
        }

        [Fact]
        public void An_empty_table_is_a_warning()
        {
            var choice = new FormatChoice(FormatCatalog.Find("2021")!, 0.9, false, new string[0], "2021");
            FileCheckResult result = CheckRunner.FromCheckedReport("r.txt", choice, Silent(TablePresence.Empty));
            Assert.All(result.Findings, f => Assert.Equal(("SG3004", FindingSeverity.Warning), (f.RuleId, f.Level)));
            Assert.All(result.Tables, t => Assert.Equal(TablePresence.Empty, t.Presence));
        }
    }
}

namespace SchemaGen.Cli.Tests
{
    using System.Globalization;
    using SchemaGen.Cli.Tests.Support;

    public class CultureTests
    {
        [Fact]
        public void Text_output_does_not_depend_on_the_current_culture()
        {
            string invariant = CliHarness.Run("check", Repo.Seeds).Out;
            string invariantCompare = CliHarness.Run("compare", Repo.Seed("003"), Repo.Seed("001")).Out;
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                // fi-FI writes a decimal comma and a Unicode minus sign.
                CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
                Assert.Equal(invariant, CliHarness.Run("check", Repo.Seeds).Out);
                Assert.Equal(invariantCompare, CliHarness.Run("compare", Repo.Seed("003"), Repo.Seed("001")).Out);
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
