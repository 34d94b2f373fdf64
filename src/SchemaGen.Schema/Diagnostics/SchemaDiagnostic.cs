using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Diagnostics
{
    public enum DiagnosticSeverity { Error, Warning, Info }

    /// <summary>A problem in a schema file, with its place in the YAML. Value-equatable.</summary>
    public sealed record SchemaDiagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceSpan Span)
    {
        public override string ToString()
            => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}
