using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Generator.Diagnostics
{
    /// <summary>Roslyn descriptors for the schema diagnostics (SG1xxx), and their conversion to compiler diagnostics on the YAML file.</summary>
    public static class GeneratorDiagnostics
    {
        public static IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors { get; } =
            SchemaDiagnosticIds.All.ToDictionary(r => r.Id, r => new DiagnosticDescriptor(
                r.Id, r.Title, "{0}", r.Category, ToRoslyn(r.Severity), isEnabledByDefault: true, description: r.Description, helpLinkUri: r.HelpLink));

        public static Diagnostic ToRoslyn(SchemaDiagnostic diagnostic)
        {
            DiagnosticDescriptor descriptor = Descriptors.TryGetValue(diagnostic.Id, out var d) ? d : Descriptors[SchemaDiagnosticIds.GeneratorFailure.Id];
            return Diagnostic.Create(descriptor, LocationOf(diagnostic.Span), effectiveSeverity: ToRoslyn(diagnostic.Severity), additionalLocations: null, properties: null, diagnostic.Message);
        }

        /// <summary>A location in the YAML file: Roslyn wants 0-based lines and columns, the model keeps 1-based.</summary>
        public static Location LocationOf(SourceSpan span)
        {
            if (!span.IsKnown) return Location.Create(span.Path, default, default);
            var start = new LinePosition(span.StartLine - 1, span.StartColumn - 1);
            var end = new LinePosition(System.Math.Max(span.EndLine, span.StartLine) - 1, System.Math.Max(span.EndColumn - 1, span.EndLine > span.StartLine ? 0 : span.StartColumn - 1));
            int length = System.Math.Max(0, span.EndOffset - span.StartOffset);
            return Location.Create(span.Path, new TextSpan(span.StartOffset, length), new LinePositionSpan(start, end));
        }

        private static RoslynSeverity ToRoslyn(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => RoslynSeverity.Error,
            FindingSeverity.Warning => RoslynSeverity.Warning,
            _ => RoslynSeverity.Info,
        };
    }
}
