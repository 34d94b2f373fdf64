using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Pipeline;
using SchemaGen.Generator.Spec;
using SchemaGen.Schema.Diagnostics;

namespace SchemaGen.Generator
{
    /// <summary>
    /// Generates typed models, a parser, a validator and a descriptor from every schema YAML among the
    /// AdditionalFiles. Pipeline: file → (path, text, options) → load + lint + spec → emit. Each file is its own
    /// branch, so an edit to one schema (or to any C# file) leaves the others cached. Source output and diagnostics
    /// are separate outputs, both built from equatable values only.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SchemaSourceGenerator : IIncrementalGenerator
    {
        public static class TrackingNames
        {
            public const string Files = nameof(Files);
            public const string Compiled = nameof(Compiled);
            public const string Specs = nameof(Specs);
            public const string Diagnostics = nameof(Diagnostics);
            public const string Outlines = nameof(Outlines);
            public const string Converters = nameof(Converters);
        }

        /// <summary>Per-file MSBuild metadata, made visible by SchemaGen.props: the namespace to generate into, and an explicit opt-in/out.</summary>
        public const string NamespaceMetadata = "build_metadata.AdditionalFiles.SchemaGenNamespace";
        public const string SchemaMetadata = "build_metadata.AdditionalFiles.SchemaGenSchema";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<SchemaFileInput> files = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) =>
                {
                    var options = pair.Right.GetOptions(pair.Left);
                    options.TryGetValue(SchemaMetadata, out string? optIn);
                    options.TryGetValue(NamespaceMetadata, out string? ns);
                    string text = pair.Left.GetText(ct)?.ToString() ?? "";
                    bool isSchema = string.Equals(optIn, "true", StringComparison.OrdinalIgnoreCase)
                        || (string.IsNullOrEmpty(optIn) && LooksLikeSchema(text));
                    return isSchema ? new SchemaFileInput(pair.Left.Path, text, string.IsNullOrWhiteSpace(ns) ? null : ns) : null;
                })
                .Where(static input => input is not null)
                .Select(static (input, _) => input!)
                .WithTrackingName(TrackingNames.Files);

            IncrementalValuesProvider<SchemaCompilationResult> compiled = files
                .Select(static (input, _) => SchemaCompilation.Compile(input))
                .WithTrackingName(TrackingNames.Compiled);

            var specs = compiled
                .Where(static r => r.Spec is not null)
                .Select(static (r, _) => r.Spec!)
                .WithTrackingName(TrackingNames.Specs);

            var diagnostics = compiled
                .Select(static (r, _) => r.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(specs, static (spc, spec) =>
            {
                try
                {
                    foreach (GeneratedFile file in SchemaEmitter.Emit(spec))
                        spc.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
                }
                catch (Exception ex)
                {
                    // A generator that throws loses all its output behind a bare CS8785: report where and why instead.
                    spc.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.Descriptors[SchemaDiagnosticIds.GeneratorFailure.Id],
                        Location.Create(spec.SchemaPath, default, default), $"{ex.GetType().Name}: {ex.Message}"));
                }
            });

            // Converters between versions need two schemas at once: only the small per-file outlines are collected.
            var converters = compiled
                .Select(static (result, _) => result.Outline)
                .WithTrackingName(TrackingNames.Outlines)
                .Collect()
                .SelectMany(static (outlines, _) => MigrationSpecBuilder.BuildConverters(outlines))
                .WithTrackingName(TrackingNames.Converters);

            context.RegisterSourceOutput(converters, static (spc, result) =>
            {
                foreach (SchemaDiagnostic diagnostic in result.Diagnostics)
                    spc.ReportDiagnostic(GeneratorDiagnostics.ToRoslyn(diagnostic));
                if (result.Spec is null) return;
                try
                {
                    GeneratedFile file = SchemaEmitter.EmitConverter(result.Spec);
                    spc.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
                }
                catch (Exception ex)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.Descriptors[SchemaDiagnosticIds.GeneratorFailure.Id],
                        Location.Create(result.SchemaPath, default, default), $"{ex.GetType().Name}: {ex.Message}"));
                }
            });

            context.RegisterSourceOutput(diagnostics, static (spc, found) =>
            {
                foreach (SchemaDiagnostic diagnostic in found)
                    spc.ReportDiagnostic(GeneratorDiagnostics.ToRoslyn(diagnostic));
            });
        }

        /// <summary>A YAML file with a top-level <c>format:</c> key and tables is taken for a schema unless its metadata says otherwise.</summary>
        private static bool LooksLikeSchema(string text)
            => text.Split('\n').Any(line => line.StartsWith("format:", StringComparison.Ordinal))
               && text.Split('\n').Any(line => line.StartsWith("tables:", StringComparison.Ordinal));
    }
}
