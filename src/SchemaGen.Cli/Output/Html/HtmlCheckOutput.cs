using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Figures;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Writing;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;

namespace SchemaGen.Cli.Output.Html
{
    /// <summary>
    /// One self-contained HTML page for a batch (inline CSS and SVG, no script, nothing from the network), streamed: each
    /// report's section is written as the file is done (its findings, then its tables drawn in the official merged
    /// layout by the docs' renderer and filled with the figures read), and the summary, which only the end knows, is
    /// written last and shown first (CSS order): files by format version, findings by rule and by file, and a bar chart
    /// of the rules broken most.
    /// </summary>
    public sealed class HtmlCheckOutput : ICheckOutput
    {
        private const int ChartRules = 10;

        private readonly TextWriter _writer;
        // The summary's counts: a few numbers per version, rule and file, never the results themselves.
        private readonly SortedDictionary<string, int> _versions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, RuleCount> _rules = new(StringComparer.Ordinal);
        private readonly List<(string Path, string Anchor, int Errors, int Warnings, int Notes)> _files = new();

        private sealed class RuleCount
        {
            public int Errors;
            public int Warnings;
            public int Notes;
            public readonly HashSet<string> Files = new(StringComparer.Ordinal);
            public int Total => Errors + Warnings + Notes;
        }

        public HtmlCheckOutput(TextWriter writer) => _writer = writer;

        public void Begin()
        {
            _writer.Write(HtmlPage.Head("schemagen check", "wide report", "schemagen check", ReportCss));
            var w = new HtmlWriter();
            w.Element("h1", "schemagen check").Line();
            w.Open("p", "class", "legend").Text("Cells: ")
                .Element("span", "stated", "class", "key stated").Text(" ")
                .Element("span", "blank", "class", "key blank").Text(" ")
                .Element("span", "imputed", "class", "key imputed").Text(" ")
                .Element("span", "from prose", "class", "key prose").Text(" ")
                .Element("span", "unplaced", "class", "key unplaced").Text(" ")
                .Element("span", "broken rule", "class", "key broken").Text(" ")
                .Element("span", "part of a broken rule or named by a warning", "class", "key involved")
                .Text(" — hover a cell for where it came from and the rules it breaks.").Close("p").Line();
            _writer.Write(w.ToString());
            _writer.Flush();
        }

        public void File(FileCheckResult result)
        {
            string anchor = "file-" + (_files.Count + 1).ToString(CultureInfo.InvariantCulture);
            Tally(result, anchor);
            _writer.Write(ReportSection(result, anchor));
            _writer.Flush();
        }

        public void End(CheckEnding ending)
        {
            var w = new HtmlWriter();
            if (ending.Comparison is { } comparison)
            {
                w.Open("section", "class", "comparison").Line();
                w.Element("h2", $"{comparison.LastYear.Path} → {comparison.ThisYear.Path}").Line();
                FindingsTable(w, comparison.ThisYear.Path, comparison.Findings);
                w.Close("section").Line();
            }
            Summary(w, ending);
            _writer.Write(w.ToString());
            _writer.Write(HtmlPage.Tail());
            _writer.Flush();
        }

        private void Tally(FileCheckResult result, string anchor)
        {
            string version = result.Status == CheckStatus.Checked ? result.Format!.Format.Version : "not checked";
            _versions[version] = _versions.TryGetValue(version, out int n) ? n + 1 : 1;
            foreach (CheckFinding finding in result.Findings)
            {
                if (!_rules.TryGetValue(finding.RuleId, out RuleCount? count)) _rules[finding.RuleId] = count = new RuleCount();
                if (finding.Level == FindingSeverity.Error) count.Errors++;
                else if (finding.Level == FindingSeverity.Warning) count.Warnings++;
                else count.Notes++;
                count.Files.Add(result.Path);
            }
            _files.Add((result.Path, anchor, result.Errors, result.Warnings, result.Notes));
        }

