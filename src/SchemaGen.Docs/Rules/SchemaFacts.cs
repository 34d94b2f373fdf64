using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Docs.Writing;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Docs.Rules
{
    /// <summary>
    /// A schema as the pages read it: its semantic model (rules resolved to leaves, cells with the total rules that
    /// derive them, built by the same SchemaModelBuilder the generator uses), and the file names of its pages.
    /// </summary>
    public sealed class SchemaFacts
    {
        public SchemaFacts(SchemaModel model) => Model = model;

        public SchemaModel Model { get; }

        public SchemaDocument Document => Model.Declaration;

        public FormatInfo Format => Document.Format;

        /// <summary>The base name of this schema's pages: gov-info-annual-report-2021.</summary>
        public string PageName => HtmlText.Slug(Format.Id + "-" + Format.Version);

        /// <summary>The version label for headings: "2021", or the key when the version is empty.</summary>
        public string VersionLabel => Format.Version.Length > 0 ? Format.Version : Document.Key;

        public ResolvedRule? RuleOf(InvariantSpec invariant) => Model.Rule(invariant.Id)?.Resolved;

        /// <summary>The ids of the total invariants that derive a cell, in declaration order (empty when the cell is entered).</summary>
        public IReadOnlyList<string> DerivedBy(TableSpec table, AxisNode row, AxisNode column)
            => Model.Table(table.Id)?.Cell(new CellKey(row.Path, column.Id)) is { } cell ? cell.DerivedBy.Select(t => t.Value).ToList() : Array.Empty<string>();

        /// <summary>Whether some total rule derives the leaf (a row path or a column id) in at least one cell: such a blank cell is a blank total.</summary>
        public bool IsDerived(string tableId, RuleAxis axis, string leaf)
            => Model.Table(tableId) is { } table && table.Cells.Any(c => c.IsDerived && (axis == RuleAxis.Row ? c.RowPath : c.ColumnId) == leaf);

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
