using SchemaGen.Formats.V2021;
using SchemaGen.Runtime.Reading;

namespace PackageConsumer
{
    /// <summary>
    /// Keys the contract rejects: each gets SG2004 with a suggestion (or, for an ambiguous label, the elements it could
    /// mean). Never run: each would throw ArgumentException. The package test reads the messages, line by line.
    /// </summary>
    public static class BrokenKeys
    {
        public static object[] Lookups(ParseResult<AnnualReport> parsed, ApplicationsTable table) => new object[]
        {
            parsed.PresenceOf("Aplications"),                                   // KEY: did you mean 'Applications'
            AnnualReportSchema.Table("收到和处理政府信息公开申请情"),              // KEY: did you mean 'Applications'
            AnnualReportSchema.Row("Applications", "StateSecrets"),             // KEY: did you mean 'Outcomes.Withheld.StateSecret'
            AnnualReportSchema.Column("Applications", "Totl"),                  // KEY: did you mean 'Total'
            AnnualReportSchema.Column("Appeals", "总计"),                        // KEY: is ambiguous
            table.GetCell("Outcomes", "Total") ?? 0,                            // KEY: holds no figures
        };
    }
}
