using System;
using System.IO;

namespace SchemaGen.Documents.Tests
{
    /// <summary>The checked-in input files under Fixtures/ (copied beside the test assembly).</summary>
    internal static class Fixtures
    {
        public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));
    }
}
