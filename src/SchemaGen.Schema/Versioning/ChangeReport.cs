using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Schema.Versioning
{
    public enum ChangeKind { Added, Removed, Renamed, Moved, Changed }

    /// <summary>
    /// One change between two schema versions, classified for code and for data, with a stable rule id
    /// (<see cref="ChangeRules"/>). <see cref="Path"/> names the element in the newer schema, or in the older one
    /// when it is gone: <c>section:Overview</c>, <c>Regulations</c> (a table), <c>Applications.row:Outcomes.OtherHandling</c>,
    /// <c>Regulations.column:Issued</c>, <c>invariant:balance</c>, <c>format:namespace</c>; an order change names the
    /// parent whose children moved, or <c>sections</c> / <c>tables</c>. <see cref="Element"/> is format, section, table,
    /// row, column or invariant.
    /// </summary>
    public sealed record SchemaChange(string RuleId, ChangeKind Kind, string Element, string Path, bool BreaksCode, bool BreaksData, string Message)
    {
        /// <summary>The element's path in the older schema when it differs from <see cref="Path"/> (renames, moves).</summary>
        public string? OldPath { get; init; }

        /// <summary>The older value of a changed attribute, as text (null when not applicable).</summary>
        public string? Before { get; init; }

        /// <summary>The newer value of a changed attribute, as text (null when not applicable).</summary>
        public string? After { get; init; }

        public bool IsBreaking => BreaksCode || BreaksData;
    }

    /// <summary>
    /// Every difference between two versions of a format, from <see cref="Compare"/>: added, removed, renamed and
    /// moved elements, split and merged rows and columns, changed cells, wording and invariants, and format metadata.
    /// The order is deterministic (document order of the schemas), so two runs give byte-identical text and JSON.
    /// </summary>
    public sealed class ChangeReport
    {
        public ChangeReport(SchemaDocument older, SchemaDocument newer, IReadOnlyList<SchemaChange> changes)
            : this(older, newer, changes, System.Array.Empty<string>())
        {
        }

        public ChangeReport(SchemaDocument older, SchemaDocument newer, IReadOnlyList<SchemaChange> changes, IReadOnlyList<string> notes)
        {
            Older = older;
            Newer = newer;
            Changes = changes;
            Notes = notes;
        }

        public SchemaDocument Older { get; }
        public SchemaDocument Newer { get; }
        public IReadOnlyList<SchemaChange> Changes { get; }

        /// <summary>Remarks about the comparison itself, such as migration rules that could not be applied.</summary>
        public IReadOnlyList<string> Notes { get; }

        public bool BreaksCode => Changes.Any(c => c.BreaksCode);

        public bool BreaksData => Changes.Any(c => c.BreaksData);

        /// <summary>Compares two versions; the newer one's <c>migration:</c> block, when present and meant for the older version, is honoured.</summary>
        public static ChangeReport Compare(SchemaModel older, SchemaModel newer) => SchemaComparer.Compare(older, newer);

        /// <summary>Compares two loaded schemas (their models are built here; a schema is expected to lint clean).</summary>
        public static ChangeReport Compare(SchemaDocument older, SchemaDocument newer)
            => Compare(SchemaModelBuilder.FromDocument(older), SchemaModelBuilder.FromDocument(newer));

        /// <summary>Readable text, grouped: breaking code and data, code only, data only, then not breaking.</summary>
        public string ToText() => ReportTextWriter.Write(this);

        /// <summary>Stable JSON: the same changes, in <see cref="Changes"/> order, with a summary.</summary>
        public string ToJson() => ReportJsonWriter.Write(this);
    }
}
