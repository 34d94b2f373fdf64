using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Diagnostics
{
    /// <summary>A problem in a schema file, with its place in the YAML. Value-equatable.</summary>
    public sealed record SchemaDiagnostic(string Id, FindingSeverity Severity, string Message, SourceSpan Span)
    {
        public override string ToString()
            => $"{Span}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}
