using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// What SG2004 accepts for one [SchemaKey] parameter: the key contract of <see cref="SchemaKeys"/>, over the same
    /// elements the runtime descriptors hold (the semantic model the generator emits them from), so a key passes here
    /// exactly when the runtime lookup finds it. With no scope, a key of any loaded schema passes.
    /// </summary>
    public sealed class KeyLookup
    {
        private readonly List<KeyIndex> _indices = new();

        /// <summary>Keys of an earlier version (renamed or removed members of the schema), with the key they became (null when removed) and why.</summary>
        private readonly List<(string OldKey, string? NewKey, string Message)> _changed = new();

        public KeyLookup(IReadOnlyList<LoadedSchema> schemas, SchemaKeyKind kind, string? tableName, bool leafOnly = false)
        {
            LeafOnly = leafOnly;
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
                    _indices.AddRange(schemas.Select(s => s.SectionKeys));
                    break;
                case SchemaKeyKind.Table:
                    _indices.AddRange(schemas.Select(s => s.TableKeys));
                    _changed.AddRange(schemas.SelectMany(s => s.Model.Changes).Where(c => c.Scope == MemberScope.Report).Select(c => (c.OldName, c.NewName, c.Message)));
                    break;
                case SchemaKeyKind.Invariant:
                    _indices.AddRange(schemas.Select(s => s.InvariantKeys));
                    break;
                default:
                    var tables = schemas.SelectMany(s => tableName is null ? s.Tables : s.TableKeys.Find(tableName) is { } t ? new[] { s.Table(t.Canonical)! } : Enumerable.Empty<CatalogTable>()).ToList();
                    // The table argument is itself unknown: it gets its own diagnostic, and nothing can be said of this one.
                    if (tableName is not null && tables.Count == 0)
                    {
                        Skip = true;
                        return;
                    }
                    if (tableName is not null && tables.Count == 1) Owner = "table " + tables[0].Description + " of " + tables[0].SchemaKey;
                    _indices.AddRange(tables.Select(t => kind == SchemaKeyKind.Row ? t.RowKeys : t.ColumnKeys));
                    _changed.AddRange(schemas.SelectMany(s => s.Model.Changes)
                        .Where(c => tables.Any(t => t.Id == c.Table) && (kind == SchemaKeyKind.Row ? c.Scope is MemberScope.Table or MemberScope.Group : c.Scope == MemberScope.Row))
                        .Select(c => (Path(c.Owner, c.OldName), c.NewName is null ? null : Path(c.Owner, c.NewName), c.Message)));
                    break;
            }
        }

        /// <summary>True when nothing can be checked (the table the element belongs to is unknown).</summary>
        public bool Skip { get; }

        /// <summary>Only an element that holds figures will do (the row or column of a cell).</summary>
        public bool LeafOnly { get; }

        /// <summary>"Row", "Column", …: the kind as the message's subject.</summary>
        public string KindWord { get; }

        /// <summary>Where the name was looked for: "table 收到和处理… (Applications) of gov-info-annual-report@2021".</summary>
        public string Owner { get; }

        public bool Knows(string name) => _indices.Any(i => i.Resolve(name).Element is { } e && (!LeafOnly || e.IsLeaf));

        /// <summary>Why a name is not accepted, as the tail of the SG2004 message, and the canonical name to suggest (or null).</summary>
        public (string Explanation, string? Suggestion) Explain(string name)
        {
            var matches = _indices.Select(i => i.Resolve(name)).ToList();
            KeyedElement? group = matches.Select(m => m.Element).FirstOrDefault(e => e is { IsLeaf: false });
            if (LeafOnly && group is not null)
                return ($" ('{group.Canonical}' is a {KindWord.ToLowerInvariant()} group, which holds no figures; name one of its leaves)", null);
            KeyMatch? ambiguous = matches.FirstOrDefault(m => m.Kind == KeyMatchKind.Ambiguous);
            if (ambiguous is not null)
                return (" (" + KeyIndex.Explain(ambiguous, KindWord.ToLowerInvariant(), name) + ")", null);
            // A key of an earlier version: say what became of it, and suggest the new key when there is one.
            foreach (var (oldKey, newKey, message) in _changed)
                if (oldKey == name) return (" (" + message + ")", newKey);
            KeyedElement? closest = matches.SelectMany(m => m.Candidates).FirstOrDefault();
            if (closest is null) return ("", null);
            string label = closest.Label.Length > 0 && closest.Label != closest.Canonical ? ", " + closest.Label : "";
            return (" (did you mean '" + closest.Canonical + "'" + label + "?)", closest.Canonical);
        }

        private static string Path(string owner, string id) => owner.Length == 0 ? id : owner + "." + id;
    }
}
