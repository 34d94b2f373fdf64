using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Markdown;
using SchemaGen.Docs.Writing;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using static SchemaGen.Docs.Writing.MarkdownText;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>
    /// The help pages of the schema diagnostics (SG1xxx), where <see cref="HelpLinks.For"/> points: Markdown for
    /// docs/diagnostics/ID.md in the repository, HTML for the docs output.
    /// </summary>
    public static class HelpPages
    {
        /// <summary>The rules that get a generated page: the SG1xxx catalog. (SG2xxx pages are written by hand.)</summary>
        public static IReadOnlyList<DiagnosticRule> Rules => SchemaDiagnosticIds.All;

        public static string MarkdownFileName(string id) => id + ".md";

        public static string HtmlFileName(string id) => id + ".html";

        public static DiagnosticExample ExampleOf(string id)
            => DiagnosticExamples.All.FirstOrDefault(e => e.Id == id) ?? new DiagnosticExample(id, null, "See the message: it names the element and what is expected.", null);

        /// <summary>What the loader reports for the example, limited to the page's own id.</summary>
        public static IReadOnlyList<string> ReportedFor(DiagnosticExample example)
        {
            if (example.TriggerYaml is null) return new string[0];
            SchemaLoadResult result = SchemaLoader.Load(example.TriggerYaml, DiagnosticExamples.FileName);
            return result.Diagnostics.Where(d => d.Id == example.Id).Select(d => d.ToString()).ToList();
        }

        /// <summary>Writes the Markdown pages into a docs/diagnostics folder, leaving pages written by hand alone. Returns the ids skipped.</summary>
        public static IReadOnlyList<string> WriteMarkdownPages(string directory)
        {
            var skipped = new List<string>();
            foreach (DiagnosticRule rule in Rules)
                if (!GeneratedFiles.WriteIfOurs(System.IO.Path.Combine(directory, MarkdownFileName(rule.Id)), Markdown(rule)))
                    skipped.Add(rule.Id);
            return skipped;
        }

        public static string Markdown(DiagnosticRule rule)
        {
            DiagnosticExample example = ExampleOf(rule.Id);
            var md = new MarkdownWriter();
            md.Line(GeneratedFiles.MarkdownMarker).Line();
            md.Heading(1, Escape(rule.Id) + ": " + Escape(rule.Title));
            md.Table(new[] { "", "" }, new[]
            {
                (IReadOnlyList<string>)new[] { "**id**", Escape(rule.Id) },
                new[] { "**severity**", Escape(SeverityText(rule.Severity)) },
                new[] { "**category**", Escape(rule.Category) },
                new[] { "**reported on**", SchemaDiagnosticIds.AcrossSchemas.Any(r => r.Id == rule.Id)
                    ? "the schema YAML file, at file:line:column (by the generator and by `schemagen generate`, which see all the schemas together; `schemagen lint` reads each file alone)"
                    : "the schema YAML file, at file:line:column (by the generator and by `schemagen lint`)" },
            });
            md.Heading(2, "Description");
            md.Paragraph(Escape(rule.Description));
            md.Heading(2, "Example");
            if (example.TriggerYaml is null)
            {
                md.Paragraph("No schema triggers this diagnostic on purpose.");
            }
            else
            {
                md.Paragraph($"This schema triggers {Escape(rule.Id)} (the marked line):");
                md.Fenced("yaml", example.TriggerYaml);
                var reported = ReportedFor(example);
                if (reported.Count > 0)
                {
                    md.Paragraph("SchemaGen reports:");
                    md.Fenced("text", string.Join("\n", reported));
                }
            }
            md.Heading(2, "How to fix");
            md.Paragraph(Escape(example.Fix));
            if (example.FixedYaml is not null)
                md.Fenced("yaml", example.FixedYaml);
            md.Paragraph("All schema diagnostics: " + string.Join(" · ", Rules.Select(r => r.Id == rule.Id ? Escape(r.Id) : $"[{Escape(r.Id)}]({MarkdownFileName(r.Id)})")));
            return md.ToString();
        }

        public static string Html(DiagnosticRule rule, string indexHref)
        {
            DiagnosticExample example = ExampleOf(rule.Id);
            var w = new HtmlWriter();
            w.Open("p", "class", "nav").Element("a", "← all formats and diagnostics", "href", indexHref).Close("p").Line();
            w.Element("h1", rule.Id + ": " + rule.Title).Line();
            w.Open("dl", "class", "meta").Line();
            w.Element("dt", "id").Element("dd", rule.Id).Line();
            w.Element("dt", "severity").Open("dd").Element("span", SeverityText(rule.Severity), "class", "badge " + SeverityText(rule.Severity)).Close("dd").Line();
            w.Element("dt", "category").Element("dd", rule.Category).Line();
            // The page's own path in the repository and the package: a machine's file address would make the docs differ per machine.
            w.Element("dt", "help link").Open("dd").Element("code", HelpLinks.PageOf(rule.Id)).Close("dd").Line();
            w.Close("dl").Line();
            w.Element("h2", "Description").Line();
            w.Element("p", rule.Description).Line();
            w.Element("h2", "Example").Line();
            if (example.TriggerYaml is null)
            {
                w.Element("p", "No schema triggers this diagnostic on purpose.").Line();
            }
            else
            {
                w.Element("p", "This schema triggers " + rule.Id + " (the marked line):").Line();
                w.Open("pre").Element("code", example.TriggerYaml.TrimEnd('\n'), "class", "language-yaml").Close("pre").Line();
                var reported = ReportedFor(example);
                if (reported.Count > 0)
                {
                    w.Element("p", "SchemaGen reports:").Line();
                    w.Open("pre").Element("code", string.Join("\n", reported)).Close("pre").Line();
                }
            }
            w.Element("h2", "How to fix").Line();
            w.Element("p", example.Fix).Line();
            if (example.FixedYaml is not null)
                w.Open("pre").Element("code", example.FixedYaml, "class", "language-yaml").Close("pre").Line();
            return HtmlPage.Wrap(rule.Id + ": " + rule.Title, w.ToString());
        }

        public static string SeverityText(FindingSeverity severity) => severity.ToString().ToLowerInvariant();
    }
}
