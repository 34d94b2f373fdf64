using System.IO;
using System.Linq;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Schema.Diagnostics;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    public class DiagnosticCatalogTests
    {
        [Fact]
        public void Every_schema_diagnostic_has_a_unique_id_a_title_a_help_link_and_a_release_entry()
        {
            string releases = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "SchemaGen.Generator", "AnalyzerReleases.Unshipped.md"))
                + File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "SchemaGen.Generator", "AnalyzerReleases.Shipped.md"));
            Assert.Equal(SchemaDiagnosticIds.All.Count, SchemaDiagnosticIds.All.Select(r => r.Id).Distinct().Count());
            foreach (DiagnosticRule rule in SchemaDiagnosticIds.All)
            {
                Assert.Matches("^SG1\\d{3}$", rule.Id);
                Assert.False(string.IsNullOrWhiteSpace(rule.Title));
                Assert.EndsWith("/docs/diagnostics/" + rule.Id + ".md", rule.HelpLink);
                Assert.Contains(rule.Id + " |", releases);
                Assert.Equal(rule.HelpLink, GeneratorDiagnostics.Descriptors[rule.Id].HelpLinkUri);
            }
        }
    }
}
