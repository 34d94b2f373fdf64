using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Diagnostics;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Rules;
using static SchemaGen.Docs.Writing.MarkdownText;

namespace SchemaGen.Docs.Markdown
{
    /// <summary>index.md: the same links as index.html, to the Markdown pages.</summary>
    public static class IndexMarkdownPage
    {
        public static string Render(IReadOnlyList<SchemaFacts> schemas, IReadOnlyList<VersionPair> pairs)
        {
            var md = new MarkdownWriter();
            md.Line(SchemaGen.Docs.GeneratedFiles.MarkdownMarker).Line();
            md.Heading(1, "SchemaGen formats");
            md.Heading(2, "Formats");
            md.Table(new[] { "format", "version", "title", "notice", "report years", "pages" },
                schemas.Select(s => (IReadOnlyList<string>)new[]
                {
                    Code(s.Format.Id), Escape(s.Format.Version), Escape(s.Format.Title), Escape(s.Format.Notice), Escape(SchemaHtmlPage.YearsText(s.Format)),
                    $"[Markdown]({s.PageName}.md) · [HTML]({s.PageName}.html)",
                }));
            if (pairs.Count > 0)
            {
                md.Heading(2, "Versions compared");
                foreach (VersionPair pair in pairs)
                    md.Line($"- [{Escape(pair.Older.Format.Id + ": " + pair.Older.VersionLabel + " → " + pair.Newer.VersionLabel)}]({pair.PageName}.md) ([HTML]({pair.PageName}.html))");
                md.Line();
            }
            md.Heading(2, "Schema diagnostics");
            md.Table(new[] { "id", "severity", "title" },
                HelpPages.Rules.Select(r => (IReadOnlyList<string>)new[]
                {
                    $"[{Escape(r.Id)}](diagnostics/{HelpPages.MarkdownFileName(r.Id)})", HelpPages.SeverityText(r.Severity), Escape(r.Title),
                }));
            return md.ToString();
        }
    }
}
