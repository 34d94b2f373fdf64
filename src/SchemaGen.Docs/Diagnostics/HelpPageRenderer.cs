using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Markdown;
using SchemaGen.Docs.Writing;
using SchemaGen.Schema.Diagnostics;
using static SchemaGen.Docs.Writing.MarkdownText;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>Renders a <see cref="HelpPage"/> as Markdown (docs/diagnostics/ID.md, with the generated marker) and as HTML.</summary>
    public static class HelpPageRenderer
    {
        public static string Markdown(HelpPage page)
        {
            var md = new MarkdownWriter();
            md.Line(GeneratedFiles.MarkdownMarker).Line();
            md.Heading(1, Escape(page.Heading));
            var rows = new[] { (IReadOnlyList<string>)new[] { "**id**", Escape(page.Id) } }
                .Concat(page.Severity is null ? new IReadOnlyList<string>[0] : new[] { (IReadOnlyList<string>)new[] { "**level**", Escape(page.Severity) } })
                .Concat(page.Facts.Select(f => (IReadOnlyList<string>)new[] { "**" + Escape(f.Name) + "**", Escape(f.Value) }));
            md.Table(new[] { "", "" }, rows);
            foreach (HelpBlock block in page.Body)
            {
                switch (block)
                {
                    case HelpHeading h: md.Heading(2, Escape(h.Text)); break;
                    case HelpParagraph p: md.Paragraph(Escape(p.Text)); break;
                    case HelpBullets b:
                        foreach (string item in b.Items) md.Line("- " + Escape(item));
                        md.Line();
                        break;
                    case HelpCode c: md.Fenced(c.Language, c.Text); break;
                }
            }
            return md.ToString();
        }

        public static string Html(HelpPage page, string indexHref)
        {
            var w = new HtmlWriter();
            w.Open("p", "class", "nav").Element("a", "← all formats and diagnostics", "href", indexHref).Close("p").Line();
            w.Element("h1", page.Heading).Line();
            w.Open("dl", "class", "meta").Line();
            w.Element("dt", "id").Element("dd", page.Id).Line();
            if (page.Severity is not null)
                w.Element("dt", "level").Open("dd").Element("span", page.Severity, "class", "badge " + page.Severity).Close("dd").Line();
            foreach (var fact in page.Facts)
                w.Element("dt", fact.Name).Element("dd", fact.Value).Line();
            // The page's own path in the repository and the package: a machine's file address would make the docs differ per machine.
            string link = HelpLinks.PageOf(page.Id);
            w.Element("dt", "help link").Open("dd").Element("code", link).Close("dd").Line();
            w.Close("dl").Line();
            foreach (HelpBlock block in page.Body)
            {
                switch (block)
                {
                    case HelpHeading h: w.Element("h2", h.Text).Line(); break;
                    case HelpParagraph p: w.Element("p", p.Text).Line(); break;
                    case HelpBullets b:
                        w.Open("ul").Line();
                        foreach (string item in b.Items) w.Element("li", item).Line();
                        w.Close("ul").Line();
                        break;
                    case HelpCode c: w.Open("pre").Element("code", c.Text.TrimEnd('\n'), "class", "language-" + c.Language).Close("pre").Line(); break;
                }
            }
            return HtmlPage.Wrap(page.Heading, w.ToString());
        }
    }
}
