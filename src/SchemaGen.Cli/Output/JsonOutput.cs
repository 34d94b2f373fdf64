using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// Writes JSON built as <see cref="JsonObject"/>s, which keep their insertion order: property order is part
    /// of the output's contract, so it is spelled out where the objects are built. Chinese text stays readable
    /// (no \u escapes), lines end in \n.
    /// </summary>
    public static class JsonOutput
    {
        internal static readonly JsonSerializerOptions SerializerOptions = new()
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };

        public static void Write(TextWriter writer, JsonNode node)
        {
            writer.Write(node.ToJsonString(SerializerOptions));
            writer.Write('\n');
        }

        public static string ToText(JsonNode node) => node.ToJsonString(SerializerOptions);
    }
}
