using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks
{
    /// <summary>What a consumer of the generated model compiles against: this runtime's System assemblies and SchemaGen.Runtime.</summary>
    internal static class ConsumerReferences
    {
        public static IEnumerable<MetadataReference> All()
        {
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return tpa.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .Append(MetadataReference.CreateFromFile(typeof(SchemaGen.Runtime.CellMath).Assembly.Location));
        }
    }
}
