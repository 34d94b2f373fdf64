using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Checking
{
    /// <summary>How serious a finding is, in SARIF's words. Only error and warning can fail a run (--fail-on).</summary>
    public enum FindingLevel { Error, Warning, Note }

    internal static class FindingLevels
    {
        public static FindingLevel From(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Error => FindingLevel.Error,
            FindingSeverity.Warning => FindingLevel.Warning,
            _ => FindingLevel.Note,
        };

        /// <summary>The lower-case word used in text, JSON and SARIF output.</summary>
        public static string Word(this FindingLevel level) => level switch
        {
            FindingLevel.Error => "error",
            FindingLevel.Warning => "warning",
            _ => "note",
        };

        public static bool IsAtLeast(this FindingLevel level, FindingLevel threshold) => level <= threshold;
    }
}
