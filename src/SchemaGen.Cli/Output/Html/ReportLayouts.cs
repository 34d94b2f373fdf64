using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using SchemaGen.Docs.Rules;
using SchemaGen.Formats;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Cli.Output.Html
{
    /// <summary>
    /// The docs' view of each format version (its tables in the official merged layout), from the schema files built
    /// into this tool: the same YAML the formats were generated from, read by the same model builder the docs use.
    /// A version with no schema file here (one a caller made up) has none, and its reports are shown without layout.
    /// </summary>
    internal static class ReportLayouts
    {
        private const string ResourcePrefix = "SchemaGen.Schemas.";

        private static readonly ConcurrentDictionary<string, SchemaFacts?> ByKey = new();

        public static SchemaFacts? For(FormatEntry format) => ByKey.GetOrAdd(format.Descriptor.Key, _ => Load(format));

        private static SchemaFacts? Load(FormatEntry format)
        {
            Assembly assembly = typeof(ReportLayouts).Assembly;
            foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, System.StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                SchemaModelResult result = SchemaModelBuilder.Load(reader.ReadToEnd(), resource.Substring(ResourcePrefix.Length));
                if (result.Model is { } model && model.Declaration.Key == format.Descriptor.Key) return new SchemaFacts(model);
            }
            return null;
        }
    }
}
