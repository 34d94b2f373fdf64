using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;

namespace SchemaGen.Generator.Spec
{
    // The converter step's values. A converter needs two schemas at once, so each schema file is first reduced to
    // a SchemaOutline (its identity, tables and migration block) and only outlines are collected; every value here
    // is value-equatable so the step caches, and carries no Roslyn object.

    /// <summary>What the converter step needs from one schema file. <see cref="Diagnostics"/> are the file's migration lint findings.</summary>
    public sealed record SchemaOutline(
        string Path,
        string FormatId,
        string Version,
        string Key,
        string Namespace,
        string ModelName,
        EquatableArray<Text> TextSections,
        EquatableArray<TableSpec> Tables,
        MigrationSpec? Migration,
        EquatableArray<SchemaDiagnostic> Diagnostics);

    /// <summary>One newer schema's converter (null when the older schema is not in the compilation, or the migration has errors) and the diagnostics to report.</summary>
    public sealed record ConverterResult(string SchemaPath, ConverterSpec? Spec, EquatableArray<SchemaDiagnostic> Diagnostics);

    /// <summary>Everything Converter.scriban writes, decided: names, access paths and C# literals.</summary>
    public sealed record ConverterSpec(
        string HintName,
        string GeneratorVersion,
        string Namespace,
        string ClassName,
        string MethodName,
        string ModelName,
        string OldModel,
        string OldSchemaClass,
        string NewSchemaClass,
        string FromKey,
        string ToKey,
        string DocSummary,
        EquatableArray<Text> RuleDocs,
        EquatableArray<Text> TextSections,
        EquatableArray<ConverterTableSpec> Tables);

    /// <summary>The statements for one table of the older report, in a method of their own.</summary>
    public sealed record ConverterTableSpec(string MethodName, string Doc, EquatableArray<CarrySpec> Carries, EquatableArray<LossSpec> Losses);

    /// <summary><c>report.{Target} = {Expression};</c> — one cell of the newer report.</summary>
    public sealed record CarrySpec(string Target, string Expression);

    /// <summary><c>m.NotCarried(old.{Source}, ...)</c> — one cell of the older report with no place in the newer.</summary>
    public sealed record LossSpec(string Source, string TableLiteral, string RowLiteral, string ColumnLiteral, string ReasonLiteral);
}
