using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Migration;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Formats
{
    /// <summary>A report read with one format's generated parser: the typed report (as object) and how it was read.</summary>
    public sealed class ParsedReport
    {
        public ParsedReport(object report, ReportReading reading)
        {
            Report = report;
            Reading = reading;
        }

        public object Report { get; }
        public ReportReading Reading { get; }
    }

    /// <summary>
    /// One format version as generated code: the generator emits one class per schema implementing this (AnnualReportFormat),
    /// so that tools hold a list of formats and no code per version. Every member is the generated code's own: the
    /// descriptor, the parser, the validators and, when the schema's migration block names an older version generated
    /// in the same compilation, the converter from it and the cell-by-cell map it follows.
    /// </summary>
    public interface IReportFormat
    {
        SchemaDescriptor Descriptor { get; }

        /// <summary>The older version the schema's migration block maps from, or null.</summary>
        string? MigratesFrom { get; }

        /// <summary>Where each cell of <see cref="MigratesFrom"/> goes in this version; null when that version was not generated beside this one.</summary>
        MigrationMapDescriptor? MigrationMap { get; }

        /// <summary>Parses a report's text. Never throws.</summary>
        ParsedReport Parse(string? text);

        /// <summary>Reads a report from a document (a web page, a Word file, a PDF, or text). Never throws.</summary>
        ParsedReport Parse(Document document);

        /// <summary>The typed report from a reading made with <see cref="Descriptor"/>.</summary>
        object FromReading(ReportReading reading);

        /// <summary>Every invariant and cell kind of one report.</summary>
        ValidationResult Validate(object report);

        /// <summary>The rules that compare last year's report with this year's, both of this version.</summary>
        ValidationResult ValidateAcrossYears(object previous, object current);

        /// <summary>A report of <see cref="MigratesFrom"/> converted to this version, or null when no converter was generated or the report is of another type.</summary>
        MigrationResult<object>? ConvertFromPrevious(object previous);
    }

    /// <summary>The typed face of a generated format.</summary>
    public interface IReportFormat<TReport> : IReportFormat where TReport : class
    {
        new ParseResult<TReport> Parse(string? text);

        new ParseResult<TReport> Parse(Document document);

        new TReport FromReading(ReportReading reading);

        ValidationResult Validate(TReport report);

        ValidationResult ValidateAcrossYears(TReport previous, TReport current);
    }
}
