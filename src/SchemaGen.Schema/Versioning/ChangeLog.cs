using System.Collections.Generic;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>Collects changes in the order the comparers find them (document order, so deterministic).</summary>
    internal sealed class ChangeLog
    {
        private readonly List<SchemaChange> _changes = new();

        public IReadOnlyList<SchemaChange> Changes => _changes;

        /// <summary>Adds a change classified explicitly (for rules whose breakage depends on the change).</summary>
        public void Add(ChangeRule rule, string element, string path, bool breaksCode, bool breaksData, string message,
            string? oldPath = null, string? before = null, string? after = null)
            => _changes.Add(new SchemaChange(rule.Id, rule.Kind, element, path, breaksCode, breaksData, message)
            {
                OldPath = oldPath == path ? null : oldPath,
                Before = before,
                After = after,
            });

        /// <summary>Adds a change classified as its rule always is.</summary>
        public void Add(ChangeRule rule, string element, string path, string message, string? oldPath = null, string? before = null, string? after = null)
            => Add(rule, element, path, BreaksCode(rule.Breaks), BreaksData(rule.Breaks), message, oldPath, before, after);

        private static bool BreaksCode(Breakage breaks) => breaks == Breakage.Code || breaks == Breakage.CodeAndData;

        private static bool BreaksData(Breakage breaks) => breaks == Breakage.Data || breaks == Breakage.CodeAndData;
    }
}
