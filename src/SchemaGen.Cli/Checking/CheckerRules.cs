using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats;
using SchemaGen.Runtime.Checking;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;

namespace SchemaGen.Cli.Checking
{
    /// <summary>A rule a finding can cite: stable id, a PascalCase name, its level and the page that explains it.</summary>
    public sealed record RuleInfo(string Id, string Name, FindingLevel Level, string Title, string Description)
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
        // The SG40xx ids, titles, levels and descriptions come from the runtime catalog (so the docs can list them);
        // only the SARIF names are the CLI's.
        public static readonly RuleInfo InputUnreadable = Own4000(CheckerDiagnosticIds.InputUnreadable, "InputUnreadable");

        public static readonly RuleInfo CheckFailed = Own4000(CheckerDiagnosticIds.CheckFailed, "CheckFailed");

        public static readonly RuleInfo FormatUncertain = Own4000(CheckerDiagnosticIds.FormatUncertain, "FormatUncertain");

        public static readonly RuleInfo NotComparable = Own4000(CheckerDiagnosticIds.NotComparable, "NotComparableAcrossYears");

        private static RuleInfo Own4000(string id, string name)
        {
            ReadDiagnosticDescriptor d = CheckerDiagnosticIds.Get(id);
            return new RuleInfo(d.Id, name, FindingLevels.From(d.DefaultSeverity), d.Title, d.Description);
        }

        /// <summary>
        /// A missing statutory table is an error, not the reader's default warning: 《政府信息公开条例》第五十条 and the
        /// unified format require tables 二, 三 and 四, so a report without one is defective whatever its figures.
        /// An empty or unplaceable table keeps the reader's level (warning): the table is there, but nothing in it can be checked.
        /// </summary>
        public static FindingLevel LevelOfReadDiagnostic(string id, FindingSeverity severity)
            => id == ReadDiagnosticIds.TableMissing ? FindingLevel.Error : FindingLevels.From(severity);

        /// <summary>The checker's own rules.</summary>
        public static IReadOnlyList<RuleInfo> Own { get; } = new[] { InputUnreadable, CheckFailed, FormatUncertain, NotComparable };

        /// <summary>The reader's diagnostics, at the level the checker reports them.</summary>
        public static IReadOnlyList<RuleInfo> Reading { get; } = ReadDiagnosticIds.All
            .Select(d => new RuleInfo(d.Id, PascalCase(d.Title), LevelOfReadDiagnostic(d.Id, d.DefaultSeverity), d.Title, d.Description))
            .ToArray();

        public static readonly RuleInfo CellKind = new("cell-kind", "CellKind", FindingLevel.Error,
            "Cell value not allowed by its kind",
            "A count is negative or has a fraction, or an amount has more decimals than its column allows.");

        /// <summary>The schema invariants of every known format version, once per id (the newest version's wording).</summary>
        public static IReadOnlyList<RuleInfo> Invariants { get; } = FormatCatalog.All.Reverse()
            .SelectMany(f => f.Descriptor.Invariants)
            .GroupBy(i => i.Id)
            .Select(g => g.First())
            .Select(i => new RuleInfo(i.Id, PascalCase(i.Id), FindingLevels.From(i.Severity), i.Message,
                $"Table rule{(i.AcrossYears ? " across two years" : "")} ({i.Standing ?? "stated"}): {i.Rule}"))
            .Append(CellKind)
            .ToArray();

        public static IReadOnlyList<RuleInfo> All { get; } = Own.Concat(Reading).Concat(Invariants).ToArray();

        public static RuleInfo Find(string id)
            => All.FirstOrDefault(r => r.Id == id) ?? new RuleInfo(id, PascalCase(id), FindingLevel.Warning, id, id);

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
