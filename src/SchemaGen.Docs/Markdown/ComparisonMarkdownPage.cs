using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Rules;
using SchemaGen.Schema.Model;
using static SchemaGen.Docs.Writing.MarkdownText;

namespace SchemaGen.Docs.Markdown
{
    /// <summary>The Markdown form of a comparison: metadata and tables in two columns, and the change report.</summary>
    public static class ComparisonMarkdownPage
    {
        public static string Render(VersionPair pair)
        {
            SchemaFacts older = pair.Older, newer = pair.Newer;
            var md = new MarkdownWriter();
            md.Line(SchemaGen.Docs.GeneratedFiles.MarkdownMarker).Line();
            md.Heading(1, Escape(older.Format.Id + ": " + older.VersionLabel + " → " + newer.VersionLabel));
            md.Paragraph($"Side by side with both layouts drawn: [{Escape(pair.PageName)}.html]({pair.PageName}.html) · [{Escape(older.VersionLabel)}]({older.PageName}.md) · [{Escape(newer.VersionLabel)}]({newer.PageName}.md)");

            md.Heading(2, "Format");
            var newerMeta = SchemaHtmlPage.MetadataOf(newer).ToDictionary(m => m.Name, m => m.Value);
            var olderMeta = SchemaHtmlPage.MetadataOf(older).ToList();
            md.Table(new[] { "", Escape(older.VersionLabel), Escape(newer.VersionLabel) },
                olderMeta.Select(m => m.Name).Concat(newerMeta.Keys).Distinct().Select(name => (IReadOnlyList<string>)new[]
                {
                    "**" + Escape(name) + "**",
                    Escape(olderMeta.FirstOrDefault(m => m.Name == name).Value),
                    Escape(newerMeta.TryGetValue(name, out string? v) ? v : ""),
                }));

            md.Heading(2, "Tables");
            md.Table(new[] { "table", Escape(older.VersionLabel), Escape(newer.VersionLabel) },
                pair.AlignedTables().Select(t => (IReadOnlyList<string>)new[]
                {
                    Escape(SchemaHtmlPage.TableHeading((t.Newer ?? t.Older)!)) + " " + Code((t.Newer ?? t.Older)!.Id),
                    Shape(t.Older), Shape(t.Newer),
                }));

            md.Heading(2, "Change report");
            if (pair.Report is null)
            {
                md.Paragraph("The change report could not be computed: " + Escape(pair.ReportError));
            }
            else
            {
                md.Table(new[] { "rule", "kind", "element", "path", "breaks code", "breaks data", "message" },
                    pair.Report.Changes.Select(c => (IReadOnlyList<string>)new[]
                    {
                        Code(c.RuleId), c.Kind.ToString().ToLowerInvariant(), Escape(c.Element), Code(c.Path),
                        c.BreaksCode ? "yes" : "no", c.BreaksData ? "yes" : "no", Escape(c.Message),
                    }));
                string? text = ComparisonHtmlPage.TryText(pair.Report);
                if (text is not null) md.Fenced("text", text);
            }
            return md.ToString();
        }

        private static string Shape(TableSpec? table)
            => table is null
                ? "—"
                : $"{table.LeafRows.Count().ToString(CultureInfo.InvariantCulture)} × {table.LeafColumns.Count().ToString(CultureInfo.InvariantCulture)}: "
                  + Escape(string.Join("、", table.LeafColumns.Select(c => c.Label)));
    }
}
