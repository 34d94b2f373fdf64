using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// One JSON document written piece by piece: the open parts (an object, an array) are written as they start, each
    /// element as it is ready, and <see cref="Flush"/> hands everything written so far to the text writer. Memory holds
    /// one element at a time, however many there are. The layout is exactly <see cref="JsonOutput"/>'s (indented by two,
    /// \n line ends, Chinese unescaped), so a document written in pieces is byte for byte the one written whole.
    /// </summary>
    public sealed class StreamingJson : IDisposable
    {
        internal static readonly JsonWriterOptions WriterOptions = new()
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };

        private readonly TextWriter _output;
        private readonly Stream? _outputBytes;
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly Utf8JsonWriter _writer;

        /// <param name="outputBytes">The stream <paramref name="output"/> writes UTF-8 to, if known: the JSON's bytes go there as they are.</param>
        public StreamingJson(TextWriter output, Stream? outputBytes = null)
        {
            _output = output;
            _outputBytes = outputBytes;
            _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        }

        public Utf8JsonWriter Writer => _writer;

        /// <summary>Writes a built node as the next value (an array element, or after <see cref="Utf8JsonWriter.WritePropertyName(string)"/>).</summary>
        public void Write(JsonNode? node)
        {
            if (node is null) _writer.WriteNullValue();
            else node.WriteTo(_writer, JsonOutput.SerializerOptions);
        }

        public void Write(string propertyName, JsonNode? node)
        {
            _writer.WritePropertyName(propertyName);
            Write(node);
        }

        /// <summary>Hands what is written so far to the text writer, and flushes it, so that a reader of the output sees it now.</summary>
        public void Flush()
        {
            _writer.Flush();
            if (_outputBytes is not null)
            {
                _output.Flush(); // whatever the writer holds comes first
                _outputBytes.Write(_buffer.WrittenSpan);
                _outputBytes.Flush();
            }
            else
            {
                if (_buffer.WrittenCount > 0) _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
                _output.Flush();
            }
            _buffer.ResetWrittenCount();
        }

        /// <summary>Ends the document: everything left, then the closing line end <see cref="JsonOutput.Write"/> writes too.</summary>
        public void Finish()
        {
            Flush();
            _output.Write('\n');
            _output.Flush();
        }

        public void Dispose() => _writer.Dispose();
    }
}
