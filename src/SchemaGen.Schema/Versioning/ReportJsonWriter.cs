using System.Linq;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>The report as JSON: versions, a summary, every change in report order, and the notes.</summary>
    internal static class ReportJsonWriter
    {
        public static string Write(ChangeReport report)
        {
            var json = new JsonWriter();
            json.BeginObject()
                .Property("older", report.Older.Key)
                .Property("newer", report.Newer.Key)
                .Name("summary").BeginObject()
                    .Property("changes", report.Changes.Count)
                    .Property("breaksCode", report.Changes.Count(c => c.BreaksCode))
                    .Property("breaksData", report.Changes.Count(c => c.BreaksData))
                    .Property("breaking", report.Changes.Count(c => c.IsBreaking))
                .EndObject();
            json.Name("changes").BeginArray();
            foreach (SchemaChange change in report.Changes)
            {
                json.BeginObject()
                    .Property("ruleId", change.RuleId)
                    .Property("kind", change.Kind.ToString().ToLowerInvariant())
                    .Property("element", change.Element)
                    .Property("path", change.Path)
                    .Property("oldPath", change.OldPath)
                    .Property("breaksCode", change.BreaksCode)
                    .Property("breaksData", change.BreaksData)
                    .Property("before", change.Before)
                    .Property("after", change.After)
                    .Property("message", change.Message)
                    .EndObject();
            }
            json.EndArray();
            json.Name("notes").BeginArray();
            foreach (string note in report.Notes) json.Value(note);
            json.EndArray();
            json.EndObject();
            return json + "\n";
        }
    }
}
