using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using SchemaGen.Docs.Tests.Support;
using SchemaGen.Schema.Model;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Docs.Tests
{
    /// <summary>
    /// The pages as headless Chromium renders them: the DOM it builds has the official structure, the spans it lays
    /// out line up, and a screenshot per page lands in TestResults/docs-screenshots/ beside the test binaries.
    /// </summary>
    public class ChromiumTests
    {
        private readonly ITestOutputHelper _output;

        public ChromiumTests(ITestOutputHelper output) => _output = output;

        private static GeneratedDocs Docs => GeneratedDocs.Shared;

        /// <summary>A copy of a page with the probe script, kept out of the docs folder (whose pages must stay script-free).</summary>
        private static string ProbeCopyOf(string page)
        {
            string html = Docs.Read(page);
            string copy = Path.Combine(Repo.NewTempDirectory("probe"), Path.GetFileName(page));
            File.WriteAllText(copy, html.Replace("</body>", GeometryChecker.ProbeScript + "</body>"));
            return copy;
        }

        [ChromiumTheory]
        [InlineData("gov-info-annual-report-2019.yaml")]
        [InlineData("gov-info-annual-report-2021.yaml")]
        public void Browser_dom_has_the_official_structure_and_spans_line_up(string schemaFile)
        {
            SchemaDocument schema = Docs.Schemas.Single(s => Path.GetFileName(s.Path) == schemaFile);
            string dom = Chromium.DumpDom(ProbeCopyOf(GeneratedDocs.PageOf(schema)));
            var document = new HtmlParser().ParseDocument(dom);
            foreach (TableSpec table in schema.Tables)
            {
                var element = LayoutChecker.Find(document, schema, table.Id);
                LayoutChecker.Check(element, table);
                GeometryChecker.Check(element, schema.Key + " " + table.Id);
            }

            // Spot checks in pixels: 法人或其他组织 is exactly as wide as its five columns; 三、本年度办理结果 as tall as its rows.
            var applications = LayoutChecker.Find(document, schema, "Applications");
            var legal = GeometryChecker.BoxOf(applications.QuerySelector("th[data-path='LegalPersons']")!);
            var business = GeometryChecker.BoxOf(applications.QuerySelector("td[data-row='NewlyReceived'][data-column='Business']")!);
            var other = GeometryChecker.BoxOf(applications.QuerySelector("td[data-row='NewlyReceived'][data-column='OtherOrganisation']")!);
            Assert.InRange(legal.Left, business.Left - 1.5, business.Left + 1.5);
            Assert.InRange(legal.Right, other.Right - 1.5, other.Right + 1.5);
            var outcomes = GeometryChecker.BoxOf(applications.QuerySelector("th[data-path='Outcomes']")!);
            var granted = GeometryChecker.BoxOf(applications.QuerySelector("td[data-row='Outcomes.Granted'][data-column='Total']")!);
            var total = GeometryChecker.BoxOf(applications.QuerySelector("td[data-row='Outcomes.Total'][data-column='Total']")!);
            Assert.InRange(outcomes.Top, granted.Top - 1.5, granted.Top + 1.5);
            Assert.InRange(outcomes.Bottom, total.Bottom - 1.5, total.Bottom + 1.5);
        }

        [ChromiumFact]
        public void Comparison_page_renders_both_versions()
        {
            string dom = Chromium.DumpDom(ProbeCopyOf("compare-gov-info-annual-report-2019-2021.html"));
            var document = new HtmlParser().ParseDocument(dom);
            foreach (SchemaDocument schema in Docs.Schemas)
                foreach (TableSpec table in schema.Tables)
                {
                    var element = LayoutChecker.Find(document, schema, table.Id);
                    LayoutChecker.Check(element, table);
                    GeometryChecker.Check(element, "comparison " + schema.Key + " " + table.Id);
                }
        }

        [ChromiumTheory]
        [InlineData("gov-info-annual-report-2019.html")]
        [InlineData("gov-info-annual-report-2021.html")]
        [InlineData("compare-gov-info-annual-report-2019-2021.html")]
        public void Screenshot_per_page(string page)
        {
            Directory.CreateDirectory(Repo.ScreenshotDirectory);
            string name = Path.GetFileNameWithoutExtension(page);
            string viewport = Path.Combine(Repo.ScreenshotDirectory, name + ".png");
            Chromium.Screenshot(Docs.PathOf(page), viewport, 1400, 2400);
            AssertPng(viewport, 1400, 2400);

            // The whole page too, at the height the browser laid it out (capped).
            string dom = Chromium.DumpDom(ProbeCopyOf(page));
            int height = int.Parse(new HtmlParser().ParseDocument(dom).DocumentElement.GetAttribute("data-page-height")!, CultureInfo.InvariantCulture);
            height = Math.Clamp(height, 2400, 16000);
            string full = Path.Combine(Repo.ScreenshotDirectory, name + "-full.png");
            Chromium.Screenshot(Docs.PathOf(page), full, 1400, height);
            AssertPng(full, 1400, height);
            _output.WriteLine($"screenshots: {viewport} and {full}");
        }

        private static void AssertPng(string path, int width, int height)
        {
            byte[] bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 30_000, $"{path} is only {bytes.Length} bytes: the page probably rendered blank");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes.Take(8).ToArray());
            int BigEndian(int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
            Assert.Equal(width, BigEndian(16));
            Assert.Equal(height, BigEndian(20));
        }
    }
}
