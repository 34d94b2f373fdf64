using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Findings;
using SchemaGen.Formats;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using RuntimeCellKind = SchemaGen.Runtime.Descriptors.CellKind;
using SchemaComparison = SchemaGen.Runtime.Descriptors.Comparison;
using SchemaInvariantKind = SchemaGen.Runtime.Descriptors.InvariantKind;
using SchemaRuleSeverity = SchemaGen.Runtime.Validation.FindingSeverity;
using CorpusFindingKind = SchemaGen.Corpus.Findings.FindingKind;
using ValidationFindingKind = SchemaGen.Runtime.Validation.FindingKind;

namespace SchemaGen.Corpus.Formats
{
    /// <summary>What the report reader placed: every cell it read (null for a blank), whether it found each table, and its diagnostics.</summary>
    public sealed record ReadBack(IReadOnlyDictionary<CellRef, decimal?> Cells, IReadOnlyDictionary<string, bool> TablePresent, IReadOnlyList<string> Diagnostics)
    {
        /// <summary>The reader's diagnostics as it gave them.</summary>
        public IReadOnlyList<ReadDiagnostic> Reasons { get; init; } = Array.Empty<ReadDiagnostic>();

        /// <summary>
        /// Whether the reader said why a cell was not read: a diagnostic about its table (missing, unplaceable), its row or
        /// a group above it (ambiguous run, unknown label), or the cell itself. Notes explain nothing: they say what was read
        /// (a row split by a rule, SG3023) or left blank (SG3024).
        /// </summary>
        public bool Explains(CellRef cell)
            => Reasons.Any(d => d.Severity != FindingSeverity.Info && d.Table == cell.Table
                && (d.Row is null || d.Row == cell.Row || cell.Row.StartsWith(d.Row + ".", StringComparison.Ordinal))
                && (d.Column is null || d.Column == cell.Column));
    }

    /// <summary>What was read from a document, and the validator's findings on it.</summary>
    public sealed record CheckBack(ReadBack Read, IReadOnlyList<Finding> Findings);

    /// <summary>
    /// The one place the corpus touches SchemaGen.Schema, SchemaGen.Formats and the generated code: the schema API and the
    /// generated model are being reworked, and a change there should be a change to this file only. Everything else in the
    /// corpus works from <see cref="ReportFormat"/>, <see cref="ReportFigures"/> and <see cref="Finding"/>.
    /// </summary>
    internal static class SchemaAdapter
    {
        private const string SchemaResourcePrefix = "schema/";

        /// <summary>Per version: the generated parser's model from a reading, and the generated validator over that model.</summary>
        private static readonly Dictionary<string, Func<ReportReading, ValidationResult>> GeneratedValidators = new(StringComparer.Ordinal)
        {
            ["2019"] = reading => SchemaGen.Formats.V2019.AnnualReportValidator.Validate(SchemaGen.Formats.V2019.AnnualReportParser.FromReading(reading)),
            ["2021"] = reading => SchemaGen.Formats.V2021.AnnualReportValidator.Validate(SchemaGen.Formats.V2021.AnnualReportParser.FromReading(reading)),
        };

        /// <summary>Every version of the catalog: labels from its generated descriptor, rules from its schema YAML.</summary>
        public static IReadOnlyList<ReportFormat> LoadFormats()
        {
            IReadOnlyList<SchemaDocument> schemas = LoadEmbeddedSchemas();
            return FormatCatalog.All.Select(entry =>
            {
                SchemaDescriptor descriptor = entry.Descriptor;
                SchemaDocument schema = schemas.SingleOrDefault(s => s.Format.Id == descriptor.FormatId && s.Format.Version == descriptor.Version)
                    ?? throw new InvalidOperationException($"no embedded schema YAML for {descriptor.Key}");
                return ToFormat(descriptor, schema);
            }).ToArray();
        }

