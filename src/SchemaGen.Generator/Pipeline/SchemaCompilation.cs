using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Generator.Pipeline
{
    /// <summary>
    /// What one schema file yields: its semantic model (null when nothing can be generated from it), its diagnostics,
    /// and what the cross-schema checks need (its namespace and its migration block as declared, with positions).
    /// </summary>
    public sealed record SchemaCompilationResult(string Path, SchemaModel? Model, EquatableArray<SchemaDiagnostic> Diagnostics, SchemaPlacement? Placement);

    /// <summary>A schema among the others: where its namespace is declared, and its migration block with positions (for diagnostics).</summary>
    public sealed record SchemaPlacement(string Path, string Namespace, SourceSpan FormatSpan, SchemaModel Model, MigrationSpec? DeclaredMigration);

    /// <summary>Schema text → model and diagnostics. Shared by the generator and the CLI; never throws.</summary>
    public static class SchemaCompilation
    {
        public static SchemaCompilationResult Compile(SchemaFileInput input)
        {
            try
            {
                if (input.DecodedAs is not null) return NotUtf8(input);
                SchemaLoadResult loaded = SchemaLoader.Load(input.Text, input.Path);
                SchemaModelResult built = SchemaModelBuilder.Build(loaded, input.NamespaceOverride);
                SchemaPlacement? placement = built.Model is null || loaded.Document is null ? null
                    : new SchemaPlacement(input.Path, built.Model.Names.Namespace, loaded.Document.Format.Span, built.Model, built.Model.Migration is null ? null : loaded.Document.Migration);
                return new SchemaCompilationResult(input.Path, built.Model, built.Diagnostics, placement);
            }
            catch (Exception ex)
            {
                return new SchemaCompilationResult(input.Path, null, new[] { Failure(input.Path, ex) }.ToEquatableArray(), null);
            }
        }

        /// <summary>
        /// The compiler read the file in a fallback encoding. Its single-byte encodings give the file's bytes back: then the
        /// diagnostic is lint's, at the first byte that is not UTF-8; otherwise it is at the first character that is not ASCII.
        /// </summary>
        private static SchemaCompilationResult NotUtf8(SchemaFileInput input)
        {
            SchemaDiagnostic? asLint = null;
            try
            {
                System.Text.Encoding fallback = System.Text.Encoding.GetEncoding(input.DecodedAs!);
                if (fallback.IsSingleByte) asLint = SchemaFile.Decode(fallback.GetBytes(input.Text), input.Path).Problem;
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException)
            {
                // an encoding this process cannot name: keep to the characters
            }
            if (asLint is not null) return new SchemaCompilationResult(input.Path, null, new[] { asLint }.ToEquatableArray(), null);

            int line = 1, column = 1, offset = 0;
            foreach (char c in input.Text)
            {
                if (c > 127) break;
                if (c == '\n') { line++; column = 1; }
                else column++;
                offset++;
            }
            var span = new SourceSpan(input.Path, line, column, line, column + 1, offset, offset + 1);
            var diagnostic = new SchemaDiagnostic(SchemaDiagnosticIds.NotUtf8.Id, SchemaDiagnosticIds.NotUtf8.Severity,
                $"the file is not UTF-8 (the compiler read it as {input.DecodedAs}); save the schema as UTF-8", span);
            return new SchemaCompilationResult(input.Path, null, new[] { diagnostic }.ToEquatableArray(), null);
        }

        internal static SchemaDiagnostic Failure(string path, Exception ex)
            => new(SchemaDiagnosticIds.GeneratorFailure.Id, FindingSeverity.Error, $"{ex.GetType().Name}: {ex.Message}",
                SourceSpan.None(path) with { StartLine = 1, StartColumn = 1, EndLine = 1, EndColumn = 1 });
    }
}
