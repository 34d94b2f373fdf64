using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;

namespace SchemaGen.Corpus.Tests
{
    /// <summary>Theory data shared by the tests: every format version, and shapes crossed with versions.</summary>
    internal static class TestCases
    {
        public static IEnumerable<object[]> Versions => ReportFormat.All.Select(f => new object[] { f.Version });

        public static IEnumerable<object[]> ShapesByVersion(IEnumerable<Shape> shapes)
            => from shape in shapes from format in ReportFormat.All select new object[] { shape.Name, format.Version };
    }
}
