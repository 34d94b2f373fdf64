using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime;
using SchemaGen.Schema.Model;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// The names a [SchemaKey] argument may use for one kind of element, per the attribute's contract: ids and paths,
    /// official labels and their aliases. Suggestions are always the canonical form (a row's path, otherwise the id).
    /// </summary>
    public sealed class KeyLookup
    {
        private readonly HashSet<string> _known = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal); // canonical name → label

        public KeyLookup(IReadOnlyList<LoadedSchema> schemas, SchemaKeyKind kind, string? tableName)
        {
            KindWord = kind switch
            {
                SchemaKeyKind.Section => "Section",
                SchemaKeyKind.Table => "Table",
                SchemaKeyKind.Row => "Row",
                SchemaKeyKind.Column => "Column",
                _ => "Invariant",
            };
            Owner = schemas.Count == 1 ? "schema " + schemas[0].Key : "any loaded schema (" + string.Join(", ", schemas.Select(s => s.Key)) + ")";

            switch (kind)
            {
                case SchemaKeyKind.Section:
                    foreach (SectionSpec section in schemas.SelectMany(s => s.Document.Sections))
                        Add(section.Id, section.Heading, new[] { section.Label, section.Heading }.Concat(section.Aliases.Select(a => a.Value)));
                    break;
                case SchemaKeyKind.Table:
                    foreach (CatalogTable table in schemas.SelectMany(s => s.Tables))
                        Add(table.Id, table.Spec.Label, new[] { table.Spec.Label });
                    break;
                case SchemaKeyKind.Invariant:
                    foreach (InvariantSpec invariant in schemas.SelectMany(s => s.Document.Invariants))
                        Add(invariant.Id, invariant.Message, Array.Empty<string>());
                    break;
                default:
                    var tables = schemas.SelectMany(s => s.Tables).ToList();
                    if (tableName is not null)
                    {
                        tables = tables.Where(t => t.Id == tableName || t.Spec.Label == tableName).ToList();
                        // The table argument is itself unknown: it gets its own diagnostic, and nothing can be said of this one.
                        if (tables.Count == 0)
                        {
                            Skip = true;
                            return;
                        }
                        if (tables.Count == 1) Owner = "table " + tables[0].Description + " of " + tables[0].SchemaKey;
                    }
                    foreach (CatalogTable table in tables)
                    {
                        if (kind == SchemaKeyKind.Row)
                            foreach (AxisNode row in table.Spec.AllRows)
                                Add(row.Path, row.NumberedLabel, new[] { row.Id, row.Label, row.NumberedLabel }.Concat(row.Aliases.Select(a => a.Value)));
                        else
                            foreach (AxisNode column in table.Spec.AllColumns)
                                Add(column.IsLeaf ? column.Id : column.Path, column.IsLeaf ? table.ColumnLabel(column.Id) : column.Label, new[] { column.Id, column.Path, column.Label }.Concat(column.Aliases.Select(a => a.Value)));
                    }
                    break;
            }
        }

        /// <summary>True when nothing can be checked (the table the element belongs to is unknown).</summary>
        public bool Skip { get; }

        /// <summary>"Row", "Column", …: the kind as the message's subject.</summary>
        public string KindWord { get; }

        /// <summary>Where the name was looked for: "table 收到和处理… (Applications) of gov-info-annual-report@2021".</summary>
        public string Owner { get; }

        public bool Knows(string name) => _known.Contains(name) || _known.Contains(name.Trim());

        public string? Suggest(string name) => Naming.Closest(name, _canonical.Keys);

        /// <summary>", 一、本年新收政府信息公开申请数量" after a suggested name, so the message shows what it stands for.</summary>
        public string LabelOf(string canonical)
            => _canonical.TryGetValue(canonical, out string? label) && !string.IsNullOrEmpty(label) && label != canonical ? ", " + label : "";

        private void Add(string canonical, string label, IEnumerable<string> otherNames)
        {
            _known.Add(canonical);
            if (!_canonical.ContainsKey(canonical)) _canonical.Add(canonical, label);
            foreach (string name in otherNames)
                if (!string.IsNullOrEmpty(name)) _known.Add(name);
        }
    }
}
