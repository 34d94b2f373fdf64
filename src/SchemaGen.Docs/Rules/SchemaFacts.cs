using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Writing;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Docs.Rules
{
    /// <summary>
    /// A loaded schema plus what the pages derive from it: every invariant resolved to leaves, the cells that total
    /// rules derive, and the file names of its pages.
    /// </summary>
    public sealed class SchemaFacts
    {
        private readonly Dictionary<string, ResolvedRule> _rules;
        private readonly Dictionary<string, Dictionary<CellKey, List<string>>> _derivedBy;

        public SchemaFacts(SchemaDocument document)
        {
            Document = document;
            _rules = new Dictionary<string, ResolvedRule>(StringComparer.Ordinal);
            foreach (InvariantSpec invariant in document.Invariants)
            {
                ResolvedRule? rule = RuleResolver.TryResolve(document, invariant);
                if (rule is not null && !_rules.ContainsKey(invariant.Id)) _rules.Add(invariant.Id, rule);
            }
            _derivedBy = new Dictionary<string, Dictionary<CellKey, List<string>>>(StringComparer.Ordinal);
            foreach (TableSpec table in document.Tables)
            {
                var cells = new Dictionary<CellKey, List<string>>();
                foreach (Derivation d in Derivations.Enumerate(table, _rules.Values.Where(r => r.Invariant.Table == table.Id)))
                {
                    if (!cells.TryGetValue(d.Cell, out var ids)) cells[d.Cell] = ids = new List<string>();
                    if (!ids.Contains(d.InvariantId)) ids.Add(d.InvariantId);
                }
                _derivedBy[table.Id] = cells;
            }
        }

        public SchemaDocument Document { get; }

        public FormatInfo Format => Document.Format;

        /// <summary>The base name of this schema's pages: gov-info-annual-report-2021.</summary>
        public string PageName => HtmlText.Slug(Format.Id + "-" + Format.Version);

        /// <summary>The version label for headings: "2021", or the key when the version is empty.</summary>
        public string VersionLabel => Format.Version.Length > 0 ? Format.Version : Document.Key;

        public ResolvedRule? RuleOf(InvariantSpec invariant) => _rules.TryGetValue(invariant.Id, out var rule) ? rule : null;

        /// <summary>The ids of the total invariants that derive a cell, in declaration order (empty when the cell is entered).</summary>
        public IReadOnlyList<string> DerivedBy(TableSpec table, AxisNode row, AxisNode column)
            => _derivedBy.TryGetValue(table.Id, out var cells) && cells.TryGetValue(new CellKey(row.Path, column.Id), out var ids)
                ? ids
                : Array.Empty<string>();

        /// <summary>Whether some total rule derives the leaf (a row path or a column id) in at least one cell: such a blank cell is a blank total.</summary>
        public bool IsDerived(string tableId, RuleAxis axis, string leaf)
            => _derivedBy.TryGetValue(tableId, out var cells)
               && cells.Keys.Any(k => (axis == RuleAxis.Row ? k.Row : k.Column) == leaf);

        /// <summary>The tables in reading order: by section as declared, then any table no section lists.</summary>
        public IEnumerable<TableSpec> TablesInOrder()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (SectionSpec section in Document.Sections)
                foreach (Text id in section.Tables)
                {
                    TableSpec? table = Document.FindTable(id);
                    if (table is not null && seen.Add(table.Id)) yield return table;
                }
            foreach (TableSpec table in Document.Tables)
                if (seen.Add(table.Id)) yield return table;
        }
    }
}
