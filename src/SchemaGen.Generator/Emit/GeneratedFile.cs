namespace SchemaGen.Generator.Emit
{
    /// <summary>One emitted C# file: the hint name Roslyn sees (and the file name the CLI writes) and its text.</summary>
    public sealed record GeneratedFile(string HintName, string Text);
}
