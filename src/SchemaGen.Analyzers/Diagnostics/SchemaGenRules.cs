using Microsoft.CodeAnalysis;
using HelpLinks = SchemaGen.Schema.Diagnostics.HelpLinks;

namespace SchemaGen.Analyzers.Diagnostics
{
    /// <summary>
    /// The code diagnostics, SG2xxx: stable ids (never renumber, only add), one category per concern, and a help
    /// page per id (docs/diagnostics/SG2xxx.md). Every rule can be configured in .editorconfig with
    /// <c>dotnet_diagnostic.SG2xxx.severity</c>; release tracking lives in AnalyzerReleases.*.md.
    /// </summary>
    public static class SchemaGenRules
    {
        public const string FiguresCategory = "SchemaGen.Figures";
        public const string UsageCategory = "SchemaGen.Usage";
        public const string DesignCategory = "SchemaGen.Design";

        public const string BrokenInvariantId = "SG2001";
        public const string InvalidCellValueId = "SG2002";
        public const string ManualTotalId = "SG2003";
        public const string UnknownSchemaKeyId = "SG2004";
        public const string IgnoredValidationResultId = "SG2005";
        public const string MirrorMismatchId = "SG2006";
        public const string PositionalCellsId = "SG2007";
        public const string RenamedMemberId = SchemaGen.Runtime.RenamedMemberAttribute.DiagnosticId;
        public const string RemovedMemberId = SchemaGen.Runtime.RenamedMemberAttribute.RemovedDiagnosticId;

        public static readonly DiagnosticDescriptor BrokenInvariant = new(
            BrokenInvariantId,
            "Constant figures break an invariant of the schema",
            "Invariant {0} does not hold for {1}: {2}; expected {3}, actual {4}",
            FiguresCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Every figure a rule instance needs is a constant in the same initializer (or blank because it was left out), and together they break the rule. The validator would report the same violation at run time.",
            helpLinkUri: HelpLinks.For(BrokenInvariantId));

        public static readonly DiagnosticDescriptor InvalidCellValue = new(
            InvalidCellValueId,
            "A cell cannot hold this constant",
            "{0} cannot hold {1}: {2}",
            FiguresCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Counts are whole and non-negative (signed counts may be negative); amounts are non-negative with at most the column's scale of decimal places.",
            helpLinkUri: HelpLinks.For(InvalidCellValueId));

        public static readonly DiagnosticDescriptor ManualTotal = new(
            ManualTotalId,
            "A derived total is set by hand after one of its parts changed",
            "{0} is derived by invariant {1}, but it is set by hand after {2}; call RecomputeTotals() on the table instead",
            FiguresCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A total that a rule of kind total derives should be recomputed from its parts after a part changes; a hand-written value goes stale when the parts change again. Compound writes (+=, ++) count as setting it by hand, and so does writing a total that RecomputeTotals() has just computed.",
            helpLinkUri: HelpLinks.For(ManualTotalId));

        // An error: an unknown key is certain to fail — the descriptor lookups throw ArgumentException for it,
        // like a misspelt member name. Projects that prefer a warning can say so in .editorconfig.
        public static readonly DiagnosticDescriptor UnknownSchemaKey = new(
            UnknownSchemaKeyId,
            "The schema has no element of this name",
            "{0} '{1}' is not a key of {2}{3}",
            UsageCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A string constant passed to a [SchemaKey] parameter must name one section, table, row, column or invariant of the schema by a key the key contract accepts (id, path, official label, alias, or their Traditional form; labels and bare ids only when they name one element), exactly as the runtime lookups resolve it.",
            helpLinkUri: HelpLinks.For(UnknownSchemaKeyId));

        public static readonly DiagnosticDescriptor IgnoredValidationResult = new(
            IgnoredValidationResultId,
            "A validation result is computed and ignored",
            "The ValidationResult of '{0}' is discarded; check IsValid or the findings, or assign it to _ if it is truly not needed",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Validation has no side effects: discarding its result means the findings are never seen.",
            helpLinkUri: HelpLinks.For(IgnoredValidationResultId));

        public static readonly DiagnosticDescriptor MirrorMismatch = new(
            MirrorMismatchId,
            "A [SchemaTable] type does not match its table",
            "'{0}' does not mirror {1}: {2}",
            DesignCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A hand-written type with [SchemaTable] has one public property per top-level row (Mirrors = Rows) or per leaf column (Mirrors = Columns) of the table, and no others.",
            helpLinkUri: HelpLinks.For(MirrorMismatchId));

        public static readonly DiagnosticDescriptor PositionalCells = new(
            PositionalCellsId,
            "Cell figures are passed by position",
            "'{0}' takes {1} figure(s) by position; name the arguments ({2}) so that a change of the table's columns cannot move a figure into another column",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A generated row's constructor takes one figure per column in column order. Positional arguments compile unchanged when the schema reorders its columns, or removes one and adds another: the figures then land in other columns silently. Named arguments bind to the columns by name, and any change of the columns' names or count breaks the build instead.",
            helpLinkUri: HelpLinks.For(PositionalCellsId));

        // SG2008 and SG2009 are reported by the compiler: generated members of an earlier version carry
        // [Obsolete(..., DiagnosticId = "SG2008"/"SG2009")]. These descriptors give them their page, their place in the
        // release tracking and the id the code fix registers for; no analyzer reports them.
        public static readonly DiagnosticDescriptor RenamedMember = new(
            RenamedMemberId,
            "A member renamed by a format change",
            "'{0}' is obsolete: {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The schema renamed this table, row or column (its migration block, or a renamed-from note): the generated member of the old name forwards to the new one and is obsolete. The code fix rewrites the use to the new name.",
            helpLinkUri: HelpLinks.For(RenamedMemberId));

        public static readonly DiagnosticDescriptor RemovedMember = new(
            RemovedMemberId,
            "A member removed by a format change",
            "'{0}' is obsolete: {1}",
            UsageCategory,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The schema no longer has this table, row or column (a drop, split or merge in its migration block, or a removed note): the generated member of the old name stays only so that its use is an error that says why and where the figures went.",
            helpLinkUri: HelpLinks.For(RemovedMemberId));
    }

    /// <summary>Keys of <see cref="Diagnostic.Properties"/> that the analyzers fill and the code fixes read.</summary>
    public static class FixProperties
    {
        /// <summary>SG2001: the C# literal that makes the derived total satisfy its rule.</summary>
        public const string ReplacementLiteral = nameof(ReplacementLiteral);

        /// <summary>SG2003: the expression of the table to call RecomputeTotals() on ("" for the implicit this).</summary>
        public const string RecomputeReceiver = nameof(RecomputeReceiver);

        /// <summary>SG2004: the closest name the schema has.</summary>
        public const string Suggestion = nameof(Suggestion);

        /// <summary>SG2006: the members to add, one per line as name, tab, fully qualified type.</summary>
        public const string MissingMembers = nameof(MissingMembers);

        /// <summary>SG2006: whether the added members are rows (with a default instance) or cells.</summary>
        public const string MemberKind = nameof(MemberKind);

        /// <summary>SG2007: the parameter name of each argument, in argument order, separated by commas.</summary>
        public const string ParameterNames = nameof(ParameterNames);

        public const string RowMembers = "rows";
        public const string CellMembers = "cells";
    }
}
