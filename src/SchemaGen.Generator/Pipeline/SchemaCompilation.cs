using System;
using System.Linq;
using SchemaGen.Generator.Spec;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Pipeline
{
    /// <summary>
    /// What one schema file yields: the spec to emit and the outline the converter step needs (both null when the
    /// schema has errors), and its diagnostics. One load serves all three.
    /// </summary>
    public sealed record SchemaCompilationResult(string Path, GenerationSpec? Spec, EquatableArray<SchemaDiagnostic> Diagnostics, SchemaOutline? Outline = null);

    /// <summary>Schema text → lint → spec. Shared by the generator and the CLI; never throws.</summary>
    public static class SchemaCompilation
    {
        public static SchemaCompilationResult Compile(SchemaFileInput input)
        {
            try
            {
                SchemaLoadResult loaded = SchemaLoader.Load(input.Text, input.Path);
                if (loaded.Document is null || loaded.HasErrors)
                    return new SchemaCompilationResult(input.Path, null, loaded.Diagnostics);
                GenerationSpec spec = SpecBuilder.Build(loaded.Document, input.NamespaceOverride);
                SchemaOutline outline = MigrationSpecBuilder.Outline(loaded.Document, input.NamespaceOverride);
                return new SchemaCompilationResult(input.Path, spec, loaded.Diagnostics, outline);
            }
            catch (Exception ex)
            {
                var failure = new SchemaDiagnostic(SchemaDiagnosticIds.GeneratorFailure.Id, FindingSeverity.Error,
                    $"{ex.GetType().Name}: {ex.Message}", SourceSpan.None(input.Path) with { StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1 });
                return new SchemaCompilationResult(input.Path, null, new[] { failure }.ToEquatableArray());
            }
        }
    }
}
