using System.Collections.Generic;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>The help pages of the checker's own diagnostics (SG40xx), from the catalog the CLI uses.</summary>
    public static class CheckerHelpPages
    {
        public static IEnumerable<HelpPage> All => CheckerDiagnosticIds.All.Select(Page);

        public static HelpPage Page(ReadDiagnosticDescriptor d)
        {
            var facts = new List<(string, string)> { ("reported by", "schemagen check (text, JSON and SARIF output)") };
            var body = new List<HelpBlock>
            {
                new HelpHeading("Description"),
                new HelpParagraph(d.Description),
                new HelpParagraph("All checker diagnostics: " + string.Join(" · ", CheckerDiagnosticIds.All.Select(r => r.Id))),
            };
            return new HelpPage(d.Id, d.Title, d.DefaultSeverity.Word(), facts, body);
        }
    }
}
