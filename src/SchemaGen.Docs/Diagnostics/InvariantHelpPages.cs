using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Rules;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>
    /// One help page per invariant id across the given schemas (the CLI links findings to docs/diagnostics/ID.md),
    /// showing the rule as each format version states it, plus the page of the cell-kind check.
    /// </summary>
    public static class InvariantHelpPages
    {
        public const string CellKindId = "cell-kind";

        /// <summary>Every invariant id of the schemas, in first-declared order, then cell-kind.</summary>
        public static IReadOnlyList<string> Ids(IReadOnlyList<SchemaFacts> schemas)
            => schemas.SelectMany(s => s.Document.Invariants).Select(i => i.Id).Distinct().Append(CellKindId).ToList();

        public static IEnumerable<HelpPage> All(IReadOnlyList<SchemaFacts> schemas)
            => Ids(schemas).Select(id => id == CellKindId ? CellKind() : Page(id, schemas));

        public static HelpPage Page(string id, IReadOnlyList<SchemaFacts> schemas)
        {
            var versions = schemas.Where(s => s.Document.Invariants.Any(i => i.Id == id)).ToList();
            // The CLI reports a rule with the newest version's wording and severity, so the page heads with those too.
            InvariantSpec newest = versions.Last().Document.Invariants.First(i => i.Id == id);
            var facts = new List<(string, string)>
            {
                ("kind", newest.Kind.ToString().ToLowerInvariant()),
                ("format versions", string.Join(", ", versions.Select(v => v.VersionLabel))),
                ("reported by", "generated validators, the analyzers (SG2xxx) and schemagen check, which links here"),
            };
            var body = new List<HelpBlock> { new HelpHeading("Description"), new HelpParagraph(newest.Message) };
            foreach (SchemaFacts schema in versions)
                body.AddRange(VersionSection(schema, schema.Document.Invariants.First(i => i.Id == id)));
            return new HelpPage(id, newest.Message, Level(newest.Severity), facts, body);
        }

        private static IEnumerable<HelpBlock> VersionSection(SchemaFacts schema, InvariantSpec invariant)
        {
            yield return new HelpHeading($"Format version {schema.VersionLabel} ({schema.Document.Key})");
            TableSpec? table = schema.Document.FindTable(invariant.Table);
            ResolvedRule? rule = schema.RuleOf(invariant);
            var items = new List<string>
            {
                "table: " + (table is null ? invariant.Table : table.Id),
                "kind: " + invariant.Kind.ToString().ToLowerInvariant() + (invariant.AcrossYears ? ", across two years (previous.X is last year's report)" : ""),
                "standing: " + (invariant.Standing ?? "not stated"),
                "severity: " + invariant.Severity.ToString().ToLowerInvariant(),
                "message: " + invariant.Message,
            };
            if (table is not null && rule is not null)
            {
                Formula formula = FormulaWriter.Write(table, rule);
                items.Add("rule in labels: " + formula.Labels);
                items.Add("rule in identifiers: " + formula.Identifiers);
                items.Add("checked " + FormulaWriter.ForEachText(table, invariant));
            }
            items.Add("as written in the schema: " + invariant.Rule);
            yield return new HelpBullets(items);
            yield return new HelpParagraph(BlankReading(schema, invariant, rule));
        }

        /// <summary>How blanks are read (README "Blank cells", InvariantEvaluator): which blank cells make an instance not assessable.</summary>
        public static string BlankReading(SchemaFacts schema, InvariantSpec invariant, ResolvedRule? rule)
        {
            const string common = "Blank cells: a part that is not stated adds as 0; an instance with nothing stated is not checked.";
            if (rule is null) return common;
            // For a total only its own left side is the total; for an equation or bound every derived cell counts.
            IEnumerable<ResolvedOperand> candidates = invariant.Kind == InvariantKind.Total ? rule.Left : rule.Left.Concat(rule.Right);
            var totals = candidates
                .Where(o => invariant.Kind == InvariantKind.Total || schema.IsDerived(invariant.Table, invariant.ReferenceAxis, o.LeafPath))
                .Select(o => (o.Previous ? "previous." : "") + o.LeafPath)
                .Distinct()
                .ToList();
            if (totals.Count == 0) return common + " No cell of this rule is a derived total, so a blank never makes an instance not assessable.";
            return common + " If " + string.Join(" or ", totals) + " (a total) is blank, the instance is not assessable: reported once per rule as a warning naming the blank totals, not as a broken rule.";
        }

        public static HelpPage CellKind()
        {
            var facts = new List<(string, string)> { ("reported by", "generated validators and schemagen check, for every stated cell") };
            var body = new List<HelpBlock>
            {
                new HelpHeading("Description"),
                new HelpParagraph("A count is negative or has a fraction, or an amount has more decimals than its column allows."),
                new HelpBullets(new[]
                {
                    "count: a whole number, not negative",
                    "signed count (本年增/减): a whole number, may be negative",
                    "amount: not negative, with at most the column's scale of decimal places",
                }),
                new HelpParagraph("Blank cells are not stated and are never checked against their kind. The report reader already leaves fractional counts (SG3021) and negative figures (SG3022) out as not stated."),
            };
            return new HelpPage(CellKindId, "Cell value not allowed by its kind", "error", facts, body);
        }

        private static string Level(FindingSeverity severity) => severity == FindingSeverity.Error ? "error" : "warning";
    }
}
