using SchemaGen.Formats.V2021;
using SchemaGen.Runtime;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;

namespace PackageConsumer
{
    /// <summary>Uses the generated 2021 model the way the schema intends: no SG2xxx diagnostic may appear here.</summary>
    public static class Correct
    {
        public static ApplicationsTable Applications()
        {
            var table = new ApplicationsTable
            {
                NewlyReceived = { NaturalPerson = 17, Business = 3, Total = 20 },
                CarriedOver = { NaturalPerson = 1, Total = 1 },
                Outcomes = { Granted = { NaturalPerson = 15, Business = 3 }, PartiallyGranted = { NaturalPerson = 2 } },
                CarriedForward = { NaturalPerson = 1 },
            };
            table.RecomputeTotals();
            return table;
        }

        public static void Add(ApplicationsTable table, int received)
        {
            table.NewlyReceived.NaturalPerson += received;
            table.RecomputeTotals();
        }

        public static FeesTable Fees() => new FeesTable { AdministrativeFees = { Amount = 190.457379m } };

        public static bool Check(AnnualReport report)
        {
            ValidationResult result = AnnualReportValidator.Validate(report);
            AxisNodeDescriptor row = AnnualReportSchema.Row("Applications", "Outcomes.Withheld.StateSecret");
            return result.IsValid && row.Label.Length > 0;
        }
    }

    /// <summary>A hand-written mirror of 第二十条第（八）项 行政事业性收费 with the one column the schema has.</summary>
    [SchemaTable("gov-info-annual-report@2021", "Fees", Mirrors = SchemaMirror.Columns)]
    public sealed class FeeFigures
    {
        public decimal? Amount { get; set; }
    }
}
