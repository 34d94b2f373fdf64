using System;
using System.Collections.Generic;
using SchemaGen.Formats;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Fuzz.Tests
{
    /// <summary>
    /// The one file of these tests that touches the generated parsers and validators (being reworked): read a document
    /// against a version's generated descriptor, and validate the reading with that version's generated validator.
    /// </summary>
    internal static class GeneratedCode
    {
        private static readonly Dictionary<string, Func<ReportReading, ValidationResult>> Validators = new(StringComparer.Ordinal)
        {
            ["2019"] = reading => SchemaGen.Formats.V2019.AnnualReportValidator.Validate(SchemaGen.Formats.V2019.AnnualReportParser.FromReading(reading)),
            ["2021"] = reading => SchemaGen.Formats.V2021.AnnualReportValidator.Validate(SchemaGen.Formats.V2021.AnnualReportParser.FromReading(reading)),
        };

        public static ReportReading Read(string version, Document document)
            => ReportReader.Read(document, (FormatCatalog.Find(version) ?? throw new ArgumentException("no format " + version)).Descriptor);

        public static ValidationResult Validate(string version, ReportReading reading) => Validators[version](reading);
    }
}
