using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Formats
{
    /// <summary>A report read and validated with one format version's generated parser and validator.</summary>
    public sealed record CheckedReport(FormatEntry Format, ReportReading Reading, object Report, ValidationResult Validation);

    /// <summary>One format version: a generated <see cref="IReportFormat"/>, with its parse-and-validate behind one call.</summary>
    public sealed class FormatEntry
    {
        public FormatEntry(IReportFormat format) => Format = format ?? throw new ArgumentNullException(nameof(format));

        /// <summary>The generated format entry: descriptor, parser, validators, converter and migration map.</summary>
        public IReportFormat Format { get; }

        public SchemaDescriptor Descriptor => Format.Descriptor;

        public string Version => Descriptor.Version;

        /// <summary>Parses the text with this version's generated parser and validates it with its generated validator.</summary>
        public CheckedReport Check(string text) => Checked(Format.Parse(text));

        /// <summary>Reads a document (a web page, a Word file, a PDF) with this version's generated parser and validates it.</summary>
        public CheckedReport Check(Document document) => Checked(Format.Parse(document));

        private CheckedReport Checked(ParsedReport parsed) => new(this, parsed.Reading, parsed.Report, Format.Validate(parsed.Report));

        public override string ToString() => Descriptor.Key;
    }

    /// <summary>
    /// The format versions this build knows, oldest first: every schema/*.yaml, generated into this assembly, as the
    /// generator lists them. A new version is a new YAML file; nothing here names one.
    /// </summary>
    public static class FormatCatalog
    {
        public static IReadOnlyList<FormatEntry> All { get; } = SchemaGen.Generated.ReportFormats.All.Select(f => new FormatEntry(f)).ToArray();

        /// <summary>The newest version (the last one): what a report with no evidence of its version is read as.</summary>
        public static FormatEntry Newest => All[All.Count - 1];

        public static FormatEntry? Find(string version) => Find(All, version);

        public static FormatEntry? Find(IReadOnlyList<FormatEntry> formats, string version) => formats.FirstOrDefault(f => f.Version == version);
    }
}
