using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Docs.Rules;
using SchemaGen.Docs.Writing;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Docs.Html
{
    /// <summary>The page of one schema: format metadata, each section and table drawn as the official layout, columns, rows and invariants.</summary>
    public static class SchemaHtmlPage
    {
        public static string Render(SchemaFacts facts, string indexHref)
        {
            var w = new HtmlWriter();
            FormatInfo f = facts.Format;
            w.Open("p", "class", "nav").Element("a", "← all formats", "href", indexHref).Close("p").Line();
            w.Element("h1", f.Title).Line();
            w.Open("p", "class", "muted").Element("code", facts.Document.Key).Text(" · " + f.Notice).Close("p").Line();
            RenderMetadata(w, facts);
            RenderContents(w, facts);
            foreach (SectionSpec section in facts.Document.Sections)
                RenderSection(w, facts, section);
            RenderOrphanTables(w, facts);
            RenderInvariantIndex(w, facts);
            RenderProse(w, facts);
            RenderMigration(w, facts);
            return HtmlPage.Wrap(f.Title + " (" + facts.VersionLabel + ")", w.ToString());
        }

        public static void RenderMetadata(HtmlWriter w, SchemaFacts facts)
        {
            FormatInfo f = facts.Format;
            w.Open("dl", "class", "meta").Line();
            foreach (var (name, value) in MetadataOf(facts))
            {
                w.Element("dt", name);
                w.Element("dd", value).Line();
            }
            w.Close("dl").Line();
            if (f.Description is not null) w.Element("p", f.Description).Line();
        }

        /// <summary>The format's metadata as name/value pairs, shared by both page kinds and the comparison.</summary>
        public static IEnumerable<(string Name, string Value)> MetadataOf(SchemaFacts facts)
        {
            FormatInfo f = facts.Format;
            yield return ("format id", f.Id);
            yield return ("version", f.Version);
            yield return ("title", f.Title);
            yield return ("notice", f.Notice);
            if (f.IssuedBy is not null) yield return ("issued by", f.IssuedBy);
            if (f.IssuedOn is not null) yield return ("issued on", f.IssuedOn);
            yield return ("report years", YearsText(f));
            yield return ("namespace", f.Namespace);
            yield return ("model", f.Model);
            yield return ("schema file", System.IO.Path.GetFileName(facts.Document.Path));
        }

        public static string YearsText(FormatInfo f)
        {
            string Year(int? y) => y?.ToString(CultureInfo.InvariantCulture) ?? "";
            if (f.ReportYearFrom is null && f.ReportYearTo is null) return "not stated";
            if (f.ReportYearTo is null) return "reports on " + Year(f.ReportYearFrom) + " onwards";
            if (f.ReportYearFrom is null) return "reports up to " + Year(f.ReportYearTo);
            return f.ReportYearFrom == f.ReportYearTo ? "reports on " + Year(f.ReportYearFrom) : "reports on " + Year(f.ReportYearFrom) + "–" + Year(f.ReportYearTo);
        }

        private static void RenderContents(HtmlWriter w, SchemaFacts facts)
        {
            w.Element("h2", "Contents").Line();
            w.Open("ol", "class", "contents").Line();
            foreach (SectionSpec section in facts.Document.Sections)
            {
                w.Open("li").Open("a", "href", "#" + SectionAnchor(section.Id)).Text(section.Heading).Close("a").Text(" ").Element("code", section.Id);
                var tables = section.Tables.Select(t => facts.Document.FindTable(t)).Where(t => t is not null).ToList();
                if (tables.Count > 1)
                {
                    w.Open("ul");
                    foreach (TableSpec? table in tables)
                        w.Open("li").Open("a", "href", "#" + TableAnchor(table!.Id)).Text(TableHeading(table)).Close("a").Close("li");
                    w.Close("ul");
                }
                w.Close("li").Line();
            }
            w.Open("li").Open("a", "href", "#invariants").Text("Invariants").Close("a").Close("li").Line();
            if (facts.Document.Prose.Count > 0)
                w.Open("li").Open("a", "href", "#prose").Text("Figures restated in the prose").Close("a").Close("li").Line();
            if (facts.Document.Migration is not null)
                w.Open("li").Open("a", "href", "#migration").Text("Migration from " + facts.Document.Migration.FromVersion).Close("a").Close("li").Line();
            w.Close("ol").Line();
        }

        private static void RenderSection(HtmlWriter w, SchemaFacts facts, SectionSpec section)
        {
            w.Open("section", "id", SectionAnchor(section.Id)).Line();
            w.Open("h2").Text(section.Heading + " ").Element("code", section.Id).Close("h2").Line();
            w.Open("p", "class", "muted").Text(section.Kind == SectionKind.Text ? "Prose section." : "Tables.");
            if (section.Aliases.Count > 0) w.Text(" Also written as: " + string.Join("、", section.Aliases.Select(a => a.Value)) + ".");
            w.Close("p").Line();
            if (section.Description is not null) w.Element("p", section.Description).Line();
            foreach (Text tableId in section.Tables)
            {
                TableSpec? table = facts.Document.FindTable(tableId);
                // A section's only table often repeats the section's title (三, 四): no second heading then.
                bool sameTitle = section.Tables.Count == 1 && table?.Label == section.Label;
                if (table is not null) RenderTable(w, facts, table, withHeading: !sameTitle);
            }
            w.Close("section").Line();
        }

        private static void RenderOrphanTables(HtmlWriter w, SchemaFacts facts)
        {
            var listed = new HashSet<string>(facts.Document.Sections.SelectMany(s => s.Tables).Select(t => t.Value));
            var orphans = facts.Document.Tables.Where(t => !listed.Contains(t.Id)).ToList();
            if (orphans.Count == 0) return;
            w.Element("h2", "Tables outside any section").Line();
            foreach (TableSpec table in orphans) RenderTable(w, facts, table);
        }

        public static string TableHeading(TableSpec table) => table.Caption is null ? table.Label : table.Caption + " " + table.Label;

        public static void RenderTable(HtmlWriter w, SchemaFacts facts, TableSpec table, bool withHeading = true)
        {
            w.Open("div", "class", "table-doc", "id", TableAnchor(table.Id)).Line();
            if (withHeading) w.Open("h3").Text(table.Label + " ").Element("code", table.Id).Close("h3").Line();
            else w.Open("p", "class", "muted").Text("Table ").Element("code", table.Id).Close("p").Line();
            if (table.Description is not null) w.Element("p", table.Description).Line();
            HtmlTableRenderer.Render(w, facts, table);
            RenderLegend(w, facts, table);
            RenderAxisList(w, table, "Columns", table.Columns, RuleAxis.Column);
            RenderAxisList(w, table, "Rows", table.Rows, RuleAxis.Row);
            var invariants = facts.Document.InvariantsOf(table.Id).ToList();
            if (invariants.Count > 0)
            {
                w.Element("h4", "Invariants").Line();
                foreach (InvariantSpec invariant in invariants) RenderInvariant(w, facts, table, invariant);
            }
            w.Close("div").Line();
        }

        private static void RenderLegend(HtmlWriter w, SchemaFacts facts, TableSpec table)
        {
            var kinds = table.LeafRows.SelectMany(r => table.LeafColumns.Select(c => table.KindOf(r, c))).Distinct().OrderBy(k => k).ToList();
            var parts = kinds.Select(k => AxisLabels.KindMark(k) + " = " + AxisLabels.KindName(k) + " (" + AxisLabels.KindDescription(k) + ")").ToList();
            bool anyDerived = table.LeafRows.Any(r => table.LeafColumns.Any(c => facts.DerivedBy(table, r, c).Count > 0));
            if (anyDerived) parts.Add("Σ = derived by a total invariant (can be recomputed from other cells)");
            w.Element("p", "Cells: " + string.Join(" · ", parts) + ". Table default: " + AxisLabels.KindName(table.Cell) + ".", "class", "legend").Line();
            if (table.HeaderNotes.Count > 0)
                w.Element("p", "Header notes (spanning text that readers skip): " + string.Join("、", table.HeaderNotes.Select(n => n.Value)) + ".", "class", "legend").Line();
        }

        private static void RenderAxisList(HtmlWriter w, TableSpec table, string title, IReadOnlyList<AxisNode> axis, RuleAxis which)
        {
            w.Open("details").Open("summary").Text(title + " (" + AxisNode.Leaves(axis).Count().ToString(CultureInfo.InvariantCulture) + " with figures)").Close("summary").Line();
            w.Open("table", "class", "list").Line();
            w.Open("tr");
            foreach (string h in new[] { "label", "identifier", which == RuleAxis.Row ? "path" : "id", "cell kind", "unit", "aliases", "description" })
                w.Element("th", h);
            w.Close("tr").Line();
            foreach (AxisNode node in AxisNode.All(axis))
            {
                w.Open("tr");
                w.Open("td").Text(new string('\u3000', node.Depth) + node.NumberedLabel + (node.Unlabeled ? " (unlabeled)" : "")).Close("td");
                w.Open("td").Element("code", node.Id).Close("td");
                w.Open("td").Element("code", which == RuleAxis.Row ? node.Path : node.Id).Close("td");
                w.Element("td", node.IsLeaf ? KindOfLeaf(table, node, which) : "group");
                w.Element("td", AxisLabels.UnitText(node) ?? "");
                w.Element("td", AxisLabels.AliasesText(node));
                w.Element("td", node.Description ?? "");
                w.Close("tr").Line();
            }
            w.Close("table").Close("details").Line();
        }

        private static string KindOfLeaf(TableSpec table, AxisNode leaf, RuleAxis which)
            => AxisLabels.KindName(leaf.Kind ?? table.Cell) + (leaf.Kind is null ? "" : " (own)");

        public static void RenderInvariant(HtmlWriter w, SchemaFacts facts, TableSpec table, InvariantSpec invariant)
        {
            string severity = invariant.Severity.ToString().ToLowerInvariant();
            w.Open("div", "class", "invariant " + severity, "id", InvariantAnchor(invariant.Id)).Line();
            w.Open("h4").Element("code", invariant.Id).Text(" ");
            w.Element("span", invariant.Kind.ToString().ToLowerInvariant(), "class", "badge");
            w.Element("span", invariant.Standing ?? "standing not stated", "class", "badge");
            w.Element("span", severity, "class", "badge " + severity);
            if (invariant.AcrossYears) w.Element("span", "across years", "class", "badge");
            w.Close("h4").Line();
            w.Element("p", invariant.Message, "class", "message").Line();
            var rule = facts.RuleOf(invariant);
            if (rule is not null)
            {
                Formula formula = FormulaWriter.Write(table, rule);
                w.Element("p", formula.Labels, "class", "formula zh", "lang", "zh-CN").Line();
                w.Open("p", "class", "formula ids").Element("code", formula.Identifiers).Close("p").Line();
            }
            w.Open("p", "class", "muted").Text("Checked " + FormulaWriter.ForEachText(table, invariant) + " of ").Element("code", table.Id)
                .Text("; as written in the schema: ").Element("code", invariant.Rule).Close("p").Line();
            w.Close("div").Line();
        }

        private static void RenderInvariantIndex(HtmlWriter w, SchemaFacts facts)
        {
            w.Open("section", "id", "invariants").Line();
            w.Element("h2", "Invariants").Line();
            w.Open("table", "class", "list").Line();
            w.Open("tr");
            foreach (string h in new[] { "id", "table", "for each", "kind", "standing", "severity", "message" }) w.Element("th", h);
            w.Close("tr").Line();
            foreach (InvariantSpec invariant in facts.Document.Invariants)
            {
                w.Open("tr");
                w.Open("td").Open("a", "href", "#" + InvariantAnchor(invariant.Id)).Element("code", invariant.Id).Close("a").Close("td");
                w.Open("td").Element("code", invariant.Table).Close("td");
                w.Element("td", invariant.ForEach.ToString().ToLowerInvariant() + (invariant.AcrossYears ? ", across years" : ""));
                w.Element("td", invariant.Kind.ToString().ToLowerInvariant());
                w.Element("td", invariant.Standing ?? "");
                w.Element("td", invariant.Severity.ToString().ToLowerInvariant());
                w.Element("td", invariant.Message);
                w.Close("tr").Line();
            }
            w.Close("table").Line();
            w.Close("section").Line();
        }

        /// <summary>The figures the prose restates: which cells each is the sum of, and the phrases that state it (rule I).</summary>
        private static void RenderProse(HtmlWriter w, SchemaFacts facts)
        {
            if (facts.Document.Prose.Count == 0) return;
            w.Open("section", "id", "prose").Line();
            w.Element("h2", "Figures restated in the prose").Line();
            w.Element("p", ProseIntro, "class", "muted").Line();
            w.Open("table", "class", "list").Line();
            w.Open("tr");
            foreach (string h in ProseHeaders) w.Element("th", h);
            w.Close("tr").Line();
            foreach (ProseSpec prose in facts.Document.Prose)
            {
                w.Open("tr");
                w.Open("td").Element("code", prose.Id).Close("td");
                w.Element("td", prose.Label);
                w.Open("td").Element("code", prose.Table).Close("td");
                w.Element("td", ProseCells(prose));
                w.Element("td", ProseNumberForms(prose));
                w.Open("td");
                foreach (ProsePattern pattern in prose.Patterns) w.Element("code", pattern.Text).Text(" ");
                w.Close("td");
                w.Close("tr").Line();
            }
            w.Close("table").Line();
            w.Close("section").Line();
        }

        internal const string ProseIntro = "Each figure is the sum of its rows × columns (a group stands for its leaves). A phrase is a .NET regular expression over the report text folded to Simplified script and half-width forms; {n} is the number. A figure that differs from the table is warning SG3040; where the table is blank, the figures are taken from the prose and checked as far as they allow (SG3041).";

        internal static readonly string[] ProseHeaders = { "id", "figure", "table", "cells (rows × columns)", "numbers", "phrases" };

        internal static string ProseCells(ProseSpec prose)
            => string.Join(" + ", prose.Rows.Select(r => r.Value)) + " × " + string.Join(" + ", prose.Columns.Select(c => c.Value));

        internal static string ProseNumberForms(ProseSpec prose)
            => string.Join(", ", prose.Numbers.Count > 0 ? prose.Numbers.Select(n => n.Value) : ProseNumbers.Default);

        /// <summary>How figures of the older version map onto this one, as the schema declares it.</summary>
        private static void RenderMigration(HtmlWriter w, SchemaFacts facts)
        {
            MigrationSpec? migration = facts.Document.Migration;
            if (migration is null) return;
            w.Open("section", "id", "migration").Line();
            w.Element("h2", "Migration from " + migration.FromVersion).Line();
            if (migration.Description is not null) w.Element("p", migration.Description).Line();
            w.Element("p", "Elements no rule names map by the same table id, leaf row path and leaf column id.", "class", "muted").Line();
            w.Open("table", "class", "list").Line();
            w.Open("tr");
            foreach (string h in new[] { "action", "from " + migration.FromVersion, "to " + facts.VersionLabel, "note" }) w.Element("th", h);
            w.Close("tr").Line();
            foreach (MigrationRule rule in migration.Rules)
            {
                w.Open("tr");
                w.Element("td", rule.Action.ToString().ToLowerInvariant());
                References(w, rule.From);
                w.Open("td");
                for (int i = 0; i < rule.To.Count; i++)
                {
                    if (i > 0) w.Void("br");
                    w.Element("code", rule.To[i].Value);
                    if (rule.CarryInto is not null && rule.CarryInto.Value == rule.To[i].Value) w.Text(" (receives the figure)");
                }
                w.Close("td");
                w.Element("td", rule.Note ?? "");
                w.Close("tr").Line();
            }
            w.Close("table").Line();
            w.Close("section").Line();
        }

        private static void References(HtmlWriter w, IReadOnlyList<ElementReference> references)
        {
            w.Open("td");
            for (int i = 0; i < references.Count; i++)
            {
                if (i > 0) w.Void("br");
                w.Element("code", references[i].Value);
            }
            w.Close("td");
        }

        public static string SectionAnchor(string id) => "section-" + HtmlText.Slug(id);

        public static string TableAnchor(string id) => "table-" + HtmlText.Slug(id);

        public static string InvariantAnchor(string id) => "invariant-" + HtmlText.Slug(id);
    }
}
