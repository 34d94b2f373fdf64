using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Analyzers.Catalog
{
    /// <summary>
    /// One schema YAML file as the analyzers use it: the semantic model the generator emits from (built by the same
    /// <see cref="SchemaModelBuilder"/>), with its tables indexed. Built once per file text (see <see cref="SchemaCatalog"/>)
    /// and shared by every compilation that sees the same text. Parts of a schema with errors are not in the model, as
    /// they are not in the generated code; the generator reports the errors (SG1xxx).
    /// </summary>
    public sealed class LoadedSchema
    {
        private readonly Dictionary<string, CatalogTable> _tables;

        private LoadedSchema(SchemaModel model)
        {
            Model = model;
            _tables = model.Tables.Select(t => new CatalogTable(model.Key, t, model.Rules)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        }

        public SchemaModel Model { get; }

        public SchemaDocument Document => Model.Declaration;

        /// <summary>gov-info-annual-report@2021.</summary>
        public string Key => Model.Key;

        public IEnumerable<CatalogTable> Tables => Model.Tables.Select(t => _tables[t.Id]);

        public CatalogTable? Table(string id) => _tables.TryGetValue(id, out CatalogTable? table) ? table : null;

        public static LoadedSchema? Load(AdditionalText file)
        {
            string? text = file.GetText()?.ToString();
            return text is null ? null : Load(text, file.Path);
        }

        public static LoadedSchema? Load(string text, string path)
            => SchemaModelBuilder.Load(text, path).Model is { } model ? new LoadedSchema(model) : null;
    }
}
