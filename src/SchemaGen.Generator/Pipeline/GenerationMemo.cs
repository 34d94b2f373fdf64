using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Spec;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Pipeline
{
    /// <summary>
    /// What the generator keeps across generator drivers in one process. The compiler server (the SDK's default) builds
    /// every project with a new driver, whose incremental caches start empty: without this, each build of a project ran
    /// every step again for schemas that had not changed. Every step kept here is a pure function of its input, so a
    /// kept result is the one the step would compute. The schema files are looked up by value (path, text, options);
    /// every later step by the identity of what an earlier step returned (the same objects when those were kept), with
    /// no deep comparison; those results live as long as their inputs do (weak tables). Failures caught as diagnostics
    /// are not kept, since a caught exception may not recur.
    /// </summary>
    internal sealed class GenerationMemo
    {
        /// <summary>The one the generator uses; tests and benchmarks give the generator their own.</summary>
        public static GenerationMemo Shared { get; } = new();

        /// <summary>Schema files kept: the statutory schemas are two; a server building many projects sees a few more.</summary>
        internal const int KeptFiles = 16;

        /// <summary>
        /// Characters of schema text kept in all (a file longer than this is never kept): 1 Mi. What a kept file holds
        /// alive is mostly its generated code, about 26 characters per character of YAML: a statutory schema (40 k
        /// characters) with its model, spec and files is about 1.3 MB, so the bound is a few tens of megabytes at most.
        /// </summary>
        internal const long KeptChars = 1024 * 1024;

        /// <summary>Sets of schemas (one per compilation) whose cross-schema results are kept.</summary>
        internal const int KeptSets = 8;

        private readonly RecentResults<SchemaFileInput, SchemaCompilationResult> _compiled =
            new(EqualityComparer<SchemaFileInput>.Default, (input, _) => input.Text.Length, KeptFiles, KeptChars);
        private readonly ConditionalWeakTable<SchemaModel, GenerationSpec> _specs = new();
        private readonly ConditionalWeakTable<GenerationSpec, EmitOutcome> _emitted = new();
        private readonly ConditionalWeakTable<SchemaModel, SchemaModel> _outlines = new();
        private readonly RecentResultsOfLists<SchemaModel, IReadOnlyList<ConverterResult>> _converters = new(KeptSets);
        private readonly ConditionalWeakTable<ConverterResult, EmitOutcome> _convertersEmitted = new();
        private readonly RecentResultsOfLists<SchemaPlacement, EquatableArray<SchemaDiagnostic>> _crossSchema = new(KeptSets);
        private readonly RecentResults<EmbeddedSchemaSpec, EmitOutcome> _embeddedEmitted =
            new(EqualityComparer<EmbeddedSchemaSpec>.Default, (spec, _) => spec.Yaml.Length, KeptFiles, KeptChars);
        private readonly RecentResults<FormatListSpec, EmitOutcome> _formatListsEmitted =
            new(EqualityComparer<FormatListSpec>.Default, (_, _) => 0, KeptSets, 0);
        private readonly object _gate = new();
        private int _computed;

        /// <summary>How many times a step was computed rather than found kept (what the tests observe).</summary>
        public int Computed => Volatile.Read(ref _computed);

        public SchemaCompilationResult Compile(SchemaFileInput input)
            => _compiled.GetOrAdd(input, i => Counted(SchemaCompilation.Compile(i)), keep: Keeps);

        /// <summary>Whether a schema's compilation may be kept: not when an exception was caught while compiling it.</summary>
        internal static bool Keeps(SchemaCompilationResult result)
            => !result.Diagnostics.Any(d => d.Id == SchemaDiagnosticIds.GeneratorFailure.Id);

        public GenerationSpec Spec(SchemaModel model) => _specs.GetValue(model, m => Counted(SpecBuilder.Build(m)));

        public (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) Emit(GenerationSpec spec)
            => Kept(_emitted, spec, () => Generation.Emit(spec));

        public SchemaModel Outline(SchemaModel model) => _outlines.GetValue(model, m => Counted(Generation.Outline(m)));

        public IReadOnlyList<ConverterResult> Converters(IReadOnlyList<SchemaModel> outlines)
            => _converters.GetOrAdd(outlines, all => Counted(Generation.Converters(all).ToList()));

        public (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) EmitConverter(ConverterResult converter)
            => Kept(_convertersEmitted, converter, () => Generation.EmitConverter(converter.SchemaPath, converter.Spec!));

        public EquatableArray<SchemaDiagnostic> CrossSchemaDiagnostics(IReadOnlyList<SchemaPlacement> placements)
            => _crossSchema.GetOrAdd(placements, all => Counted(Generation.CrossSchemaDiagnostics(all).ToEquatableArray()));

        public (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) EmitEmbeddedSchema(EmbeddedSchemaSpec schema)
            => _embeddedEmitted.GetOrAdd(schema, s => Counted(new EmitOutcome(Generation.EmitEmbeddedSchema(s))), keep: o => o.Succeeded).Value;

        public (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) EmitFormatList(FormatListSpec list)
            => _formatListsEmitted.GetOrAdd(list, l => Counted(new EmitOutcome(Generation.EmitFormatList(l))), keep: o => o.Succeeded).Value;

        private T Counted<T>(T computed)
        {
            Interlocked.Increment(ref _computed);
            return computed;
        }

        private (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) Kept<TKey>(ConditionalWeakTable<TKey, EmitOutcome> table, TKey key,
            Func<(IReadOnlyList<GeneratedFile>, SchemaDiagnostic?)> emit) where TKey : class
        {
            if (table.TryGetValue(key, out EmitOutcome? kept)) return kept.Value;
            var outcome = Counted(new EmitOutcome(emit()));
            if (outcome.Succeeded)
                lock (_gate)
                    if (!table.TryGetValue(key, out _)) table.Add(key, outcome);
            return outcome.Value;
        }

        /// <summary>An emitting step's files, or the diagnostic that says why there are none.</summary>
        private sealed class EmitOutcome
        {
            public EmitOutcome((IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) value) => Value = value;

            public (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) Value { get; }

            public bool Succeeded => Value.Failure is null;
        }
    }
}
