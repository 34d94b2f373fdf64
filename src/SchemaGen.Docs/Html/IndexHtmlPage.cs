using System.Collections.Generic;
using SchemaGen.Docs.Diagnostics;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Writing;
using SchemaGen.Schema.Diagnostics;

namespace SchemaGen.Docs.Html
{
    /// <summary>index.html: every schema page, every comparison and every diagnostic help page.</summary>
    public static class IndexHtmlPage
    {
        public static string Render(IReadOnlyList<SchemaFacts> schemas, IReadOnlyList<VersionPair> pairs)
        {
            var w = new HtmlWriter();
            w.Element("h1", "SchemaGen formats").Line();
            w.Element("h2", "Formats").Line();
            w.Open("table", "class", "list").Line();
            w.Open("tr");
            foreach (string h in new[] { "format", "version", "title", "notice", "report years", "pages" }) w.Element("th", h);
            w.Close("tr").Line();
            foreach (SchemaFacts s in schemas)
            {
                w.Open("tr");
                w.Open("td").Element("code", s.Format.Id).Close("td");
                w.Element("td", s.Format.Version);
                w.Open("td").Element("a", s.Format.Title, "href", s.PageName + ".html").Close("td");
                w.Element("td", s.Format.Notice);
                w.Element("td", SchemaHtmlPage.YearsText(s.Format));
                w.Open("td").Element("a", "HTML", "href", s.PageName + ".html").Text(" · ").Element("a", "Markdown", "href", s.PageName + ".md").Close("td");
                w.Close("tr").Line();
            }
            w.Close("table").Line();

            if (pairs.Count > 0)
            {
                w.Element("h2", "Versions compared").Line();
                w.Open("ul").Line();
                foreach (VersionPair pair in pairs)
                {
                    w.Open("li").Element("a", pair.Older.Format.Id + ": " + pair.Older.VersionLabel + " → " + pair.Newer.VersionLabel, "href", pair.PageName + ".html")
                        .Text(" (").Element("a", "Markdown", "href", pair.PageName + ".md").Text(")");
                    if (pair.Report is not null) w.Text(" — " + pair.Report.Changes.Count + " changes");
                    w.Close("li").Line();
                }
                w.Close("ul").Line();
            }

            w.Element("h2", "Schema diagnostics").Line();
            w.Open("table", "class", "list").Line();
            w.Open("tr").Element("th", "id").Element("th", "severity").Element("th", "title").Close("tr").Line();
            foreach (DiagnosticRule rule in HelpPages.Rules)
            {
                w.Open("tr");
                w.Open("td").Element("a", rule.Id, "href", "diagnostics/" + HelpPages.HtmlFileName(rule.Id)).Close("td");
                w.Element("td", HelpPages.SeverityText(rule.Severity));
                w.Element("td", rule.Title);
                w.Close("tr").Line();
            }
            w.Close("table").Line();
            return HtmlPage.Wrap("SchemaGen formats", w.ToString());
        }
    }
}
