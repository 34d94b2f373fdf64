using System.Collections.Generic;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Schema.Diagnostics
{
    /// <summary>A diagnostic rule: stable id, title, severity and the page that explains it.</summary>
    public sealed record DiagnosticRule(string Id, string Title, string Category, FindingSeverity Severity, string Description)
    {
        public string HelpLink => HelpLinks.For(Id);
    }

    public static class HelpLinks
    {
        /// <summary>Every diagnostic's help page lives in the docs that <c>schemagen docs</c> writes (docs/diagnostics/ in the repository).</summary>
        public const string Base = "https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/";

        public static string For(string id) => Base + id + ".md";
    }

    /// <summary>
    /// The schema (YAML) diagnostics, SG1xxx. The generator reports them on the YAML file; the CLI's
    /// <c>lint</c> prints the same ones. Ids are stable: never renumber, only add.
    /// </summary>
    public static class SchemaDiagnosticIds
    {
        public const string Category = "SchemaGen.Schema";

        public static readonly DiagnosticRule YamlSyntax = new("SG1001", "Schema file is not valid YAML", Category, FindingSeverity.Error,
            "The YAML parser rejected the file; nothing is generated from it until it parses.");
        public static readonly DiagnosticRule UnknownKey = new("SG1002", "Unknown key in schema", Category, FindingSeverity.Error,
            "A mapping holds a key that the schema language does not define (often a typo).");
        public static readonly DiagnosticRule MissingKey = new("SG1003", "Required key missing", Category, FindingSeverity.Error,
            "An element lacks a key it must have, such as id or label.");
        public static readonly DiagnosticRule InvalidValue = new("SG1004", "Invalid value", Category, FindingSeverity.Error,
            "A value has the wrong shape or is not one of the allowed words.");
        public static readonly DiagnosticRule DuplicateId = new("SG1005", "Duplicate identifier", Category, FindingSeverity.Error,
            "Two elements in the same scope share an id, so generated names would clash.");
        public static readonly DiagnosticRule InvalidIdentifier = new("SG1006", "Identifier is not a valid C# name", Category, FindingSeverity.Error,
            "Ids become C# type and property names: they must be ASCII letters, digits and underscores, start with a letter, and not be a C# keyword.");
        public static readonly DiagnosticRule UnknownReference = new("SG1007", "Reference to an element that does not exist", Category, FindingSeverity.Error,
            "An invariant, section or migration names a table, row or column that the schema does not declare.");
        public static readonly DiagnosticRule DerivationCycle = new("SG1008", "Totals derive from each other in a cycle", Category, FindingSeverity.Error,
            "A cell is derived, through total invariants, from itself; totals could never be recomputed.");
        public static readonly DiagnosticRule RuleSyntax = new("SG1009", "Invariant rule does not parse", Category, FindingSeverity.Error,
            "A rule is a linear comparison: sums of cell references, sum(group) and numbers on each side of ==, <=, >=, < or >.");
        public static readonly DiagnosticRule TotalShape = new("SG1010", "A total rule must be 'cell == parts'", Category, FindingSeverity.Error,
            "An invariant of kind total derives its left cell from the right side: the left side must be one leaf reference and the operator ==.");
        public static readonly DiagnosticRule Structure = new("SG1011", "Inconsistent structure", Category, FindingSeverity.Error,
            "Sections and tables must point at each other consistently; a table needs rows and columns.");
        public static readonly DiagnosticRule GeneratorFailure = new("SG1012", "The generator failed on this schema", Category, FindingSeverity.Error,
            "An unexpected error inside SchemaGen; the message carries the exception. Please report it.");
        public static readonly DiagnosticRule Advice = new("SG1013", "Schema advice", Category, FindingSeverity.Warning,
            "Something legal but probably unintended, such as a label repeated as its own alias.");

        public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
        {
            YamlSyntax, UnknownKey, MissingKey, InvalidValue, DuplicateId, InvalidIdentifier, UnknownReference,
            DerivationCycle, RuleSyntax, TotalShape, Structure, GeneratorFailure, Advice,
        };
    }
}
