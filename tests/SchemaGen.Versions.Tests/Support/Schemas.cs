using System.Linq;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Versioning;
using Xunit;

namespace SchemaGen.Versions.Tests.Support
{
    /// <summary>Loading schemas for the tests: a schema with errors fails the test at once, with its diagnostics.</summary>
    public static class Schemas
    {
        public static SchemaDocument Format(string version) => Checked(SchemaLoader.LoadFile(RepoPaths.Format(version)));

        public static SchemaDocument Parse(string yaml, string path = "test.yaml") => Checked(SchemaLoader.Load(yaml, path));

        /// <summary>2019 → 2021 as inference alone sees it (the 2021 file's migration block, if any, ignored).</summary>
        public static ChangeReport InferredReport() => ChangeReport.Compare(Format("2019"), Format("2021") with { Migration = null });

        public static ChangeReport Compare(string olderYaml, string newerYaml) => ChangeReport.Compare(Parse(olderYaml, "older.yaml"), Parse(newerYaml, "newer.yaml"));

        private static SchemaDocument Checked(SchemaLoadResult result)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == FindingSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "schema does not load:\n" + string.Join("\n", errors));
            return result.Document!;
        }
    }
}