        private static string ReportSection(FileCheckResult result, string anchor)
        {
            var w = new HtmlWriter();
            w.Open("section", "class", "report", "id", anchor, "data-file", result.Path).Line();
            w.Element("h2", result.Path).Line();
            if (result.Status != CheckStatus.Checked)
            {
                w.Element("p", "not checked: " + result.Problem, "class", "problem").Line();
                FindingsTable(w, result.Path, result.Findings);
                w.Close("section").Line();
                return w.ToString();
            }
            FormatChoice format = result.Format!;
            w.Open("p", "class", "muted")
                .Text($"format {format.Format.Version} ({format.Format.Descriptor.Key}), confidence {FindingText.Confidence(format.Confidence)}"
                      + (format.Forced ? ", forced by --schema" : "")
                      + (format.Agency is null ? "" : " · " + format.Agency)
                      + (format.ReportYear is int year ? " · report year " + year.ToString(CultureInfo.InvariantCulture) : ""))
                .Close("p").Line();
            FindingsTable(w, result.Path, result.Findings);

            var figures = ReportFigures.Of(result);
            SchemaFacts? facts = ReportLayouts.For(format.Format);
            var cells = new FigureCells(figures, result.Findings);
            foreach (TableDescriptor table in format.Format.Descriptor.Tables)
            {
                TableReading? reading = result.Report!.Reading.Tables.FirstOrDefault(t => t.TableId == table.Id);
                TablePresence presence = reading?.Presence ?? TablePresence.Missing;
                SectionDescriptor section = format.Format.Descriptor.Section(table.SectionId);
                w.Open("div", "class", "report-table", "data-table", table.Id, "data-presence", presence.ToString().ToLowerInvariant()).Line();
                w.Element("h3", $"{section.Number}、{(table.Caption is null ? table.Label : table.Caption + " " + table.Label)} — {presence.ToString().ToLowerInvariant()}").Line();
                TableSpec? spec = facts?.Document.Tables.FirstOrDefault(t => t.Id == table.Id);
                var prose = figures.Where(f => f.Table == table.Id && f.Origin == FigureOrigin.Prose).ToList();
                if (presence == TablePresence.Missing && prose.Count == 0)
                    w.Element("p", "not in the report", "class", "absent").Line();
                else if (presence == TablePresence.Missing && spec is not null)
                {
                    // Drawn for what the prose gives: its one-cell figures in their cells, every other cell absent.
                    w.Element("p", "not in the report; the figures below come from its prose", "class", "absent").Line();
                    HtmlTableRenderer.Render(w, facts!, spec, cells);
                }
                else if (spec is null)
                    w.Element("p", "no layout for this format version in this build; the figures are in `schemagen extract`", "class", "absent").Line();
                else
                    HtmlTableRenderer.Render(w, facts!, spec, cells);
                ProseList(w, prose);
                var unplaced = figures.Where(f => f.Table == table.Id && f.Origin == FigureOrigin.Unplaced && (f.Row is null || f.Column is null)).ToList();
                if (unplaced.Count > 0)
                {
                    w.Open("ul", "class", "unplaced").Line();
                    foreach (ReportFigure figure in unplaced)
                        w.Element("li", (figure.RowLabel ?? figure.Row ?? "a row") + ": " + figure.Reason, "data-row", figure.Row).Line();
                    w.Close("ul").Line();
                }
                w.Close("div").Line();
            }
            w.Close("section").Line();
            return w.ToString();
        }

        /// <summary>
        /// A table's figures taken from the prose, each with the cells it stands for (a sum is listed as its cells, never
        /// drawn in one) and the sentence that states it, marked like a prose cell.
        /// </summary>
        private static void ProseList(HtmlWriter w, IReadOnlyList<ReportFigure> prose)
        {
            if (prose.Count == 0) return;
            w.Open("ul", "class", "prose").Line();
            foreach (ReportFigure figure in prose)
            {
                string cells = string.Join(" + ", figure.StandsFor.Select(c => c.RowLabel + " × " + c.ColumnLabel));
                w.Open("li", "data-prose", figure.Prose!.Id, "data-cells", string.Join(" ", figure.StandsFor), "data-value", FindingText.Number(figure.Value))
                    .Element("span", "from prose", "class", "key prose").Text(" ")
                    .Element("strong", figure.Prose.Label + " " + FindingText.Number(figure.Value))
                    .Text(" = " + cells + " — " + figure.Prose.Quoted)
                    .Close("li").Line();
            }
            w.Close("ul").Line();
        }

