using SchemaGen.Formats.V2021;
using SchemaGen.Runtime;

namespace PackageConsumer
{
    /// <summary>Deliberately broken: each member trips the rule named beside it. The package test expects all six.</summary>
    public static class Broken
    {
        public static ApplicationsTable Applications() => new ApplicationsTable
        {
            NewlyReceived = { NaturalPerson = 17, Total = 20 },   // SG2001: 总计 must be 17
            CarriedForward = { Business = -1 },                   // SG2002: a count cannot be negative
        };

        public static void Add(ApplicationsTable table, int received)
        {
            table.NewlyReceived.NaturalPerson += received;
            table.NewlyReceived.Total = table.NewlyReceived.NaturalPerson;   // SG2003: call RecomputeTotals() instead
        }

        public static object Lookup() => AnnualReportSchema.Row("Applications", "NewlyRecieved");   // SG2004 (a warning here, see .editorconfig)

        public static void Check(AnnualReport report)
        {
            AnnualReportValidator.Validate(report);   // SG2005: the findings are dropped
        }
    }

    /// <summary>SG2006: mirrors the columns of table 三 but lacks most of them.</summary>
    [SchemaTable("gov-info-annual-report@2021", "Applications", Mirrors = SchemaMirror.Columns)]
    public sealed class ApplicantFigures
    {
        public int? NaturalPerson { get; set; }
    }
}
