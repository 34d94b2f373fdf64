namespace SchemaGen.Generator.Emit
{
    /// <summary>One emitted C# file: the hint name Roslyn sees (and the file name the CLI writes) and its text.</summary>
    public sealed record GeneratedFile(string HintName, GeneratedText Content)
    {
        /// <summary>The text as one string (the CLI, the tests); the generator hands the compiler <see cref="Content"/>'s pieces.</summary>
        public string Text => Content.ToString();
    }
}