        private static void FindingsTable(HtmlWriter w, string path, IReadOnlyList<CheckFinding> findings)
        {
            if (findings.Count == 0)
            {
                w.Element("p", "No findings.", "class", "clean").Line();
                return;
            }
            w.Open("table", "class", "list findings").Line();
            w.Open("tr").Element("th", "level").Element("th", "rule").Element("th", "where").Element("th", "message").Element("th", "expected").Element("th", "actual").Close("tr").Line();
            foreach (CheckFinding finding in findings)
            {
                w.Open("tr", "class", finding.Level.Word(), "data-rule", finding.RuleId)
                    .Open("td").Element("span", finding.Level.Word(), "class", "badge " + finding.Level.Word()).Close("td")
                    .Open("td").Open("a", "href", HelpLinkOf(finding.RuleId)).Text(finding.RuleId).Close("a").Close("td")
                    .Element("td", FindingText.Where(path, finding) + (FindingText.Location(finding) is { Length: > 0 } at ? " · " + at : ""))
                    .Element("td", finding.Message)
                    .Element("td", finding.Expected is null ? "" : FindingText.Number(finding.Expected))
                    .Element("td", finding.Expected is null && finding.Actual is null ? "" : FindingText.Number(finding.Actual))
                    .Close("tr").Line();
            }
            w.Close("table").Line();
        }

        private static string HelpLinkOf(string ruleId) => CheckerRules.Find(ruleId).HelpUri;

        private void Summary(HtmlWriter w, CheckEnding ending)
        {
            BatchTally tally = ending.Tally;
            w.Open("section", "id", "summary").Line();
            w.Element("h2", "Summary").Line();
            w.Element("p", $"{SummaryTable.Plural(tally.Files, "file")}: {SummaryTable.Plural(tally.Errors, "error")}, {SummaryTable.Plural(tally.Warnings, "warning")}"
                + (tally.NotChecked > 0 ? $", {tally.NotChecked} not checked" : "")
                + (ending.Interruption is { } i ? $" — interrupted by {i.Signal}: {tally.Files} of {i.Inputs} files done" : ""), "class", "totals").Line();
            w.Open("div", "class", "summary-grid").Line();

            w.Open("div").Element("h3", "Files by format version").Line();
            w.Open("table", "class", "list by-version").Open("tr").Element("th", "version").Element("th", "files").Close("tr").Line();
            foreach (var (version, count) in _versions)
                w.Open("tr").Element("td", version).Element("td", Number(count)).Close("tr").Line();
            w.Close("table").Close("div").Line();

            var rules = _rules.OrderByDescending(r => r.Value.Errors).ThenByDescending(r => r.Value.Warnings).ThenByDescending(r => r.Value.Total).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
            w.Open("div").Element("h3", "Findings by rule").Line();
            w.Open("table", "class", "list by-rule").Open("tr").Element("th", "rule").Element("th", "errors").Element("th", "warnings").Element("th", "notes").Element("th", "files").Close("tr").Line();
            foreach (var (id, count) in rules)
                w.Open("tr", "data-rule", id).Open("td").Open("a", "href", HelpLinkOf(id)).Text(id).Close("a").Close("td")
                    .Element("td", Number(count.Errors)).Element("td", Number(count.Warnings)).Element("td", Number(count.Notes)).Element("td", Number(count.Files.Count)).Close("tr").Line();
            w.Close("table").Close("div").Line();

            w.Open("div").Element("h3", "Rules broken most").Line();
            Chart(w, rules.Where(r => r.Value.Errors + r.Value.Warnings > 0).Take(ChartRules).Select(r => (r.Key, r.Value.Errors, r.Value.Warnings)).ToList());
            w.Close("div").Line();
            w.Close("div").Line();

            w.Element("h3", "Findings by file").Line();
            w.Open("table", "class", "list by-file").Open("tr").Element("th", "file").Element("th", "errors").Element("th", "warnings").Element("th", "notes").Close("tr").Line();
            foreach (var file in _files)
                w.Open("tr", "data-file", file.Path).Open("td").Open("a", "href", "#" + file.Anchor).Text(file.Path).Close("a").Close("td")
                    .Element("td", Number(file.Errors)).Element("td", Number(file.Warnings)).Element("td", Number(file.Notes)).Close("tr").Line();
            w.Close("table").Line();
            w.Close("section").Line();
        }

