using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Layout;
using SchemaGen.Docs.Rules;
using SchemaGen.Schema.Model;
using static SchemaGen.Docs.Writing.MarkdownText;

namespace SchemaGen.Docs.Markdown
{
    /// <summary>
    /// The Markdown page of one schema. Markdown tables cannot merge cells, so each table is described by its
    /// column tree and its numbered rows; the HTML page beside it draws the merged layout.
    /// </summary>
    public static class SchemaMarkdownPage
    {
        public static string Render(SchemaFacts facts, string htmlHref)
        {
            var md = new MarkdownWriter();
            md.Line(SchemaGen.Docs.GeneratedFiles.MarkdownMarker).Line();
            md.Heading(1, Escape(facts.Format.Title) + " (" + Escape(facts.VersionLabel) + ")");
            md.Paragraph($"{Code(facts.Document.Key)} · {Escape(facts.Format.Notice)} · the tables drawn as the official layout: [{Escape(htmlHref)}]({LinkTarget(htmlHref)})");
            md.Table(new[] { "", "" }, SchemaHtmlPage.MetadataOf(facts).Select(m => (IReadOnlyList<string>)new[] { "**" + Escape(m.Name) + "**", Escape(m.Value) }));
            if (facts.Format.Description is not null) md.Paragraph(Escape(facts.Format.Description));

            foreach (SectionSpec section in facts.Document.Sections)
            {
                md.Heading(2, Escape(section.Heading) + " " + Code(section.Id));
                string kind = section.Kind == SectionKind.Text ? "Prose section." : "Tables.";
                string aliases = section.Aliases.Count > 0 ? " Also written as: " + Escape(string.Join("、", section.Aliases.Select(a => a.Value))) + "." : "";
                md.Paragraph(kind + aliases);
                if (section.Description is not null) md.Paragraph(Escape(section.Description));
                foreach (var tableId in section.Tables)
                {
                    TableSpec? table = facts.Document.FindTable(tableId);
                    if (table is not null) RenderTable(md, facts, table);
                }
            }
            var listed = new HashSet<string>(facts.Document.Sections.SelectMany(s => s.Tables).Select(t => t.Value));
            foreach (TableSpec table in facts.Document.Tables.Where(t => !listed.Contains(t.Id)))
                RenderTable(md, facts, table);

            md.Heading(2, "Invariants");
            md.Table(new[] { "id", "table", "for each", "kind", "standing", "severity", "message" },
                facts.Document.Invariants.Select(i => (IReadOnlyList<string>)new[]
                {
                    Code(i.Id), Code(i.Table), i.ForEach.ToString().ToLowerInvariant() + (i.AcrossYears ? ", across years" : ""),
                    i.Kind.ToString().ToLowerInvariant(), Escape(i.Standing), i.Severity.ToString().ToLowerInvariant(), Escape(i.Message),
                }));
            if (facts.Document.Prose.Count > 0)
            {
                md.Heading(2, "Figures restated in the prose");
                md.Paragraph(Escape(SchemaHtmlPage.ProseIntro));
                md.Table(SchemaHtmlPage.ProseHeaders, facts.Document.Prose.Select(p => (IReadOnlyList<string>)new[]
                {
                    Code(p.Id), Escape(p.Label), Code(p.Table), Escape(SchemaHtmlPage.ProseCells(p)), Escape(SchemaHtmlPage.ProseNumberForms(p)),
                    string.Join(" ", p.Patterns.Select(x => Code(x.Text))),
                }));
            }
            MigrationSpec? migration = facts.Document.Migration;
            if (migration is not null)
            {
                md.Heading(2, "Migration from " + Escape(migration.FromVersion));
                if (migration.Description is not null) md.Paragraph(Escape(migration.Description));
                md.Paragraph("Elements no rule names map by the same table id, leaf row path and leaf column id.");
                md.Table(new[] { "action", "from " + Escape(migration.FromVersion), "to " + Escape(facts.VersionLabel), "note" },
                    migration.Rules.Select(r => (IReadOnlyList<string>)new[]
                    {
                        r.Action.ToString().ToLowerInvariant(),
                        string.Join(" ", r.From.Select(f => Code(f.Value))),
                        string.Join(" ", r.To.Select(t => Code(t.Value) + (r.CarryInto?.Value == t.Value ? " (receives the figure)" : ""))),
                        Escape(r.Note),
                    }));
            }
            return md.ToString();
        }

        private static string LinkTarget(string href) => href.Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29");

        private static void RenderTable(MarkdownWriter md, SchemaFacts facts, TableSpec table)
        {
            var layout = new TableLayout(table);
            string caption = table.Caption is null ? "" : Escape(table.Caption) + " ";
            md.Heading(3, caption + Escape(table.Label) + " " + Code(table.Id));
            if (table.Description is not null) md.Paragraph(Escape(table.Description));
            var facts2 = new List<string>
            {
                $"{layout.LeafRows.Count.ToString(CultureInfo.InvariantCulture)} rows × {layout.LeafColumns.Count.ToString(CultureInfo.InvariantCulture)} columns of figures",
                "cells: " + AxisLabels.KindName(table.Cell),
            };
            if (table.Stub is not null) facts2.Add("top-left cell: " + Escape(table.Stub));
            if (table.HeaderNotes.Count > 0) facts2.Add("header notes: " + Escape(string.Join("、", table.HeaderNotes.Select(n => n.Value))));
            md.Paragraph(string.Join(" · ", facts2) + ".");

            md.Line("Columns:").Line();
            md.Table(new[] { "column", "id", "kind", "unit", "aliases", "description" },
                AxisNode.All(table.Columns).Select(c => (IReadOnlyList<string>)new[]
                {
                    Indent(c) + Escape(c.NumberedLabel), Code(c.Id), c.IsLeaf ? AxisLabels.KindName(c.Kind ?? table.Cell) : "group",
                    Escape(AxisLabels.UnitText(c)), Escape(AxisLabels.AliasesText(c)), Escape(c.Description),
                }));
            md.Line("Rows:").Line();
            md.Table(new[] { "row", "path", "kind", "aliases", "description" },
                AxisNode.All(table.Rows).Select(r => (IReadOnlyList<string>)new[]
                {
                    Indent(r) + (r.Unlabeled ? "*(unlabeled)* " : "") + Escape(r.NumberedLabel), Code(r.Path),
                    r.IsLeaf ? AxisLabels.KindName(r.Kind ?? table.Cell) : "group (no figures)",
                    Escape(AxisLabels.AliasesText(r)), Escape(r.Description),
                }));

            foreach (InvariantSpec invariant in facts.Document.InvariantsOf(table.Id))
            {
                md.Line($"#### {Code(invariant.Id)} — {invariant.Kind.ToString().ToLowerInvariant()}, {Escape(invariant.Standing ?? "standing not stated")}, {invariant.Severity.ToString().ToLowerInvariant()}{(invariant.AcrossYears ? ", across years" : "")}").Line();
                md.Paragraph(Escape(invariant.Message));
                var rule = facts.RuleOf(invariant);
                if (rule is not null)
                {
                    Formula formula = FormulaWriter.Write(table, rule);
                    md.Line("- " + Escape(formula.Labels));
                    md.Line("- " + Code(formula.Identifiers));
                }
                md.Line("- checked " + FormulaWriter.ForEachText(table, invariant) + "; as written: " + Code(invariant.Rule)).Line();
            }
        }

        /// <summary>Full-width spaces keep the nesting visible inside a table cell, where Markdown would eat ASCII ones.</summary>
        private static string Indent(AxisNode node) => new string('\u3000', node.Depth);
    }
}
