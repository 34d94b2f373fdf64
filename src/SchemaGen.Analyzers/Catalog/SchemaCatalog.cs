using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>A schema as one compilation sees it: the loaded file and the namespace its code is generated into.</summary>
    public sealed class CatalogEntry
    {
        public CatalogEntry(LoadedSchema schema, string generatedNamespace)
        {
            Schema = schema;
            GeneratedNamespace = generatedNamespace;
        }

        public LoadedSchema Schema { get; }

        /// <summary>The schema's namespace, or the SchemaGenNamespace metadata that overrides it.</summary>
        public string GeneratedNamespace { get; }
    }

    /// <summary>
    /// The schemas of one compilation: every YAML AdditionalFile that the generator would take for a schema
    /// (SchemaGenSchema=true, or no metadata and the shape of a schema). Each file is parsed once per text and
    /// cached across compilations with an <see cref="AdditionalTextValueProvider{TValue}"/>, so opening a new
    /// compilation (every keystroke in the IDE) costs a dictionary lookup per file.
    /// </summary>
    public sealed class SchemaCatalog
    {
        /// <summary>Per-file MSBuild metadata, made compiler-visible by SchemaGen.props (the generator reads the same keys).</summary>
        public const string SchemaMetadata = "build_metadata.AdditionalFiles.SchemaGenSchema";
        public const string NamespaceMetadata = "build_metadata.AdditionalFiles.SchemaGenNamespace";

        /// <summary>Shared by every analyzer, so each file text is parsed once however many analyzers read it.</summary>
        public static readonly AdditionalTextValueProvider<LoadedSchema?> SchemaProvider = new(LoadedSchema.Load);

        private readonly Dictionary<string, CatalogEntry> _byKey;

        public SchemaCatalog(IEnumerable<CatalogEntry> entries)
        {
            _byKey = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
            foreach (CatalogEntry entry in entries)
                if (!_byKey.ContainsKey(entry.Schema.Key)) _byKey.Add(entry.Schema.Key, entry);
        }

        public bool IsEmpty => _byKey.Count == 0;

        public IEnumerable<CatalogEntry> Entries => _byKey.Values;

        public IEnumerable<LoadedSchema> Schemas => _byKey.Values.Select(e => e.Schema);

        public IEnumerable<string> Keys => _byKey.Keys;

        public CatalogEntry? Entry(string schemaKey) => _byKey.TryGetValue(schemaKey, out CatalogEntry? entry) ? entry : null;

        public LoadedSchema? Schema(string schemaKey) => Entry(schemaKey)?.Schema;

        public CatalogTable? Table(string schemaKey, string tableId) => Schema(schemaKey)?.Table(tableId);

        /// <param name="load">Loads a file through the compilation's cache: <c>start.TryGetValue(file, SchemaProvider, out ...)</c>.</param>
        public static SchemaCatalog Create(AnalyzerOptions analyzerOptions, Func<AdditionalText, LoadedSchema?> load, CancellationToken cancellationToken)
        {
            var entries = new List<CatalogEntry>();
            foreach (AdditionalText file in analyzerOptions.AdditionalFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsYaml(file.Path)) continue;
                AnalyzerConfigOptions options = analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(file);
                options.TryGetValue(SchemaMetadata, out string? optIn);
                if (string.Equals(optIn, "false", StringComparison.OrdinalIgnoreCase)) continue;
                if (string.IsNullOrEmpty(optIn) && !LooksLikeSchema(file)) continue;
                if (load(file) is not { } schema) continue;
                options.TryGetValue(NamespaceMetadata, out string? ns);
                entries.Add(new CatalogEntry(schema, string.IsNullOrWhiteSpace(ns) ? schema.Document.Format.Namespace : ns!.Trim()));
            }
            return new SchemaCatalog(entries);
        }

        private static bool IsYaml(string path)
            => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <summary>The generator's test for a YAML file without metadata: top-level format: and tables: keys.</summary>
        private static bool LooksLikeSchema(AdditionalText file)
        {
            var text = file.GetText();
            if (text is null) return false;
            bool format = false, tables = false;
            foreach (var line in text.Lines)
            {
                string content = line.ToString();
                format |= content.StartsWith("format:", StringComparison.Ordinal);
                tables |= content.StartsWith("tables:", StringComparison.Ordinal);
                if (format && tables) return true;
            }
            return false;
        }
    }
}
