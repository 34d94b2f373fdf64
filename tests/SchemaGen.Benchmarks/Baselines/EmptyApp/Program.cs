namespace SchemaGen.Benchmarks.Baselines
{
    internal static class EmptyApp
    {
        private static int Main() => 0;
    }
}
