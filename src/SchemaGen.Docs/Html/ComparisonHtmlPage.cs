using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Writing;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Versioning;

namespace SchemaGen.Docs.Html
{
    /// <summary>Two versions of one format side by side: metadata, the change report, then every table in both layouts.</summary>
    public static class ComparisonHtmlPage
    {
        /// <summary>The most figure columns a table may have to be drawn in half the page width.</summary>
        public const int WidestSideBySide = 8;

        public static string Render(VersionPair pair, string indexHref)
        {
            var w = new HtmlWriter();
            SchemaFacts older = pair.Older, newer = pair.Newer;
            string title = older.Format.Id + ": " + older.VersionLabel + " → " + newer.VersionLabel;
            w.Open("p", "class", "nav").Element("a", "← all formats", "href", indexHref).Text(" · ")
                .Element("a", older.VersionLabel, "href", older.PageName + ".html").Text(" · ")
                .Element("a", newer.VersionLabel, "href", newer.PageName + ".html").Close("p").Line();
            w.Element("h1", title).Line();

            w.Element("h2", "Format").Line();
            var olderMeta = SchemaHtmlPage.MetadataOf(older).ToList();
            var newerMeta = SchemaHtmlPage.MetadataOf(newer).ToDictionary(m => m.Name, m => m.Value);
            w.Open("table", "class", "list").Line();
            w.Open("tr").Element("th", "").Element("th", older.VersionLabel).Element("th", newer.VersionLabel).Close("tr").Line();
            foreach (string name in olderMeta.Select(m => m.Name).Concat(newerMeta.Keys).Distinct())
            {
                string a = olderMeta.FirstOrDefault(m => m.Name == name).Value ?? "";
                string b = newerMeta.TryGetValue(name, out string? v) ? v : "";
                w.Open("tr", "class", a == b ? null : "differs").Element("th", name).Element("td", a).Element("td", b).Close("tr").Line();
            }
            w.Close("table").Line();

            if (pair.Report is not null)
                w.Open("p").Text(Summary(pair) + " ").Element("a", "See the change report.", "href", "#change-report").Close("p").Line();

            w.Element("h2", "Tables side by side", "id", "tables").Line();
            foreach (var (a, b) in pair.AlignedTables())
            {
                TableSpec heading = (b ?? a)!;
                w.Open("h3").Text(SchemaHtmlPage.TableHeading(heading) + " ").Element("code", heading.Id).Close("h3").Line();
                // Table 四's fifteen columns do not fit half a page: such tables go one above the other.
                int widest = new[] { a, b }.Where(t => t is not null).Max(t => t!.LeafColumns.Count());
                w.Open("div", "class", widest > WidestSideBySide ? "side-by-side stacked" : "side-by-side").Line();
                Side(w, older, a);
                Side(w, newer, b);
                w.Close("div").Line();
            }
            RenderChangeReport(w, pair);
            return HtmlPage.Wrap(title, w.ToString(), "wide");
        }

        private static void Side(HtmlWriter w, SchemaFacts facts, TableSpec? table)
        {
            w.Open("div", "data-version", facts.Format.Version).Line();
            w.Element("h4", facts.VersionLabel).Line();
            if (table is null)
            {
                w.Element("p", "Not in " + facts.VersionLabel + ".", "class", "absent").Line();
            }
            else
            {
                HtmlTableRenderer.Render(w, facts, table);
                var invariants = facts.Document.InvariantsOf(table.Id).ToList();
                if (invariants.Count > 0)
                {
                    w.Open("ul", "class", "formulas").Line();
                    foreach (InvariantSpec invariant in invariants)
                    {
                        var rule = facts.RuleOf(invariant);
                        w.Open("li").Element("code", invariant.Id).Text(": ");
                        if (rule is null) w.Element("code", invariant.Rule);
                        else w.Text(FormulaWriter.Write(table, rule).Labels);
                        w.Close("li").Line();
                    }
                    w.Close("ul").Line();
                }
            }
            w.Close("div").Line();
        }

        private static void RenderChangeReport(HtmlWriter w, VersionPair pair)
        {
            w.Element("h2", "Change report", "id", "change-report").Line();
            if (pair.Report is null)
            {
                w.Element("p", "The change report could not be computed: " + pair.ReportError, "class", "absent").Line();
                return;
            }
            IReadOnlyList<SchemaChange> changes = pair.Report.Changes;
            w.Element("p", Summary(pair)).Line();
            if (changes.Count > 0)
            {
                w.Open("table", "class", "list changes").Line();
                w.Open("tr");
                foreach (string h in new[] { "rule", "kind", "element", "path", "breaks code", "breaks data", "message" }) w.Element("th", h);
                w.Close("tr").Line();
                foreach (SchemaChange change in changes)
                {
                    w.Open("tr", "class", "change-" + change.Kind.ToString().ToLowerInvariant());
                    w.Open("td").Element("code", change.RuleId).Close("td");
                    w.Element("td", change.Kind.ToString().ToLowerInvariant());
                    w.Element("td", change.Element);
                    w.Open("td").Element("code", change.Path).Close("td");
                    w.Element("td", change.BreaksCode ? "yes" : "no");
                    w.Element("td", change.BreaksData ? "yes" : "no");
                    w.Element("td", change.Message);
                    w.Close("tr").Line();
                }
                w.Close("table").Line();
            }
            string? text = TryText(pair.Report);
            if (text is not null)
                w.Open("details").Element("summary", "As text").Open("pre").Text(text.TrimEnd('\n')).Close("pre").Close("details").Line();
        }

        public static string Summary(VersionPair pair)
        {
            var changes = pair.Report?.Changes ?? new SchemaChange[0];
            int code = changes.Count(c => c.BreaksCode), data = changes.Count(c => c.BreaksData);
            return $"{changes.Count} changes from {pair.Older.VersionLabel} to {pair.Newer.VersionLabel}; {code} break code written against {pair.Older.VersionLabel}, {data} break data (figures of {pair.Older.VersionLabel} reports).";
        }

        /// <summary>The report's own text form, when it provides one.</summary>
        public static string? TryText(ChangeReport report)
        {
            try { return report.ToText(); }
            catch (System.Exception) { return null; }
        }
    }
}
