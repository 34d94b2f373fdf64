namespace SchemaGen.Generator.Pipeline
{
    /// <summary>
    /// A schema file as the pipeline sees it: its path, text and per-file options, plain values only.
    /// <see cref="DecodedAs"/> names the encoding the compiler fell back to when the file is not UTF-8 (null when it is).
    /// </summary>
    public sealed record SchemaFileInput(string Path, string Text, string? NamespaceOverride, string? DecodedAs = null);
}
