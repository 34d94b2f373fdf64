using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Pipeline;
using SchemaGen.Generator.Spec;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator
{
    /// <summary>
    /// Generates typed models, a parser, a validator, a descriptor and a format entry from every schema YAML among the
    /// AdditionalFiles. Pipeline: file → (path, text, options) → model + diagnostics → spec → emit. Each file is its own
    /// branch up to the model, which carries no source positions, so an edit to one schema (or to any C# file, or a
    /// comment) leaves the others' steps cached. What needs every schema at once (converters between versions, the list
    /// of formats, namespace clashes) is collected from small values. Source output and diagnostics are separate outputs.
    /// Each step's work goes through a <see cref="GenerationMemo"/>, which keeps results across drivers (the compiler
    /// server starts each build with a new one).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SchemaSourceGenerator : IIncrementalGenerator
    {
        private readonly GenerationMemo _memo;

        public SchemaSourceGenerator()
            : this(GenerationMemo.Shared)
        {
        }

        /// <summary>A generator with its own memo: tests and benchmarks that need a cold run, or to see what was kept.</summary>
        internal SchemaSourceGenerator(GenerationMemo memo) => _memo = memo;

        public static class TrackingNames
        {
            public const string Files = nameof(Files);
            public const string Compiled = nameof(Compiled);
            public const string Models = nameof(Models);
            public const string Specs = nameof(Specs);
            public const string Identities = nameof(Identities);
            public const string Diagnostics = nameof(Diagnostics);
            public const string CrossSchemaDiagnostics = nameof(CrossSchemaDiagnostics);
            public const string Outlines = nameof(Outlines);
            public const string Converters = nameof(Converters);
            public const string FormatList = nameof(FormatList);
            public const string Embedded = nameof(Embedded);
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            GenerationMemo memo = _memo;
            IncrementalValuesProvider<SchemaFileInput> files = context.AdditionalTextsProvider
                .Where(static text => SchemaFileSelection.IsYaml(text.Path))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) =>
                {
                    var options = pair.Right.GetOptions(pair.Left);
                    options.TryGetValue(SchemaFileSelection.SchemaMetadata, out string? optIn);
                    options.TryGetValue(SchemaFileSelection.NamespaceMetadata, out string? ns);
                    options.TryGetValue(SchemaFileSelection.GenerateMetadata, out string? generate);
                    // Listed for the analyzers only (its types come from a referenced assembly): nothing to generate.
                    if (!SchemaFileSelection.Generates(generate)) return null;
                    SourceText? source = pair.Left.GetText(ct);
                    string text = source?.ToString() ?? "";
                    if (!SchemaFileSelection.IsSchema(pair.Left.Path, optIn, () => text)) return null;
                    return new SchemaFileInput(pair.Left.Path, text, string.IsNullOrWhiteSpace(ns) ? null : ns, FallbackEncoding(source));
                })
                .Where(static input => input is not null)
                .Select(static (input, _) => input!)
                .WithTrackingName(TrackingNames.Files);

            IncrementalValuesProvider<SchemaCompilationResult> compiled = files
                .Select((input, _) => memo.Compile(input))
                .WithTrackingName(TrackingNames.Compiled);

            // Span-free: a comment or a moved line leaves the model equal, and everything after it cached.
            IncrementalValuesProvider<SchemaModel> models = compiled
                .Where(static r => r.Model is not null)
                .Select(static (r, _) => r.Model!)
                .WithTrackingName(TrackingNames.Models);

            IncrementalValueProvider<ImmutableArray<SchemaIdentity>> identities = models
                .Select(static (m, _) => SchemaIdentity.Of(m))
                .WithTrackingName(TrackingNames.Identities)
                .Collect();

            var specs = models
                .Select((m, _) => memo.Spec(m))
                .WithTrackingName(TrackingNames.Specs);

            context.RegisterSourceOutput(specs.Combine(identities), (spc, pair) =>
            {
                GenerationSpec spec = pair.Left;
                // A second schema with the same namespace would declare every type twice: it is reported (SG1018) instead.
                if (!Generation.OwnsNamespace(spec.SchemaPath, spec.Namespace.Value, pair.Right)) return;
                var (emitted, failure) = memo.Emit(spec);
                Add(spc, emitted, failure);
            });

            // The schema's text as an assembly attribute, so that projects referencing this one are analyzed against it.
            var embedded = compiled
                .Where(static r => r.Placement is not null)
                .Select(static (r, _) => (r.Path, r.Placement!.Namespace, r.Model!.Key))
                .Collect()
                .Combine(files.Collect())
                .SelectMany(static (pair, _) => Generation.EmbeddedSchemas(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Embedded);

            context.RegisterSourceOutput(embedded, (spc, schema) =>
            {
                var (emitted, failure) = memo.EmitEmbeddedSchema(schema);
                Add(spc, emitted, failure);
            });

            var converters = models
                .Select((m, _) => memo.Outline(m))
                .WithTrackingName(TrackingNames.Outlines)
                .Collect()
                .SelectMany((outlines, _) => memo.Converters(outlines))
                .WithTrackingName(TrackingNames.Converters);

            context.RegisterSourceOutput(converters, (spc, result) =>
            {
                if (result.Spec is null) return;
                var (emitted, failure) = memo.EmitConverter(result);
                Add(spc, emitted, failure);
            });

            var formatList = identities
                .Select(static (all, _) => all.IsEmpty ? null : Generation.FormatList(all))
                .WithTrackingName(TrackingNames.FormatList);

            context.RegisterSourceOutput(formatList, (spc, list) =>
            {
                if (list is null) return;
                var (emitted, failure) = memo.EmitFormatList(list);
                Add(spc, emitted, failure);
            });

            var diagnostics = compiled
                .Select(static (r, _) => r.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(diagnostics, static (spc, found) =>
            {
                foreach (SchemaDiagnostic diagnostic in found)
                    spc.ReportDiagnostic(GeneratorDiagnostics.ToRoslyn(diagnostic));
            });

            var crossSchema = compiled
                .Where(static r => r.Placement is not null)
                .Select(static (r, _) => r.Placement!)
                .Collect()
                .Select((placements, _) => memo.CrossSchemaDiagnostics(placements))
                .WithTrackingName(TrackingNames.CrossSchemaDiagnostics);

            context.RegisterSourceOutput(crossSchema, static (spc, found) =>
            {
                foreach (SchemaDiagnostic diagnostic in found)
                    spc.ReportDiagnostic(GeneratorDiagnostics.ToRoslyn(diagnostic));
            });
        }

        private static void Add(SourceProductionContext spc, System.Collections.Generic.IReadOnlyList<GeneratedFile> files, SchemaDiagnostic? failure)
        {
            foreach (GeneratedFile file in files)
                spc.AddSource(file.HintName, new PieceSourceText(file.Content));
            if (failure is not null) spc.ReportDiagnostic(GeneratorDiagnostics.ToRoslyn(failure));
        }

        /// <summary>
        /// The encoding the compiler fell back to when the file is not UTF-8 (it then decodes as Windows-1252 or Latin-1,
        /// silently), or null when the text is Unicode or its encoding is not known.
        /// </summary>
        private static string? FallbackEncoding(SourceText? text)
        {
            Encoding? encoding = text?.Encoding;
            if (encoding is null) return null;
            return encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 ? null : encoding.WebName;
        }
    }
}
