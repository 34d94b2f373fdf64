using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Docs.Rules;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>
    /// The generated help pages beyond SG1xxx: reading (SG3xxx), checker (SG40xx) and invariant rule ids — every id
    /// schemagen check can cite. SG2xxx pages stay hand-written.
    /// </summary>
    public static class RuntimeHelpPages
    {
        public static IReadOnlyList<HelpPage> All(IReadOnlyList<SchemaFacts> schemas)
            => ReadingHelpPages.All.Concat(CheckerHelpPages.All).Concat(InvariantHelpPages.All(schemas)).ToList();

        /// <summary>Writes the Markdown pages into docs/diagnostics, leaving pages written by hand alone. Returns the ids skipped.</summary>
        public static IReadOnlyList<string> WriteMarkdownPages(string directory, IReadOnlyList<SchemaFacts> schemas)
            => All(schemas)
                .Where(p => !GeneratedFiles.WriteIfOurs(Path.Combine(directory, HelpPages.MarkdownFileName(p.Id)), HelpPageRenderer.Markdown(p)))
                .Select(p => p.Id)
                .ToList();
    }
}
