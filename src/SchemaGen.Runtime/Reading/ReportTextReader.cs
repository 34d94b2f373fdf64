using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>Reads a report's plain text into sections and table cells, driven by a schema descriptor. Never throws.</summary>
    public static class ReportTextReader
    {
        public static ReportReading Read(string text, SchemaDescriptor schema)
            => throw new System.NotImplementedException("being written");
    }
}
