using System.Collections.Generic;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    // CONTRACT (owned by the versions work): the change report between two schema versions.

    public enum ChangeKind { Added, Removed, Renamed, Moved, Changed }

    /// <summary>One change between two schema versions, classified for code and for data, with a stable rule id.</summary>
    public sealed record SchemaChange(string RuleId, ChangeKind Kind, string Element, string Path, bool BreaksCode, bool BreaksData, string Message);

    public sealed class ChangeReport
    {
        public ChangeReport(SchemaDocument older, SchemaDocument newer, IReadOnlyList<SchemaChange> changes)
        {
            Older = older;
            Newer = newer;
            Changes = changes;
        }

        public SchemaDocument Older { get; }
        public SchemaDocument Newer { get; }
        public IReadOnlyList<SchemaChange> Changes { get; }

        public static ChangeReport Compare(SchemaDocument older, SchemaDocument newer) => throw new System.NotImplementedException("being written");

        public string ToText() => throw new System.NotImplementedException("being written");

        public string ToJson() => throw new System.NotImplementedException("being written");
    }
}
