using System.Collections.Generic;
using System.Linq;
using SchemaGen.Checking;
using SchemaGen.Formats;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;

namespace SchemaGen.Cli.Checking
{
    /// <summary>A rule a finding can cite: stable id, a PascalCase name, its level and the page that explains it.</summary>
    public sealed record RuleInfo(string Id, string Name, FindingSeverity Level, string Title, string Description)
    {
        public string HelpUri => HelpLinks.For(Id);
    }

    /// <summary>
    /// Every rule the checker can report, and the level it reports it at. Three families:
    /// SG40xx are the checker's own (input and comparison problems); SG3xxx come from the report reader;
    /// the schema invariants keep their schema ids (balance, outcome-total, ...). Ids are stable.
    /// </summary>
    public static class CheckerRules
    {
        // The SG40xx ids, titles, levels and descriptions come from the checking catalog (shared with the docs);
        // only the SARIF names are the CLI's.
        public static readonly RuleInfo InputUnreadable = Own4000(CheckerDiagnosticIds.InputUnreadable, "InputUnreadable");

        public static readonly RuleInfo CheckFailed = Own4000(CheckerDiagnosticIds.CheckFailed, "CheckFailed");

        public static readonly RuleInfo FormatUncertain = Own4000(CheckerDiagnosticIds.FormatUncertain, "FormatUncertain");

        public static readonly RuleInfo NotComparable = Own4000(CheckerDiagnosticIds.NotComparable, "NotComparableAcrossYears");

        private static RuleInfo Own4000(string id, string name)
        {
            ReadDiagnosticDescriptor d = CheckerDiagnosticIds.Get(id);
            return new RuleInfo(d.Id, name, d.DefaultSeverity, d.Title, d.Description);
        }

        /// <summary>The checker's own rules.</summary>
        public static IReadOnlyList<RuleInfo> Own { get; } = new[] { InputUnreadable, CheckFailed, FormatUncertain, NotComparable };

        /// <summary>The reader's diagnostics, at the level the checker reports them.</summary>
        public static IReadOnlyList<RuleInfo> Reading { get; } = ReadDiagnosticIds.All
            .Select(d => new RuleInfo(d.Id, PascalCase(d.Title), CheckLevels.OfReadDiagnostic(d.Id, d.DefaultSeverity), d.Title, d.Description))
            .ToArray();

        public static readonly RuleInfo CellKind = new("cell-kind", "CellKind", FindingSeverity.Error,
            "Cell value not allowed by its kind",
            "A count is negative or has a fraction, or an amount has more decimals than its column allows.");

        /// <summary>The schema invariants of every known format version, once per id (the newest version's wording).</summary>
        public static IReadOnlyList<RuleInfo> Invariants { get; } = FormatCatalog.All.Reverse()
            .SelectMany(f => f.Descriptor.Invariants)
            .GroupBy(i => i.Id)
            .Select(g => g.First())
            .Select(i => new RuleInfo(i.Id, PascalCase(i.Id), i.Severity, i.Message,
                $"Table rule{(i.AcrossYears ? " across two years" : "")} ({i.Standing ?? "stated"}): {i.Rule}"))
            .Append(CellKind)
            .ToArray();

        public static IReadOnlyList<RuleInfo> All { get; } = Own.Concat(Reading).Concat(Invariants).ToArray();

        public static RuleInfo Find(string id)
            => ById.TryGetValue(id, out RuleInfo? rule) ? rule : new RuleInfo(id, PascalCase(id), FindingSeverity.Warning, id, id);

        // Asked for every finding written: looked up, not searched for; the first rule of an id, as the search took it.
        private static readonly Dictionary<string, RuleInfo> ById = All.GroupBy(r => r.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);

        /// <summary>outcome-total → OutcomeTotal; "Table missing" → TableMissing: SARIF wants a name that reads as an identifier.</summary>
        internal static string PascalCase(string text)
        {
            var result = new System.Text.StringBuilder();
            bool upper = true;
            foreach (char c in text)
            {
                if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
                result.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            return result.ToString();
        }
    }
}