        /// <summary>Runs the real generated validator of the figures' version over them (built into its model through the generated parser's <c>FromReading</c>).</summary>
        public static IReadOnlyList<Finding> Validate(ReportFigures figures)
        {
            ReportFormat format = figures.Format;
            if (!GeneratedValidators.TryGetValue(format.Version, out var validate))
                throw new NotSupportedException($"no generated validator wired for format {format.Version}");
            SchemaDescriptor descriptor = Entry(format).Descriptor;
            var tables = descriptor.Tables.Select(table =>
            {
                var cells = new Dictionary<(string Row, string Column), CellReading>();
                if (figures.IsPresent(table.Id))
                    foreach (CellRef cell in format.Table(table.Id).Cells)
                        cells[(cell.Row, cell.Column)] = new CellReading(figures[cell], "", 0, 0);
                return new TableReading(table.Id, figures.IsPresent(table.Id) ? TablePresence.Present : TablePresence.Missing, 0, cells);
            }).ToArray();
            var reading = new ReportReading(descriptor, Array.Empty<SectionReading>(), tables, Array.Empty<ReadDiagnostic>());
            return validate(reading).Findings.Select(ToFinding).ToArray();
        }

        /// <summary>Reads a report's text with the version's generated parser.</summary>
        public static ReadBack ReadText(ReportFormat format, string text) => ToReadBack(Entry(format).Check(text).Reading);

        /// <summary>Reads a document (from any document reader, or the corpus's ideal one) against the version's descriptor.</summary>
        public static ReadBack ReadDocument(ReportFormat format, Document document) => ToReadBack(ReportReader.Read(document, Entry(format).Descriptor));

        /// <summary>Reads a document with the version's generated parser and validates the model it built with its generated validator.</summary>
        public static CheckBack CheckDocument(ReportFormat format, Document document)
        {
            CheckedReport checkedReport = Entry(format).Check(document);
            return new CheckBack(ToReadBack(checkedReport.Reading), checkedReport.Validation.Findings.Select(ToFinding).ToArray());
        }

        private static ReadBack ToReadBack(ReportReading reading)
        {
            var cells = new Dictionary<CellRef, decimal?>();
            var present = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (TableReading table in reading.Tables)
            {
                present[table.TableId] = table.Presence == TablePresence.Present;
                foreach (var pair in table.Cells)
                    cells[new CellRef(table.TableId, pair.Key.Row, pair.Key.Column)] = pair.Value.Value;
            }
            return new ReadBack(cells, present, reading.Diagnostics.Select(d => d.ToString()).ToArray()) { Reasons = reading.Diagnostics };
        }

        private static FormatEntry Entry(ReportFormat format)
            => FormatCatalog.Find(format.Version) ?? throw new InvalidOperationException($"format {format.Version} is not in the catalog");

        private static Finding ToFinding(ValidationFinding finding)
        {
            CorpusFindingKind kind = finding.Kind switch
            {
                ValidationFindingKind.NotAssessable => CorpusFindingKind.NotAssessable,
                ValidationFindingKind.InvalidValue => CorpusFindingKind.InvalidValue,
                _ => CorpusFindingKind.Violation,
            };
            CellRef? subject = finding.Row is not null && finding.Column is not null ? new CellRef(finding.Table, finding.Row, finding.Column) : null;
            return new Finding(finding.RuleId, kind, finding.Table, subject, finding.Expected, finding.Actual,
                finding.Cells.Select(c => new CellRef(c.Table, c.Row, c.Column)));
        }

        private static IReadOnlyList<SchemaDocument> LoadEmbeddedSchemas()
        {
            Assembly assembly = typeof(SchemaAdapter).Assembly;
            var documents = new List<SchemaDocument>();
            foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SchemaResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using Stream stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                SchemaLoadResult result = SchemaLoader.Load(reader.ReadToEnd(), name);
                if (result.Document is null || result.HasErrors)
                    throw new InvalidOperationException($"schema {name} did not load: " + string.Join("; ", result.Diagnostics));
                documents.Add(result.Document);
            }
            return documents;
        }

