using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// The schemas referenced assemblies carry as <c>[assembly: EmbeddedSchema(key, namespace, yaml)]</c>. Only
    /// assemblies that reference SchemaGen.Runtime are looked at; each text is loaded once and kept across compilations
    /// (a few versions at most: an edited library YAML replaces its entry's neighbours rather than growing the cache).
    /// </summary>
    internal static class EmbeddedSchemas
    {
        public const string AttributeName = "SchemaGen.Runtime.EmbeddedSchemaAttribute";
        private const string RuntimeAssembly = "SchemaGen.Runtime";
        private const int CacheLimit = 32;

        private static readonly ConcurrentDictionary<string, LoadedSchema?> Loaded = new();

        public static IEnumerable<CatalogEntry> In(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (MetadataReference reference in compilation.References)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly) continue;
                if (!assembly.Modules.Any(m => m.ReferencedAssemblies.Any(a => a.Name == RuntimeAssembly))) continue;
                foreach (AttributeData attribute in assembly.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() != AttributeName || attribute.ConstructorArguments.Length != 3) continue;
                    if (attribute.ConstructorArguments[1].Value is not string ns || attribute.ConstructorArguments[2].Value is not string yaml) continue;
                    if (Load(yaml, assembly.Identity.Name) is { } schema) yield return new CatalogEntry(schema, ns);
                }
            }
        }

        private static LoadedSchema? Load(string yaml, string assemblyName)
        {
            if (Loaded.TryGetValue(yaml, out LoadedSchema? cached)) return cached;
            if (Loaded.Count >= CacheLimit) Loaded.Clear();
            return Loaded.GetOrAdd(yaml, text => LoadedSchema.Load(text, assemblyName + " (embedded schema)"));
        }
    }
}
