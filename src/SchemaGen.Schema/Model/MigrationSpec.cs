namespace SchemaGen.Schema.Model
{
    /// <summary>
    /// How the elements of an older format version map onto this one (declared in the newer schema).
    /// </summary>
    public sealed record MigrationSpec(string FromVersion, EquatableArray<MigrationRule> Rules, SourceSpan Span);

    public enum MigrationAction { Rename, Split, Merge, Drop }

    /// <summary>
    /// One mapping: <see cref="From"/> and <see cref="To"/> are element references such as
    /// <c>Applications.row:Outcomes.OtherHandling</c> or <c>Regulations.column:Issued</c>.
    /// </summary>
    public sealed record MigrationRule(MigrationAction Action, EquatableArray<Text> From, EquatableArray<Text> To, string? Note, SourceSpan Span);
}
