using SchemaGen.Formats.V2021;

namespace Library
{
    /// <summary>The library's own use of its generated types.</summary>
    public static class Reports
    {
        public static AnnualReport Empty() => new AnnualReport();
    }
}
