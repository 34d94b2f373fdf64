using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Docs.Diagnostics
{
    /// <summary>
    /// The level schemagen check reports at, in its own words (error, warning, note). Mirrors the CLI's mapping,
    /// which the docs cannot reference; the docs tests compare the two for every id.
    /// </summary>
    public static class CheckLevels
    {
        public static string Word(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>The CLI raises a missing statutory table to an error (条例第五十条 requires every table).</summary>
        public static string OfReadDiagnostic(ReadDiagnosticDescriptor d)
            => d.Id == ReadDiagnosticIds.TableMissing ? "error" : Word(d.DefaultSeverity);
    }
}
