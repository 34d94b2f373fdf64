using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SchemaGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Expected diagnostics: by id and severity only, or with the message's arguments checked too.</summary>
    internal static class Expect
    {
        public static DiagnosticResult Id(DiagnosticDescriptor rule, int location)
            => new DiagnosticResult(rule.Id, rule.DefaultSeverity).WithLocation(location);

        public static DiagnosticResult Message(DiagnosticDescriptor rule, int location, params object[] arguments)
            => new DiagnosticResult(rule).WithLocation(location).WithArguments(arguments);
    }
}
