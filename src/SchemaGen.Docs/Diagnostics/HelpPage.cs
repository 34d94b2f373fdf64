using System.Collections.Generic;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>One block of a help page's body. Text is plain (the renderers escape it); code is shown verbatim.</summary>
    public abstract record HelpBlock;

    public sealed record HelpHeading(string Text) : HelpBlock;

    public sealed record HelpParagraph(string Text) : HelpBlock;

    public sealed record HelpBullets(IReadOnlyList<string> Items) : HelpBlock;

    public sealed record HelpCode(string Language, string Text) : HelpBlock;

    /// <summary>
    /// A help page as data: the reading (SG3xxx), checker (SG40xx) and invariant pages are built as this and rendered
    /// by <see cref="HelpPageRenderer"/>, so Markdown and HTML always say the same thing.
    /// </summary>
    public sealed record HelpPage(string Id, string Title, string? Severity, IReadOnlyList<(string Name, string Value)> Facts, IReadOnlyList<HelpBlock> Body)
    {
        public string Heading => Id + ": " + Title;
    }
}
