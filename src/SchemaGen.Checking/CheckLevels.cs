using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Checking
{
    /// <summary>The level `schemagen check` reports a finding at, and its word in text, JSON and SARIF output.</summary>
    public static class CheckLevels
    {
        /// <summary>The lower-case word used in every output format: error, warning, note (SARIF's word for info).</summary>
        public static string Word(this FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => "error",
            FindingSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>Whether a finding at <paramref name="severity"/> reaches <paramref name="threshold"/> (--fail-on).</summary>
        public static bool IsAtLeast(this FindingSeverity severity, FindingSeverity threshold) => severity <= threshold;

        /// <summary>
        /// A missing statutory table is an error, not the reader's default warning: 《政府信息公开条例》第五十条 and the
        /// unified format require every table, so a report without one is defective whatever its figures. Every other
        /// reading diagnostic keeps the reader's severity (an empty or unplaceable table is there, but nothing in it can be checked).
        /// </summary>
        public static FindingSeverity OfReadDiagnostic(string id, FindingSeverity readerSeverity)
            => id == ReadDiagnosticIds.TableMissing ? FindingSeverity.Error : readerSeverity;
    }
}
