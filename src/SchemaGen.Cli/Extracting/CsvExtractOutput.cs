using System.IO;
using System.Linq;
using CsvHelper;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;

namespace SchemaGen.Cli.Extracting
{
    /// <summary>extract as RFC 4180 CSV (comma, CRLF, fields quoted when they must be), the header first, each file's rows as it is done.</summary>
    public sealed class CsvExtractOutput : ICheckOutput
    {
        private readonly TextWriter _writer;
        private readonly CsvWriter _csv;

        public CsvExtractOutput(TextWriter writer)
        {
            _writer = writer;
            _csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        }

        public void Begin()
        {
            _csv.WriteRecord(ExtractRow.Columns.ToArray());
            _csv.Flush();
        }

        public void File(FileCheckResult result)
        {
            foreach (ExtractRow row in ExtractRow.Of(result))
            {
                _csv.WriteRecord(row.Cells().Select(c => c ?? "").ToArray());
            }
            _csv.Flush();
            _writer.Flush();
        }

        public void End(CheckEnding ending)
        {
            _csv.Flush();
            _csv.Dispose();
            _writer.Flush();
        }
    }
}
