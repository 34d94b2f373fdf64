using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// References for test compilations, taken from the installed SDK's reference pack rather than downloaded:
    /// the testing library's ReferenceAssemblies.Net.* would fetch packages the registry copy may not serve.
    /// </summary>
    internal static class TestReferences
    {
        /// <summary>A target framework with no package to resolve; the framework comes in through <see cref="All"/>.</summary>
        public static readonly ReferenceAssemblies None = new("net10.0");

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

        /// <summary>The .NET reference assemblies plus SchemaGen.Runtime, which generated code uses.</summary>
        public static ImmutableArray<MetadataReference> All => LazyAll.Value;

        private static ImmutableArray<MetadataReference> Load()
        {
            string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
            string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            string? refDirectory = Directory.Exists(packs)
                ? Directory.GetDirectories(packs)
                    .Select(v => Path.Combine(v, "ref", "net10.0"))
                    .Where(Directory.Exists)
                    .OrderByDescending(d => d, StringComparer.Ordinal)
                    .FirstOrDefault()
                : null;
            var framework = Directory.GetFiles(refDirectory ?? runtimeDirectory, "*.dll")
                .Where(f => refDirectory is not null || IsManagedFacadeFree(f))
                .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
            return framework
                .Append(MetadataReference.CreateFromFile(typeof(SchemaGen.Runtime.CellMath).Assembly.Location))
                .ToImmutableArray();
        }

        // The runtime directory also holds native libraries; only managed System.* and netstandard assemblies are references.
        private static bool IsManagedFacadeFree(string file)
        {
            string name = Path.GetFileName(file);
            return name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll";
        }
    }
}
