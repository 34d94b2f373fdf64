using SchemaGen.Formats.V2021;

namespace App
{
    /// <summary>Mistakes the analyzers must find through the library's embedded schema.</summary>
    public static class Use
    {
        public static ApplicationsTable Broken() => new ApplicationsTable
        {
            NewlyReceived = { NaturalPerson = 17, Total = 20 },   // SG2001
        };

        // SG2004 (a warning here, see the consumer's .editorconfig, so the build completes)
        public static object Lookup() => AnnualReportSchema.Row("Applications", "NewlyRecieved");
    }
}
