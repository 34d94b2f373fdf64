using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Semantics;

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
    /// The schemas of one compilation: every AdditionalFile that the generator takes for a schema (the one rule,
    /// <see cref="SchemaFileSelection.IsSchema"/>). Each file is parsed once per text and
    /// cached across compilations with an <see cref="AdditionalTextValueProvider{TValue}"/>, so opening a new
    /// compilation (every keystroke in the IDE) costs a dictionary lookup per file.
    /// </summary>
    public sealed class SchemaCatalog
    {
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
                AnalyzerConfigOptions options = analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(file);
                options.TryGetValue(SchemaFileSelection.SchemaMetadata, out string? optIn);
                if (!SchemaFileSelection.IsSchema(file.Path, optIn, () => file.GetText(cancellationToken)?.ToString())) continue;
                if (load(file) is not { } schema) continue;
                options.TryGetValue(SchemaFileSelection.NamespaceMetadata, out string? ns);
                entries.Add(new CatalogEntry(schema, GeneratedNames.Of(schema.Model.Format, ns).Namespace));
            }
            return new SchemaCatalog(entries);
        }
    }
}
