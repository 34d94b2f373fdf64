using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>Reads a report's plain text: <see cref="TextDocument.Parse"/>, then <see cref="ReportReader.Read"/>. Never throws.</summary>
    public static class ReportTextReader
    {
        public static ReportReading Read(string text, SchemaDescriptor schema) => ReportReader.Read(TextDocument.Parse(text ?? ""), schema);
    }
}
