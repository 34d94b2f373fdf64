namespace SchemaGen.Corpus.Layout
{
    internal static class TraditionalScriptTable
    {
        public const string Simplified = "";
        public const string Traditional = "";
        public static readonly (string Simplified, string Traditional)[] Phrases = { };
    }
}
