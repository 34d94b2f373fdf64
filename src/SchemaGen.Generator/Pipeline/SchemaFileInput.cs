namespace SchemaGen.Generator.Pipeline
{
    /// <summary>A schema file as the pipeline sees it: its path, text and per-file options. Plain values only.</summary>
    public sealed record SchemaFileInput(string Path, string Text, string? NamespaceOverride);
}
