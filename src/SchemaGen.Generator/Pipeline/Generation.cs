using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Spec;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Pipeline
{
    /// <summary>One newer schema's converter spec (null when the older schema is not in the compilation or the migration has errors).</summary>
    public sealed record ConverterResult(string SchemaPath, ConverterSpec? Spec);

    /// <summary>
    /// The steps that look at all schemas of a compilation at once, as plain functions: the incremental generator runs
    /// each in its own cached step, and <c>schemagen generate</c> runs them in a row (<see cref="GenerateAll"/>), so both
    /// produce the same files and diagnostics.
    /// </summary>
    public static class Generation
    {
        /// <summary>What the converter step keeps of a model: everything but its rules, which converters do not read.</summary>
        public static SchemaModel Outline(SchemaModel model) => model with { Rules = EquatableArray<RuleModel>.Empty };

        /// <summary>Whether the schema at <paramref name="path"/> may emit into its namespace: the first path (ordinal) with a namespace owns it.</summary>
        public static bool OwnsNamespace(string path, string ns, IEnumerable<SchemaIdentity> all)
            => all.Where(i => i.Namespace == ns).Select(i => i.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() == path;

        /// <summary>One converter per schema whose migration names an older version present in the compilation, in path order.</summary>
        public static IEnumerable<ConverterResult> Converters(IReadOnlyList<SchemaModel> outlines)
        {
            var present = outlines.OrderBy(o => o.Path, StringComparer.Ordinal).ToList();
            foreach (SchemaModel newer in present.Where(o => o.Migration is not null))
            {
                ConverterSpec? spec = null;
                try
                {
                    SchemaModel? older = MigrationMap.OlderOf(newer, present);
                    if (older is not null)
                    {
                        MigrationMap? map = MigrationMap.Build(older, newer, newer.Migration!).Map;
                        if (map is not null) spec = ConverterSpecBuilder.Build(older, newer, map);
                    }
                }
                catch (Exception)
                {
                    // Reported with its location by CrossSchemaDiagnostics, which runs the same code on the declared migration.
                }
                yield return new ConverterResult(newer.Path, spec);
            }
        }

        /// <summary>The diagnostics only all schemas together can give: namespace clashes, and each migration checked against the older schema.</summary>
        public static IReadOnlyList<SchemaDiagnostic> CrossSchemaDiagnostics(IReadOnlyList<SchemaPlacement> placements)
        {
            var found = new List<SchemaDiagnostic>();
            var identities = placements.Select(p => SchemaIdentity.Of(p.Model)).ToList();
            foreach (SchemaPlacement placement in placements.OrderBy(p => p.Path, StringComparer.Ordinal))
            {
                if (!OwnsNamespace(placement.Path, placement.Namespace, identities))
                {
                    string owner = identities.Where(i => i.Namespace == placement.Namespace).Select(i => i.Path).OrderBy(p => p, StringComparer.Ordinal).First();
                    found.Add(new SchemaDiagnostic(SchemaDiagnosticIds.NamespaceClash.Id, SchemaDiagnosticIds.NamespaceClash.Severity,
                        $"{placement.Model.Key} generates into namespace {placement.Namespace}, as {owner} already does; give one of them another format.namespace (or SchemaGenNamespace metadata)",
                        placement.FormatSpan));
                }
                if (placement.DeclaredMigration is null) continue;
                try
                {
                    SchemaModel? older = MigrationMap.OlderOf(placement.Model, placements.Select(p => p.Model));
                    if (older is not null) found.AddRange(MigrationMap.Build(older, placement.Model, placement.DeclaredMigration).Diagnostics);
                    else if (MigrationFromNotOlder(placement) is SchemaDiagnostic notOlder) found.Add(notOlder);
                }
                catch (Exception ex)
                {
                    found.Add(SchemaCompilation.Failure(placement.Path, ex));
                }
            }
            return found;
        }

        /// <summary>
        /// SG1021 when the migration names no version present and that version is not older than the schema's own: a
        /// typo, since a migration reads an older version. (An older version that is absent is a project that dropped it.)
        /// </summary>
        private static SchemaDiagnostic? MigrationFromNotOlder(SchemaPlacement placement)
        {
            string from = placement.DeclaredMigration!.FromVersion, own = placement.Model.Format.Version;
            if (FormatOrder.CompareVersions(from, own) < 0) return null;
            return new SchemaDiagnostic(SchemaDiagnosticIds.MigrationNotFromOlder.Id, SchemaDiagnosticIds.MigrationNotFromOlder.Severity,
                $"the migration reads from version \"{from}\", which is not older than this schema's own version \"{own}\", and no schema in this compilation has it; "
                + "a migration reads an older version, so no converter is generated",
                placement.DeclaredMigration.Span);
        }

        /// <summary>Every format in the compilation, oldest first, each namespace once.</summary>
        public static FormatListSpec FormatList(IReadOnlyList<SchemaIdentity> identities)
            => new FormatListSpec(SpecBuilder.GeneratorVersion, FormatOrder.OldestFirst(identities.Where(i => OwnsNamespace(i.Path, i.Namespace, identities)), i => i.ReportYearFrom, i => i.Version)
                .Select(i => new FormatReference(new CSharpName(i.Namespace), new CSharpName(i.FormatClass), i.Key))
                .ToEquatableArray());

        /// <summary>
        /// The schemas whose text is embedded in the assembly: each one that owns its namespace (SG1018 reports the others),
        /// with its text. <paramref name="schemas"/> are the compiled ones, <paramref name="files"/> every input.
        /// </summary>
        public static IEnumerable<EmbeddedSchemaSpec> EmbeddedSchemas(IReadOnlyList<(string Path, string Namespace, string Key)> schemas, IReadOnlyList<SchemaFileInput> files)
        {
            var identities = schemas.Select(s => new SchemaIdentity(s.Path, s.Namespace, s.Key, "", null, "")).ToList();
            foreach (var schema in schemas.Where(s => OwnsNamespace(s.Path, s.Namespace, identities)).OrderBy(s => s.Path, StringComparer.Ordinal))
                if (files.FirstOrDefault(f => f.Path == schema.Path) is { } file)
                    yield return new EmbeddedSchemaSpec(SpecBuilder.GeneratorVersion, schema.Key, new CSharpName(schema.Namespace), file.Text.Replace("\r\n", "\n"));
        }

        public static (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) EmitEmbeddedSchema(EmbeddedSchemaSpec schema)
            => Guard(schema.Key, () => new[] { SchemaEmitter.EmitEmbeddedSchema(schema) });

        /// <summary>Everything the generator adds for these schema files, in the order it adds them, and every diagnostic it reports.</summary>
        public static (IReadOnlyList<GeneratedFile> Files, IReadOnlyList<SchemaDiagnostic> Diagnostics) GenerateAll(IEnumerable<SchemaFileInput> inputs)
        {
            var compiled = inputs.Select(SchemaCompilation.Compile).ToList();
            var diagnostics = compiled.SelectMany(c => c.Diagnostics).ToList();
            var models = compiled.Where(c => c.Model is not null).Select(c => c.Model!).ToList();
            var identities = models.Select(SchemaIdentity.Of).ToList();
            diagnostics.AddRange(CrossSchemaDiagnostics(compiled.Where(c => c.Placement is not null).Select(c => c.Placement!).ToList()));

            var files = new List<GeneratedFile>();
            foreach (SchemaModel model in models.Where(m => OwnsNamespace(m.Path, m.Names.Namespace, identities)))
            {
                var (emitted, failure) = Emit(SpecBuilder.Build(model));
                files.AddRange(emitted);
                if (failure is not null) diagnostics.Add(failure);
            }
            foreach (ConverterResult converter in Converters(models.Select(Outline).ToList()))
                if (converter.Spec is not null)
                {
                    var (emitted, failure) = EmitConverter(converter.SchemaPath, converter.Spec);
                    files.AddRange(emitted);
                    if (failure is not null) diagnostics.Add(failure);
                }
            foreach (EmbeddedSchemaSpec schema in EmbeddedSchemas(models.Select(m => (m.Path, m.Names.Namespace, m.Key)).ToList(), inputs.ToList()))
            {
                var (emitted, failure) = EmitEmbeddedSchema(schema);
                files.AddRange(emitted);
                if (failure is not null) diagnostics.Add(failure);
            }
            if (identities.Count > 0)
            {
                var (list, failure) = EmitFormatList(FormatList(identities));
                files.AddRange(list);
                if (failure is not null) diagnostics.Add(failure);
            }
            return (files, diagnostics);
        }

        /// <summary>A schema's files, or none and the diagnostic that says why (a partial file never reaches the compilation).</summary>
        public static (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) Emit(GenerationSpec spec)
            => Guard(spec.SchemaPath, () => SchemaEmitter.Emit(spec));

        public static (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) EmitConverter(string schemaPath, ConverterSpec spec)
            => Guard(schemaPath, () => new[] { SchemaEmitter.EmitConverter(spec) });

        public static (IReadOnlyList<GeneratedFile> Files, SchemaDiagnostic? Failure) EmitFormatList(FormatListSpec list)
            => Guard(list.Formats.Count > 0 ? list.Formats[0].Key : "", () => new[] { SchemaEmitter.EmitFormatList(list) });

        private static (IReadOnlyList<GeneratedFile>, SchemaDiagnostic?) Guard(string path, Func<IReadOnlyList<GeneratedFile>> emit)
        {
            try
            {
                return (emit(), null);
            }
            catch (IncompleteOutputException ex)
            {
                return (Array.Empty<GeneratedFile>(), new SchemaDiagnostic(SchemaDiagnosticIds.OutputIncomplete.Id, FindingSeverity.Error, ex.Message, Start(path)));
            }
            catch (Exception ex)
            {
                // A generator that throws loses all its output behind a bare CS8785: report where and why instead.
                return (Array.Empty<GeneratedFile>(), SchemaCompilation.Failure(path, ex));
            }
        }

        private static SourceSpan Start(string path) => SourceSpan.None(path) with { StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1 };
    }

    /// <summary>What identifies a schema among the others: its file, namespace, format class, and what orders it among versions.</summary>
    public sealed record SchemaIdentity(string Path, string Namespace, string Key, string FormatClass, int? ReportYearFrom, string Version)
    {
        public static SchemaIdentity Of(SchemaModel model)
            => new SchemaIdentity(model.Path, model.Names.Namespace, model.Key, model.Names.FormatClass, model.Format.ReportYearFrom, model.Format.Version);
    }
}
