namespace SchemaGen.Schema.Model
{
    /// <summary>
    /// A table, row or column a team took out of its schema (<c>removed:</c>), with the reason users of the old member
    /// are told. <see cref="Element"/> uses the migration block's reference syntax.
    /// </summary>
    public sealed record RemovedElement(ElementReference Element, string Reason, SourceSpan Span);
}
