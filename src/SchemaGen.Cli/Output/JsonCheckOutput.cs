using System.IO;
using SchemaGen.Cli.Checking;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// JSON output of check (<see cref="JsonReporter.Schema"/>), streamed: the files array is opened first and each file's
    /// object written into it as it is done, so memory stays flat in the number of files; the comparison and the summary
    /// follow when the run ends. The bytes are those the whole document would have had.
    /// </summary>
    public sealed class JsonCheckOutput : ICheckOutput
    {
        private readonly StreamingJson _json;

        /// <param name="writerBytes">The stream <paramref name="writer"/> writes UTF-8 to, if known (see <see cref="OutputTarget.Utf8Bytes"/>).</param>
        public JsonCheckOutput(TextWriter writer, Stream? writerBytes = null) => _json = new StreamingJson(writer, writerBytes);

        public void Begin()
        {
            _json.Writer.WriteStartObject();
            _json.Writer.WriteString("schema", JsonReporter.Schema);
            _json.Writer.WritePropertyName("tool");
            JsonReporter.WriteTool(_json.Writer);
            _json.Writer.WriteStartArray("files");
            _json.Flush();
        }

        public void File(FileCheckResult result)
        {
            JsonReporter.WriteFile(_json.Writer, result);
            _json.Flush();
        }

        public void End(CheckEnding ending)
        {
            _json.Writer.WriteEndArray();
            if (ending.Comparison is not null)
            {
                _json.Writer.WritePropertyName("comparison");
                JsonReporter.WriteComparison(_json.Writer, ending.Comparison);
            }
            _json.Writer.WritePropertyName("summary");
            JsonReporter.WriteSummary(_json.Writer, ending.Tally, ending.Comparison, ending.ExitCode, ending.Interruption);
            _json.Writer.WriteEndObject();
            _json.Finish();
            _json.Dispose();
        }
    }
}
