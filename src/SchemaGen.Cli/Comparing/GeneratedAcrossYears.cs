using System;
using SchemaGen.Formats;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using V2019 = SchemaGen.Formats.V2019;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>
    /// The generated cross-year validators, one per format version. FormatCatalog exposes the single-year check
    /// only, so the two generated calls are bound here.
    /// </summary>
    public static class GeneratedAcrossYears
    {
        /// <summary>Runs <paramref name="format"/>'s generated ValidateAcrossYears on two readings made with its descriptor.</summary>
        public static ValidationResult Validate(FormatEntry format, ReportReading previous, ReportReading current) => format.Version switch
        {
            "2019" => V2019.AnnualReportValidator.ValidateAcrossYears(V2019.AnnualReportParser.FromReading(previous), V2019.AnnualReportParser.FromReading(current)),
            "2021" => V2021.AnnualReportValidator.ValidateAcrossYears(V2021.AnnualReportParser.FromReading(previous), V2021.AnnualReportParser.FromReading(current)),
            _ => throw new NotSupportedException($"no generated cross-year validator is bound for format version {format.Version}"),
        };
    }
}
