using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Formats
{
    /// <summary>A report read and validated with one format version's generated parser and validator.</summary>
    public sealed record CheckedReport(FormatEntry Format, ReportReading Reading, object Report, ValidationResult Validation);

    /// <summary>One format version: its generated descriptor, and its generated parser and validator behind one call.</summary>
    public sealed class FormatEntry
    {
        private readonly Func<Document, CheckedReport> _check;

        internal FormatEntry(SchemaDescriptor descriptor, Func<FormatEntry, Document, CheckedReport> check)
        {
            Descriptor = descriptor;
            _check = document => check(this, document);
        }

        public SchemaDescriptor Descriptor { get; }

        public string Version => Descriptor.Version;

        /// <summary>Parses the text with this version's generated parser and validates it with its generated validator.</summary>
        public CheckedReport Check(string text) => _check(TextDocument.Parse(text ?? ""));

        /// <summary>Reads a document (text, or a web page, Word file or PDF as its reader gave it) with this version's generated parser and validates it.</summary>
        public CheckedReport Check(Document document) => _check(document);

        public override string ToString() => Descriptor.Key;
    }

    /// <summary>The format versions this build knows, oldest first: all generated from schema/*.yaml.</summary>
    public static class FormatCatalog
    {
        public static FormatEntry V2019 { get; } = new(global::SchemaGen.Formats.V2019.AnnualReportSchema.Descriptor, (format, document) =>
        {
            var parsed = global::SchemaGen.Formats.V2019.AnnualReportParser.Parse(document);
            return new CheckedReport(format, parsed.Reading, parsed.Report, global::SchemaGen.Formats.V2019.AnnualReportValidator.Validate(parsed.Report));
        });

        public static FormatEntry V2021 { get; } = new(global::SchemaGen.Formats.V2021.AnnualReportSchema.Descriptor, (format, document) =>
        {
            var parsed = global::SchemaGen.Formats.V2021.AnnualReportParser.Parse(document);
            return new CheckedReport(format, parsed.Reading, parsed.Report, global::SchemaGen.Formats.V2021.AnnualReportValidator.Validate(parsed.Report));
        });

        public static IReadOnlyList<FormatEntry> All { get; } = new[] { V2019, V2021 };

        public static FormatEntry? Find(string version) => All.FirstOrDefault(f => f.Version == version);
    }
}
