using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// The report as text: a summary line, then one line per change grouped by what it breaks (code and data
    /// first, nothing last), each group in report order.
    /// </summary>
    internal static class ReportTextWriter
    {
        private static readonly (string Title, System.Func<SchemaChange, bool> Belongs)[] Groups =
        {
            ("Breaks code and data", c => c.BreaksCode && c.BreaksData),
            ("Breaks code", c => c.BreaksCode && !c.BreaksData),
            ("Breaks data", c => !c.BreaksCode && c.BreaksData),
            ("Breaks neither", c => !c.BreaksCode && !c.BreaksData),
        };

        public static string Write(ChangeReport report)
        {
            var text = new StringBuilder();
            IReadOnlyList<SchemaChange> changes = report.Changes;
            text.Append("Schema changes ").Append(report.Older.Key).Append(" → ").Append(report.Newer.Key).Append('\n');
            if (changes.Count == 0)
                text.Append("No changes.\n");
            else
                text.Append(changes.Count).Append(" changes: ")
                    .Append(changes.Count(c => c.BreaksCode)).Append(" break code, ")
                    .Append(changes.Count(c => c.BreaksData)).Append(" break data, ")
                    .Append(changes.Count(c => !c.IsBreaking)).Append(" break neither.\n");

            foreach (var (title, belongs) in Groups)
            {
                var group = changes.Where(belongs).ToList();
                if (group.Count == 0) continue;
                text.Append('\n').Append(title).Append(" (").Append(group.Count).Append(")\n");
                foreach (SchemaChange change in group)
                    text.Append(Line(change)).Append('\n');
            }

            if (report.Notes.Count > 0)
            {
                text.Append("\nNotes\n");
                foreach (string note in report.Notes) text.Append("  ").Append(note).Append('\n');
            }
            return text.ToString();
        }

        /// <summary>One change on one line: rule id, path, message.</summary>
        public static string Line(SchemaChange change)
            => "  " + change.RuleId + "  " + change.Path + "  " + OneLine(change.Message);

        private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
    }
}
