using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// One schema YAML file, loaded with the same <see cref="SchemaLoader"/> the generator uses and with its rules
    /// resolved. Built once per file text (see <see cref="SchemaCatalog"/>) and shared by every compilation that
    /// sees the same text. A schema with errors is not used: the generator reports those (SG1xxx).
    /// </summary>
    public sealed class LoadedSchema
    {
        private readonly Dictionary<string, CatalogTable> _tables;

        private LoadedSchema(SchemaDocument document, IEnumerable<CatalogTable> tables)
        {
            Document = document;
            _tables = tables.ToDictionary(t => t.Id, StringComparer.Ordinal);
        }

        public SchemaDocument Document { get; }

        /// <summary>gov-info-annual-report@2021.</summary>
        public string Key => Document.Key;

        public IEnumerable<CatalogTable> Tables => Document.Tables.Select(t => _tables[t.Id]);

        public CatalogTable? Table(string id) => _tables.TryGetValue(id, out CatalogTable? table) ? table : null;

        public static LoadedSchema? Load(AdditionalText file)
        {
            string? text = file.GetText()?.ToString();
            return text is null ? null : Load(text, file.Path);
        }

        public static LoadedSchema? Load(string text, string path)
        {
            SchemaLoadResult loaded = SchemaLoader.Load(text, path);
            if (loaded.Document is null || loaded.HasErrors) return null;
            SchemaDocument document = loaded.Document;
            var rules = RuleResolver.ResolveAll(document);
            // Tables with duplicate ids are a schema error, so ids are unique here.
            return new LoadedSchema(document, document.Tables.Select(t => new CatalogTable(document.Key, t, rules)));
        }
    }
}
