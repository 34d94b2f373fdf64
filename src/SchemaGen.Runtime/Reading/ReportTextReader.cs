using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>Reads a report's plain text: <see cref="TextDocument.Parse"/>, then <see cref="ReportReader.Read(Document, SchemaDescriptor)"/>. Never throws.</summary>
    public static class ReportTextReader
    {
        public static ReportReading Read(string text, SchemaDescriptor schema) => ReportReader.Read(TextDocument.Parse(text ?? ""), schema);

        /// <summary>As <see cref="Read(string, SchemaDescriptor)"/>, knowing the rows of other versions' shapes (<see cref="ReportReader.Read(Document, SchemaDescriptor, MigratedRowShapes)"/>).</summary>
        public static ReportReading Read(string text, SchemaDescriptor schema, MigratedRowShapes? shapes) => ReportReader.Read(TextDocument.Parse(text ?? ""), schema, shapes);
    }
}
