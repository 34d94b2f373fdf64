using System.Collections.Generic;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Schema.Diagnostics
{
    /// <summary>A diagnostic rule: stable id, title, severity and the page that explains it.</summary>
    public sealed record DiagnosticRule(string Id, string Title, string Category, FindingSeverity Severity, string Description)
    {
        public string HelpLink => HelpLinks.For(Id);
    }

    /// <summary>
    /// Where every diagnostic's help page is: <c>docs/diagnostics/ID.md</c>, the same path in the repository and in
    /// each package that ships the pages (the schemagen tool beside its assemblies). A link is that page under
    /// <see cref="Base"/>: the address given in the SCHEMAGEN_HELP_BASE environment variable (for example where the
    /// docs are published), else the pages shipped with the assembly that reads this (a file: address), else the
    /// relative path.
    /// </summary>
    public static class HelpLinks
    {
        /// <summary>The pages' folder, relative to the repository root and to the root of a package that ships them.</summary>
        public const string Folder = "docs/diagnostics/";

        public const string BaseVariable = "SCHEMAGEN_HELP_BASE";

        private static readonly System.Lazy<string> ResolvedBase = new System.Lazy<string>(FindBase);

        /// <summary>What links start with, ending in '/'; see <see cref="HelpLinks"/>.</summary>
        public static string Base => ResolvedBase.Value;

        /// <summary>The help page of <paramref name="id"/> relative to the repository root: docs/diagnostics/SG3003.md.</summary>
        public static string PageOf(string id) => Folder + id + ".md";

        public static string For(string id) => Base + id + ".md";

        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
            Justification = "An empty location (a Native AOT or single-file CLI) falls back to the application's folder.")]
        private static string FindBase()
        {
            try
            {
                string? configured = System.Environment.GetEnvironmentVariable(BaseVariable);
                if (!string.IsNullOrWhiteSpace(configured)) return configured!.EndsWith("/", System.StringComparison.Ordinal) ? configured : configured + "/";
                // Beside the assembly (the tool's folder), or above it (the repository, from a build output folder). A Native AOT
                // build of the CLI has no assembly files: its own folder stands in.
                string location = typeof(HelpLinks).Assembly.Location;
                string? directory = location.Length > 0 ? System.IO.Path.GetDirectoryName(location) : System.AppContext.BaseDirectory.TrimEnd('/', '\\');
                for (int up = 0; directory is not null && up < 8; up++, directory = System.IO.Path.GetDirectoryName(directory))
                {
                    string pages = System.IO.Path.Combine(directory, "docs", "diagnostics");
                    if (System.IO.Directory.Exists(pages)) return new System.Uri(pages + System.IO.Path.DirectorySeparatorChar).AbsoluteUri;
                }
            }
            catch (System.Exception)
            {
                // A link is never worth failing for: fall back to the relative path.
            }
            return Folder;
        }
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

        public static readonly DiagnosticRule OutputIncomplete = new("SG1014", "Generated output is incomplete", Category, FindingSeverity.Error,
            "A limit of the template engine was reached, or a generated file did not come out whole. Nothing partial is added to the compilation: the schema's files are left out and this error says why.");
        public static readonly DiagnosticRule NotUtf8 = new("SG1015", "Schema file is not UTF-8", Category, FindingSeverity.Error,
            "Schema files are read as UTF-8. A byte sequence that is not UTF-8 (a file saved as GBK, say) would otherwise turn into replacement characters silently; save the file as UTF-8.");
        public static readonly DiagnosticRule NestingTooDeep = new("SG1016", "Schema beyond a size, nesting or alias limit", Category, FindingSeverity.Error,
            "A schema file may hold at most " + Loading.SchemaLoader.MaxSchemaCharsText + " characters; mappings and sequences may nest at most " + Loading.SchemaLoader.MaxNestingDepthText
            + " levels deep; an alias may not stand inside the node it names; and aliases may bring in at most " + Loading.SchemaLoader.MaxAliasedNodesText
            + " nodes in all, counted as if written out (a \"billion laughs\" file stops here). The statutory schemas are far inside these limits. They are checked before the YAML is built into a tree, so a hostile file cannot exhaust the stack, the memory or the time.");
        public static readonly DiagnosticRule NameClash = new("SG1017", "Name clashes with generated code", Category, FindingSeverity.Error,
            "Ids become C# names beside the names the generator itself emits (GetCell, Row, the model, the Schema, Parser and Validator classes, record members such as Equals). An id that would clash with one of them, with a sibling in another letter case, or with its enclosing type is reported here instead of generating code that does not compile.");
        public static readonly DiagnosticRule NamespaceClash = new("SG1018", "Two schemas generate into the same namespace", Category, FindingSeverity.Error,
            "Each schema's code goes into its own namespace (format.namespace, or the SchemaGenNamespace metadata). Two schemas in one compilation with the same namespace would declare every type twice; the second one's code is not generated.");
        public static readonly DiagnosticRule ConflictingRules = new("SG1019", "Invariants contradict or over-determine each other", Category, FindingSeverity.Error,
            "Two total rules derive the same cell for the same axis (which sum would RecomputeTotals keep?), or two rules over the same cells can never both hold, or one rule's cells cancel out and leave a comparison of numbers that is false (A < A).");
        public static readonly DiagnosticRule InvalidProsePattern = new("SG1020", "Invalid prose pattern", Category, FindingSeverity.Error,
            "A phrase of a prose figure (prose: … patterns:) must hold {n} exactly once, where the number stands, and be a valid .NET regular expression once {n} is replaced by the number forms the figure accepts.");

        public static readonly DiagnosticRule MigrationNotFromOlder = new("SG1021", "Migration reads from a version not older than its own", Category, FindingSeverity.Warning,
            "A schema's migration: from: names the older version of its format that its converter reads. A from: naming the schema's own version or a later one, with no schema of that version in the compilation, can only be mistyped; no converter is generated, and without this warning nothing would say so. An older version whose schema is not in the compilation is normal (a project that dropped the oldest format): it gets no converter and no warning.");

        /// <summary>The diagnostics only all of a project's schemas together can give (the generator and `schemagen generate` see them; `lint` reads each file alone).</summary>
        public static IReadOnlyList<DiagnosticRule> AcrossSchemas { get; } = new[] { NamespaceClash, MigrationNotFromOlder };

        public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
        {
            YamlSyntax, UnknownKey, MissingKey, InvalidValue, DuplicateId, InvalidIdentifier, UnknownReference,
            DerivationCycle, RuleSyntax, TotalShape, Structure, GeneratorFailure, Advice,
            OutputIncomplete, NotUtf8, NestingTooDeep, NameClash, NamespaceClash, ConflictingRules, InvalidProsePattern,
            MigrationNotFromOlder,
        };
    }
}
