using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using Xunit;
using Xunit.Abstractions;
using DocsSupport = SchemaGen.Docs.Tests.Support;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// `check --format html` over the seeds, the real Hebei corpus and the real-shaped report whose 19 outcome rows leave
    /// 总计 blank (tests/fixtures/shapes/blank-totals-2019.txt), as headless Chromium renders it.
    /// </summary>
    public class HtmlReportTests
    {
        private static readonly string Corpus = Path.Combine(Repo.Root, "tests", "fixtures", "corpus");

        private static readonly string BlankTotals = Path.Combine(Repo.Root, "tests", "fixtures", "shapes", "blank-totals-2019.txt");

        /// <summary>Records script errors from the start, and after load the computed background of every figure cell and where each section landed.</summary>
        private const string ErrorProbe = "<script>window.__errors=[];addEventListener('error',function(e){window.__errors.push(String(e.message));});</script>";

        private const string LayoutProbe =
            "<script>(function(){for(const el of document.querySelectorAll('td.fig')){const st=getComputedStyle(el);el.setAttribute('data-bg',st.backgroundColor);el.setAttribute('data-shadow',st.boxShadow);el.setAttribute('data-font-style',st.fontStyle);}" +
            "for(const el of document.querySelectorAll('section')){el.setAttribute('data-top',String(Math.round(el.getBoundingClientRect().top)));}" +
            "document.documentElement.setAttribute('data-script-errors',String(window.__errors.length)+(window.__errors.length?': '+window.__errors.join(' | '):''));})();</script>";

        private readonly ITestOutputHelper _output;

        public HtmlReportTests(ITestOutputHelper output) => _output = output;

        private static readonly Lazy<(CliRun Run, string Page)> Report = new(() =>
        {
            string page = Path.Combine(DocsSupport.Repo.NewTempDirectory("html-report"), "report.html");
            return (CliHarness.Run("check", Repo.Seeds, Corpus, BlankTotals, "--format", "html", "--output", page), page);
        });

        /// <summary>The page as Chromium rendered it (probed for script errors, computed looks and section positions), dumped once for every browser test.</summary>
        private static readonly Lazy<IDocument> Rendered = new(() =>
        {
            (CliRun run, string page) = Report.Value;
            Assert.True(run.ExitCode == 1, run.ToString());
            string probed = Path.Combine(Path.GetDirectoryName(page)!, "probed.html");
            File.WriteAllText(probed, File.ReadAllText(page)
                .Replace("<head>", "<head>" + ErrorProbe)
                .Replace("</body>", DocsSupport.GeometryChecker.ProbeScript + LayoutProbe + "</body>"));
            return new HtmlParser().ParseDocument(DocsSupport.Chromium.DumpDom(probed));
        });

        private static SchemaDocument Schema(string version) => SchemaLoader.Load(File.ReadAllText(Repo.Schema(version)), Repo.Schema(version)).Document!;

        private static IElement SectionOf(IDocument document, string path)
            => document.QuerySelectorAll("section.report").Single(s => s.GetAttribute("data-file") == path);

        private static IElement TableIn(IElement section, string tableId)
            => section.QuerySelectorAll("table.layout").Single(t => t.GetAttribute("data-table") == tableId);

        [Fact]
        public void The_page_is_self_contained_without_scripts_or_anything_from_the_network()
        {
            (CliRun run, string page) = Report.Value;
            Assert.True(run.ExitCode == 1, run.ToString());
            string html = File.ReadAllText(page);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            var document = new HtmlParser().ParseDocument(html);
            Assert.Equal(18, document.QuerySelectorAll("section.report").Length);
            // Every cell of every drawn table says where its figure came from, in one of the documented words.
            var origins = document.QuerySelectorAll("td.fig").Select(td => td.GetAttribute("data-origin")).ToList();
            Assert.NotEmpty(origins);
            Assert.All(origins, o => Assert.Contains(o, new[] { "stated", "blank", "imputed", "prose", "unplaced", "absent" }));
            Assert.Contains("stated", origins);
            Assert.Contains("blank", origins);
            Assert.Contains("unplaced", origins);
            // The blank-totals report's computed totals, and the figures seeds 000 and 004 give only in their prose.
            Assert.Contains("imputed", origins);
            Assert.Contains("prose", origins);
            // Figures shown are the figures extracted: seed 001's stated cells, value for value.
            var extract = CliHarness.Run("extract", Repo.Seed("001")).Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
            Assert.Equal(extract, SectionOf(document, Repo.Seed("001")).QuerySelectorAll("td.fig.stated").Length);
            // The summary: files by version, findings by rule, the chart.
            Assert.Equal(new[] { ("2019", "5"), ("2021", "13") }, document.QuerySelectorAll("table.by-version tr").Skip(1).Select(r => (r.Children[0].TextContent, r.Children[1].TextContent)));
            Assert.NotNull(document.QuerySelector("table.by-rule tr[data-rule='outcome-total']"));
            Assert.NotNull(document.QuerySelector("svg.chart g.bar[data-rule='outcome-total'] rect.errors"));
        }

        [DocsSupport.ChromiumFact]
        public void In_chromium_seed_003_s_two_broken_cells_are_highlighted_where_they_are_and_spans_line_up()
        {
            IDocument document = Rendered.Value;
            Assert.Equal("0", document.DocumentElement.GetAttribute("data-script-errors"));

            // Seed 003 (a 2019 report): （七）总计 breaks outcome-total in 自然人 and 总计, and nowhere else.
            SchemaDocument schema2019 = Schema("2019");
            IElement seed003 = SectionOf(document, Repo.Seed("003"));
            IElement applications = TableIn(seed003, "Applications");
            DocsSupport.LayoutChecker.Check(applications, schema2019.Tables.Single(t => t.Id == "Applications"));
            DocsSupport.GeometryChecker.Check(applications, "seed 003 Applications");
            var broken = seed003.QuerySelectorAll("td.broken").ToList();
            Assert.Equal(new[] { ("Outcomes.Total", "NaturalPerson"), ("Outcomes.Total", "Total") }, broken.Select(td => (td.GetAttribute("data-row")!, td.GetAttribute("data-column")!)));
            foreach (IElement cell in broken)
            {
                Assert.Equal("47", cell.TextContent);
                Assert.Equal("outcome-total", cell.GetAttribute("data-broken"));
                string title = cell.GetAttribute("title")!;
                Assert.Contains("outcome-total (error)", title);
                Assert.Contains("expected 37, actual 47", title);
                // Drawn highlighted, under its column's header and beside its row's.
                Assert.Equal("rgb(255, 217, 214)", cell.GetAttribute("data-bg"));
                var box = DocsSupport.GeometryChecker.BoxOf(cell);
                var column = DocsSupport.GeometryChecker.BoxOf(applications.QuerySelector($"th[data-axis='column'][data-path='{cell.GetAttribute("data-column")}']")!);
                var row = DocsSupport.GeometryChecker.BoxOf(applications.QuerySelector("th[data-axis='row'][data-path='Outcomes.Total']")!);
                Assert.InRange(box.Left, column.Left - 1.5, column.Left + 1.5);
                Assert.InRange(box.Right, column.Right - 1.5, column.Right + 1.5);
                Assert.InRange(box.Top, row.Top - 1.5, row.Top + 1.5);
            }
            // The outcome rows that make up 总计 are marked as part of the broken rule, not as broken.
            Assert.NotEmpty(seed003.QuerySelectorAll("td.involved[data-row='Outcomes.Granted']"));
            // A stated cell is not drawn like a broken one; blank and unplaced cells each have their own look.
            string Background(string selector) => document.QuerySelector(selector)!.GetAttribute("data-bg")!;
            var looks = new[] { "td.fig.stated:not(.broken):not(.involved)", "td.fig.blank:not(.involved)", "td.fig.unplaced", "td.broken" }.Select(Background).ToList();
            Assert.Equal(looks.Count, looks.Distinct().Count());

            // Every drawn table of every report keeps the official spans.
            foreach (IElement section in document.QuerySelectorAll("section.report"))
                foreach (IElement table in section.QuerySelectorAll("table.layout"))
                {
                    SchemaDocument schema = table.GetAttribute("data-format")!.EndsWith("@2019", StringComparison.Ordinal) ? schema2019 : Schema("2021");
                    DocsSupport.LayoutChecker.Check(table, schema.Tables.Single(t => t.Id == table.GetAttribute("data-table")));
                }
            // The summary comes first on the page, though it is written last.
            int summaryTop = int.Parse(document.QuerySelector("#summary")!.GetAttribute("data-top")!, CultureInfo.InvariantCulture);
            Assert.All(document.QuerySelectorAll("section.report"), s => Assert.True(int.Parse(s.GetAttribute("data-top")!, CultureInfo.InvariantCulture) > summaryTop));
        }

        [DocsSupport.ChromiumFact]
        public void In_chromium_the_blank_totals_report_shows_its_imputed_totals_where_they_are_linked_to_the_one_warning()
        {
            // What check says the imputed cells and their values are (its JSON output), to find them drawn where they stand.
            var imputed = CliHarness.Run("check", BlankTotals, "--format", "json").Json().GetProperty("files")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("ruleId").GetString() == "SG3030").GetProperty("cells").EnumerateArray()
                .ToDictionary(c => c.GetProperty("row").GetString()!, c => (Column: c.GetProperty("column").GetString()!, Value: c.GetProperty("imputed").GetDecimal()));
            Assert.Equal(19, imputed.Count);
            Assert.Equal(461m, imputed["Outcomes.Granted"].Value);
            Assert.Equal(32m, imputed["Outcomes.OtherHandling"].Value);

            IDocument document = Rendered.Value;
            Assert.Equal("0", document.DocumentElement.GetAttribute("data-script-errors"));
            IElement section = SectionOf(document, BlankTotals);
            IElement applications = TableIn(section, "Applications");
            DocsSupport.LayoutChecker.Check(applications, Schema("2019").Tables.Single(t => t.Id == "Applications"));
            DocsSupport.GeometryChecker.Check(applications, "blank totals Applications");

            // One warning, no error: the findings table lists SG3030 and nothing broken is drawn.
            Assert.Equal(new[] { "SG3030" }, section.QuerySelectorAll("table.findings tr.warning, table.findings tr.error").Select(r => r.GetAttribute("data-rule")));
            Assert.Empty(section.QuerySelectorAll("td.broken"));

            var drawn = applications.QuerySelectorAll("td.fig.imputed").ToList();
            Assert.Equal(imputed.Keys.OrderBy(k => k, StringComparer.Ordinal), drawn.Select(td => td.GetAttribute("data-row")!).OrderBy(k => k, StringComparer.Ordinal));
            IElement totalHeader = applications.QuerySelector("th[data-axis='column'][data-path='Total']")!;
            var column = DocsSupport.GeometryChecker.BoxOf(totalHeader);
            string stated = applications.QuerySelector("td.fig.stated:not(.involved)")!.GetAttribute("data-bg")!;
            foreach (IElement cell in drawn)
            {
                string row = cell.GetAttribute("data-row")!;
                // The value computed from the cell's stated parts, in the cell the report left blank.
                Assert.Equal((imputed[row].Column, imputed[row].Value.ToString(CultureInfo.InvariantCulture)), (cell.GetAttribute("data-column")!, cell.TextContent));
                Assert.Equal("imputed", cell.GetAttribute("data-origin"));
                // Linked to the one warning: its rule id on the cell, the warning with the values in its title.
                Assert.Equal("SG3030", cell.GetAttribute("data-rules"));
                Assert.Contains("imputed: a blank total computed from its stated parts", cell.GetAttribute("title"));
                Assert.Contains("SG3030 (warning): blank totals computed from their stated parts (19)", cell.GetAttribute("title"));
                // Highlighted as Chromium draws it: the imputed look (not a stated cell's, not a broken one's) and the finding's outline.
                Assert.Equal("rgb(230, 240, 255)", cell.GetAttribute("data-bg"));
                Assert.NotEqual(stated, cell.GetAttribute("data-bg"));
                Assert.Equal("italic", cell.GetAttribute("data-font-style"));
                Assert.Contains("inset", cell.GetAttribute("data-shadow"));
                // Where it is: under 总计 and beside its own row's label.
                var box = DocsSupport.GeometryChecker.BoxOf(cell);
                var rowHeader = DocsSupport.GeometryChecker.BoxOf(applications.QuerySelector($"th[data-axis='row'][data-path='{row}']")!);
                Assert.InRange(box.Left, column.Left - 1.5, column.Left + 1.5);
                Assert.InRange(box.Right, column.Right - 1.5, column.Right + 1.5);
                Assert.InRange(box.Top, rowHeader.Top - 1.5, rowHeader.Top + 1.5);
            }
            // The applicant columns the totals were computed from are stated, and drawn so.
            Assert.Equal("stated", applications.QuerySelector("td.fig[data-row='Outcomes.Granted'][data-column='NaturalPerson']")!.GetAttribute("data-origin"));
        }

        [DocsSupport.ChromiumFact]
        public void Screenshots_of_the_report()
        {
            (CliRun run, string page) = Report.Value;
            Assert.True(run.ExitCode == 1, run.ToString());
            string directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "html-report-screenshots");
            Directory.CreateDirectory(directory);
            string top = Path.Combine(directory, "report-top.png");
            DocsSupport.Chromium.Screenshot(page, top, 1400, 2400);
            // Seed 003's section, with its broken cells, on its own.
            string seed003Page = Path.Combine(Path.GetDirectoryName(page)!, "seed-003.html");
            File.WriteAllText(seed003Page, File.ReadAllText(page).Replace("</head>", "<style>section.report:not([data-file$='003_2751fb31f42ef292.txt']),#summary{display:none}</style></head>"));
            string seed003 = Path.Combine(directory, "report-seed-003.png");
            DocsSupport.Chromium.Screenshot(seed003Page, seed003, 1400, 3000);
            // The blank-totals report, its imputed 总计 column and the one warning.
            string blankTotalsPage = Path.Combine(Path.GetDirectoryName(page)!, "blank-totals.html");
            File.WriteAllText(blankTotalsPage, File.ReadAllText(page).Replace("</head>", "<style>section.report:not([data-file$='blank-totals-2019.txt']),#summary{display:none}</style></head>"));
            string blankTotals = Path.Combine(directory, "report-blank-totals.png");
            DocsSupport.Chromium.Screenshot(blankTotalsPage, blankTotals, 1400, 3000);
            foreach (string png in new[] { top, seed003, blankTotals })
            {
                byte[] bytes = File.ReadAllBytes(png);
                Assert.True(bytes.Length > 30_000, $"{png} is only {bytes.Length} bytes: the page probably rendered blank");
                Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4).ToArray());
            }
            _output.WriteLine($"screenshots: {top}, {seed003} and {blankTotals}");
        }
    }
}
