using System.IO;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;

namespace SchemaGen.Cli.Extracting
{
    /// <summary>
    /// extract as JSON Lines: one object per figure, its properties the CSV's columns (numbers as numbers, empty cells
    /// left out), so that <c>pandas.read_json(path, lines=True)</c> and <c>jsonlite::stream_in</c> take it as a table.
    /// </summary>
    public sealed class JsonExtractOutput : ICheckOutput
    {
        private readonly TextWriter _writer;

        public JsonExtractOutput(TextWriter writer) => _writer = writer;

        public void Begin()
        {
        }

        public void File(FileCheckResult result)
        {
            foreach (ExtractRow row in ExtractRow.Of(result))
            {
                var line = new System.Text.Json.Nodes.JsonObject();
                var cells = row.Cells();
                for (int i = 0; i < cells.Count; i++)
                {
                    if (cells[i] is not { } cell) continue;
                    string name = ExtractRow.Columns[i];
                    line[name] = name switch
                    {
                        "value" => System.Text.Json.Nodes.JsonValue.Create(row.Value),
                        "report_year" => System.Text.Json.Nodes.JsonValue.Create(row.ReportYear),
                        "line" => System.Text.Json.Nodes.JsonValue.Create(row.Line),
                        _ => System.Text.Json.Nodes.JsonValue.Create(cell),
                    };
                }
                _writer.Write(line.ToJsonString(JsonLines));
                _writer.Write('\n');
            }
            _writer.Flush();
        }

        public void End(CheckEnding ending) => _writer.Flush();

        // Chinese labels as they are, not \u escapes: the lines are read by people too.
        private static readonly System.Text.Json.JsonSerializerOptions JsonLines = new()
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
    }
}
