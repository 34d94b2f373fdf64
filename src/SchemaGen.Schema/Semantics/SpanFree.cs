using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Semantics
{
    /// <summary>
    /// Copies of declarations with every source position cleared. Diagnostics are located from the loaded document;
    /// the semantic model keeps none, so moving text around (a comment, a blank line) leaves it equal and every
    /// pipeline step after it cached.
    /// </summary>
    internal static class SpanFree
    {
        public static SchemaDocument Of(SchemaDocument doc)
        {
            SourceSpan none = SourceSpan.None(doc.Path);
            return doc with
            {
                Format = doc.Format with { Span = none },
                Sections = doc.Sections.Select(s => s with { Span = none }).ToEquatableArray(),
                Tables = doc.Tables.Select(t => Of(t, none)).ToEquatableArray(),
                Invariants = doc.Invariants.Select(i => i with { Span = none, RuleSpan = none }).ToEquatableArray(),
                Migration = doc.Migration is null ? null : Of(doc.Migration, none),
                Removed = doc.Removed.Select(r => r with { Span = none, Element = r.Element with { Span = none } }).ToEquatableArray(),
                Prose = doc.Prose.Select(p => p with { Span = none, Patterns = p.Patterns.Select(x => x with { Span = none }).ToEquatableArray() }).ToEquatableArray(),
            };
        }

        public static TableSpec Of(TableSpec table, SourceSpan none)
            => table with { Span = none, Columns = Of(table.Columns, none), Rows = Of(table.Rows, none) };

        private static EquatableArray<AxisNode> Of(EquatableArray<AxisNode> nodes, SourceSpan none)
            => nodes.Select(n => n with { Span = none, Children = Of(n.Children, none) }).ToEquatableArray();

        public static MigrationSpec Of(MigrationSpec migration, SourceSpan none)
            => migration with
            {
                Span = none,
                Rules = migration.Rules.Select(r => r with
                {
                    Span = none,
                    From = r.From.Select(f => f with { Span = none }).ToEquatableArray(),
                    To = r.To.Select(t => t with { Span = none }).ToEquatableArray(),
                    CarryInto = r.CarryInto is null ? null : r.CarryInto with { Span = none },
                }).ToEquatableArray(),
            };
    }
}
