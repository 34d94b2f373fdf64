using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet;
using Parquet.Schema;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;

namespace SchemaGen.Cli.Extracting
{
    /// <summary>
    /// extract as Apache Parquet: the CSV's columns, typed (report_year and line int32, value double, the rest UTF-8
    /// strings; all nullable), one row group per file, written as each file is done. Parquet is binary and ends with a
    /// footer, so it goes to a file (--output), never to a terminal.
    /// </summary>
    public sealed class ParquetExtractOutput : ICheckOutput
    {
        private static readonly HashSet<string> IntegerColumns = new() { "report_year", "line" };

        private readonly Stream _stream;
        private readonly ParquetSchema _schema;
        private readonly DataField[] _fields;
        private ParquetWriter? _writer;

        public ParquetExtractOutput(Stream stream)
        {
            _stream = stream;
            _fields = ExtractRow.Columns.Select(Field).ToArray();
            _schema = new ParquetSchema(_fields);
        }

        private static DataField Field(string name)
            => name == "value" ? new DataField<double?>(name) : IntegerColumns.Contains(name) ? new DataField<int?>(name) : new DataField<string>(name, true);

        public void Begin() => _writer = ParquetWriter.CreateAsync(_schema, _stream).GetAwaiter().GetResult();

        public void File(FileCheckResult result)
        {
            ExtractRow[] rows = ExtractRow.Of(result).ToArray();
            if (rows.Length == 0) return;
            using ParquetRowGroupWriter group = _writer!.CreateRowGroup();
            var cells = rows.Select(r => r.Cells()).ToArray();
            for (int i = 0; i < _fields.Length; i++)
            {
                DataField field = _fields[i];
                if (field.Name == "value")
                    Wait(group.WriteAsync<double>(field, rows.Select(r => r.Value is decimal v ? (double?)(double)v : null).ToArray()));
                else if (field.Name == "report_year")
                    Wait(group.WriteAsync<int>(field, rows.Select(r => r.ReportYear).ToArray()));
                else if (field.Name == "line")
                    Wait(group.WriteAsync<int>(field, rows.Select(r => r.Line).ToArray()));
                else
                {
                    int column = i;
                    Wait(group.WriteAsync(field, cells.Select(c => c[column]).ToArray()!));
                }
            }
            _stream.Flush();
        }

        public void End(CheckEnding ending)
        {
            _writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _writer = null;
            _stream.Flush();
        }

        // The CLI writes synchronously as each file is done; Parquet.Net's writer is asynchronous only.
        private static void Wait(System.Threading.Tasks.Task task) => task.GetAwaiter().GetResult();

        private static void Wait(System.Threading.Tasks.ValueTask task) => task.AsTask().GetAwaiter().GetResult();
    }
}
