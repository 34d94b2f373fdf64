using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// Writes JSON built as <see cref="JsonObject"/>s (which keep their insertion order) or written straight to a
    /// <see cref="Utf8JsonWriter"/>, in one layout: property order is part of the output's contract, so it is spelled out
    /// where the objects are built or written. Chinese text stays readable (no \u escapes), lines end in \n.
    /// </summary>
    public static class JsonOutput
    {
        internal static readonly JsonSerializerOptions SerializerOptions = new()
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };

        /// <summary>
        /// A whole document written straight to a <see cref="Utf8JsonWriter"/>, laid out as <see cref="SerializerOptions"/>
        /// lay out a node, and ended with a line end.
        /// </summary>
        public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
        {
            using var json = new StreamingJson(writer);
            write(json.Writer);
            json.Finish();
        }

        /// <summary>What a writer writes, as a node, for documents built as nodes (SARIF) that carry a piece written straight.</summary>
        public static JsonNode Node(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer, StreamingJson.WriterOptions)) write(json);
            return JsonNode.Parse(buffer.WrittenSpan)!;
        }
    }
}
