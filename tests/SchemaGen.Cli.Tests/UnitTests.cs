using System.IO;
using System.Linq;
using System.Text;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Cli.Output;
using SchemaGen.Formats;
using SchemaGen.Runtime.Documents;
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
        public void Reports_in_GB18030_are_read_as_text()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            byte[] bytes = Encoding.GetEncoding(54936).GetBytes("三、收到和处理政府信息公开申请情况");
            InputChoice choice = InputReaders.Default.Choose(bytes, "report.txt", null);
            Assert.Equal(DocumentKind.Text, choice.Kind);
            Document document = choice.Reader!.Read(bytes, "report.txt");
            Assert.Equal("三、收到和处理政府信息公开申请情况", Assert.IsType<TextBlock>(Assert.Single(document.Blocks)).Text);
        }

        [Fact]
        public void Utf8_text_without_a_byte_order_mark_is_read_without_a_note()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("三、收到和处理政府信息公开申请情况\n");
            Document document = InputReaders.Default.Choose(bytes, "report.txt", null).Reader!.Read(bytes, "report.txt");
            Assert.Equal("三、收到和处理政府信息公开申请情况", Assert.IsType<TextBlock>(document.Blocks[0]).Text);
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void Binary_content_is_not_a_report()
        {
            byte[] bytes = { 1, 0, 2, 0, 0, 7 };
            Document document = InputReaders.Default.Choose(bytes, "report.txt", null).Reader!.Read(bytes, "report.txt");
            Assert.Empty(document.Blocks);
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal("SG3050", note.Id);
            Assert.Contains("NUL", note.Message);
        }

        [Fact]
        public void A_directory_scan_skips_markdown_notes_but_a_named_markdown_report_is_read()
        {
            string dir = Directory.CreateTempSubdirectory("schemagen-scan-").FullName;
            try
            {
                File.WriteAllText(Path.Combine(dir, "a.txt"), "x");
                File.WriteAllText(Path.Combine(dir, "README.md"), "# notes");
                ExpandedInputs scanned = ReportInputs.Expand(new[] { dir }, InputReaders.Default);
                Assert.Equal(new[] { "a.txt" }, scanned.Inputs.Select(i => Path.GetFileName(i.Path)));
                Assert.Equal(".md", Assert.Single(Assert.Single(scanned.Skipped).Extensions));
                string named = Path.Combine(dir, "README.md");
                Assert.Equal(named, Assert.Single(ReportInputs.Expand(new[] { named }, InputReaders.Default).Inputs).Path);
                Assert.Equal(DocumentKind.Text, InputReaders.Default.KindOfFileName(named));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
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
            // Where each link leads (a page that exists) is HelpLinkTests' business; here, that each names its own page.
            Assert.All(CheckerRules.All, r => Assert.EndsWith("/docs/diagnostics/" + r.Id + ".md", r.HelpUri));
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