        /// <summary>A horizontal bar per rule (errors, then warnings stacked), drawn as inline SVG.</summary>
        private static void Chart(HtmlWriter w, IReadOnlyList<(string Rule, int Errors, int Warnings)> rules)
        {
            if (rules.Count == 0)
            {
                w.Element("p", "No rule broken.", "class", "clean").Line();
                return;
            }
            const int labelWidth = 190, barWidth = 260, rowHeight = 22;
            int most = rules.Max(r => r.Errors + r.Warnings);
            int height = rules.Count * rowHeight + 4;
            w.Open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "role", "img", "width", Number(labelWidth + barWidth + 50), "height", Number(height),
                "viewBox", $"0 0 {Number(labelWidth + barWidth + 50)} {Number(height)}", "aria-label", "findings per rule").Line();
            for (int i = 0; i < rules.Count; i++)
            {
                var (rule, errors, warnings) = rules[i];
                int y = i * rowHeight + 2;
                double errorWidth = (double)barWidth * errors / most, warningWidth = (double)barWidth * warnings / most;
                w.Open("g", "class", "bar", "data-rule", rule).Element("title", $"{rule}: {SummaryTable.Plural(errors, "error")}, {SummaryTable.Plural(warnings, "warning")}");
                w.Element("text", rule, "x", Number(labelWidth - 6), "y", Number(y + 15), "text-anchor", "end");
                if (errors > 0) w.Void("rect", "class", "errors", "x", Number(labelWidth), "y", Number(y + 3), "width", Decimal(errorWidth), "height", "15");
                if (warnings > 0) w.Void("rect", "class", "warnings", "x", Decimal(labelWidth + errorWidth), "y", Number(y + 3), "width", Decimal(warningWidth), "height", "15");
                w.Element("text", Number(errors + warnings), "x", Decimal(labelWidth + errorWidth + warningWidth + 4), "y", Number(y + 15));
                w.Close("g").Line();
            }
            w.Close("svg").Line();
        }

        private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string Decimal(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

        private const string ReportCss = @"
body.report{display:flex;flex-direction:column}
#summary{order:-1}
body.report > h1,body.report > .legend{order:-2}
.summary-grid{display:flex;flex-wrap:wrap;gap:8px 32px;align-items:flex-start}
section.report{border-top:3px solid #9db3d6;margin-top:28px}
section.report h3{font-size:15px}
table.layout td.fig{color:#1b1b1b;font-size:13px;white-space:nowrap}
table.layout td.fig.blank{background:#f4f4f4}
table.layout td.fig.absent{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 4px,#eee 4px,#eee 8px)}
table.layout td.fig.imputed{background:#e6f0ff;font-style:italic;color:#1d4f91}
table.layout td.fig.prose{background:#eefae6;text-decoration:underline dotted;color:#2f6b12}
table.layout td.fig.unplaced{background:#fff0d0;color:#8a5a00}
table.layout td.fig.involved{box-shadow:inset 0 0 0 2px #e0a030}
table.layout td.fig.broken{background:#ffd9d6;color:#8b0000;font-weight:bold;box-shadow:inset 0 0 0 3px #c62828}
.key{display:inline-block;padding:0 6px;border:1px solid #999;font-size:12px}
.key.blank{background:#f4f4f4}.key.imputed{background:#e6f0ff}.key.prose{background:#eefae6}.key.unplaced{background:#fff0d0}
.key.broken{background:#ffd9d6;border-color:#c62828}.key.involved{box-shadow:inset 0 0 0 2px #e0a030}
table.findings tr.error td{background:#fff6f5}
ul.unplaced{font-size:13px;color:#8a5a00}
ul.prose{font-size:13px;color:#2f6b12;list-style:none;padding-left:0}
svg.chart text{font-size:12px;font-family:inherit}
svg.chart rect.errors{fill:#c62828}
svg.chart rect.warnings{fill:#e0a030}
.problem{color:#a22}
.clean{color:#176117}
";
    }
}
