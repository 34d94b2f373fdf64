using System;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.Analyzers.Analyzers
{
    /// <summary>
    /// The start every schema-driven analyzer shares: once per compilation, resolve the runtime attribute types and
    /// the schemas among the AdditionalFiles and those referenced assemblies embed; when either is missing there is nothing to check and no action is
    /// registered, so a project without SchemaGen pays nothing.
    /// </summary>
    internal static class SchemaAnalysis
    {
        public static void OnSchemaCompilationStart(AnalysisContext context, Action<CompilationStartAnalysisContext, SchemaTypeMap> register)
        {
            context.RegisterCompilationStartAction(start =>
            {
                if (!SchemaSymbols.TryCreate(start.Compilation, out SchemaSymbols symbols)) return;
                SchemaCatalog catalog = SchemaCatalog.Create(start.Options,
                    file => start.TryGetValue(file, SchemaCatalog.SchemaProvider, out LoadedSchema? schema) ? schema : null,
                    start.Compilation,
                    start.CancellationToken);
                if (catalog.IsEmpty) return;
                register(start, new SchemaTypeMap(catalog, symbols));
            });
        }
    }
}