        private static ReportFormat ToFormat(SchemaDescriptor descriptor, SchemaDocument schema)
        {
            var sections = descriptor.Sections.Select(s => new FormatSection(s.Id, s.Number, s.Label, s.Aliases, s.IsText, s.TableIds)).ToArray();
            var tables = descriptor.Tables.Select(t => new FormatTable(t.Id, t.SectionId, t.Caption, t.Label, t.Stub, t.HeaderNotes, ToKind(t.Cell),
                t.Columns.Select(n => ToNode(n, 1)).ToArray(), t.Rows.Select(n => ToNode(n, 1)).ToArray())).ToArray();

            List<ResolvedRule> resolved = RuleResolver.ResolveAll(schema).Where(r => !r.Invariant.AcrossYears).ToList();
            var rules = new List<FormatRule>();
            foreach (ResolvedRule rule in resolved)
            {
                InvariantSpec invariant = rule.Invariant;
                TableSpec table = schema.FindTable(invariant.Table)!;
                var formatRule = new FormatRule(invariant.Id, invariant.Table, ToKind(invariant.Kind), ToComparison(rule.Expression.Operator),
                    invariant.Severity == SchemaRuleSeverity.Warning ? RuleSeverity.Warning : RuleSeverity.Error, invariant.Message);
                foreach (string key in SchemaGen.Schema.Rules.Derivations.InstanceKeysOf(table, invariant))
                {
                    formatRule.Add(new RuleInstance(formatRule, key,
                        rule.Left.Select(o => ToTerm(invariant, key, o)).ToArray(), rule.LeftConstant,
                        rule.Right.Select(o => ToTerm(invariant, key, o)).ToArray(), rule.RightConstant));
                }
                rules.Add(formatRule);
            }

            var derivations = new List<Derivation>();
            foreach (TableSpec table in schema.Tables)
            {
                SchemaGen.Schema.Rules.Derivations.Order(SchemaGen.Schema.Rules.Derivations.Enumerate(table, resolved), out var ordered);
                foreach (SchemaGen.Schema.Rules.Derivation d in ordered)
                    derivations.Add(new Derivation(ToCell(table.Id, d.Cell), d.InvariantId,
                        d.Parts.Select((p, i) => new Term(ToCell(table.Id, p), d.Signs[i])).ToArray()));
            }

            FormatInfo info = schema.Format;
            return new ReportFormat(descriptor.Version, descriptor.Title, descriptor.Notice, descriptor.ReportYearFrom ?? info.ReportYearFrom ?? 2019,
                descriptor.ReportYearTo, sections, tables, rules, derivations);
        }

        private static Term ToTerm(InvariantSpec invariant, string instanceKey, ResolvedOperand operand)
            => new Term(ToCell(invariant.Table, SchemaGen.Schema.Rules.Derivations.CellOf(invariant, instanceKey, operand.LeafPath)), operand.Sign);

        private static CellRef ToCell(string table, CellKey key) => new CellRef(table, key.Row, key.Column);

        private static AxisNode ToNode(AxisNodeDescriptor node, int depth)
            => new AxisNode(node.Id, node.Path, node.Number, node.Label, node.Aliases, node.Kind is { } kind ? ToKind(kind) : null, node.Scale, node.Unit,
                node.Unlabeled, depth, node.Children.Select(c => ToNode(c, depth + 1)).ToArray());

        private static CellKind ToKind(RuntimeCellKind kind) => kind switch
        {
            RuntimeCellKind.SignedCount => CellKind.SignedCount,
            RuntimeCellKind.Amount => CellKind.Amount,
            _ => CellKind.Count,
        };

        private static RuleKind ToKind(SchemaInvariantKind kind) => kind switch
        {
            SchemaInvariantKind.Total => RuleKind.Total,
            SchemaInvariantKind.Bound => RuleKind.Bound,
            _ => RuleKind.Equation,
        };

        private static RuleComparison ToComparison(SchemaComparison comparison) => comparison switch
        {
            SchemaComparison.LessOrEqual => RuleComparison.LessOrEqual,
            SchemaComparison.GreaterOrEqual => RuleComparison.GreaterOrEqual,
            SchemaComparison.Less => RuleComparison.Less,
            SchemaComparison.Greater => RuleComparison.Greater,
            _ => RuleComparison.Equal,
        };
    }
}
