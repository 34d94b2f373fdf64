using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats;
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
        public static readonly RuleInfo InputUnreadable = new("SG4001", "InputUnreadable", FindingLevel.Error,
            "Input cannot be read",
            "The path does not exist, is not a file, or does not hold text. The file gets a result saying so and the run ends with exit code 2; the other inputs are still checked.");

        public static readonly RuleInfo CheckFailed = new("SG4002", "CheckFailed", FindingLevel.Error,
            "The checker failed on this input",
            "An unexpected error inside SchemaGen while checking this file; the message carries the exception. The run ends with exit code 2. Please report the input.");

        public static readonly RuleInfo FormatUncertain = new("SG4003", "FormatUncertain", FindingLevel.Note,
            "Format version uncertain",
            "Format detection had low confidence, or --schema forced a version other than the one detected. The figures were read with the version shown.");

        public static readonly RuleInfo NotComparable = new("SG4010", "NotComparableAcrossYears", FindingLevel.Note,
            "Cross-year rule cannot be applied",
            "A cross-year rule needs figures that one of the two reports does not have: the reports follow different format versions that do not share those cells, or a table it needs is not present in one of the years.");

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
