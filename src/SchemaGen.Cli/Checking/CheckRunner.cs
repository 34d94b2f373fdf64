using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Checking;
using System.Threading;
using SchemaGen.Formats;
using SchemaGen.Runtime;
using SchemaGen.Formats.Detection;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Checking
{
    /// <summary>What a check run reads and how: the readers, a forced input kind, and the size limit of one input.</summary>
    public sealed record InputOptions(InputReaders Readers, DocumentKind? ForcedKind, long MaxFileBytes)
    {
        public static InputOptions Default { get; } = new(InputReaders.Default, null, InputBytes.DefaultLimitMebibytes * 1024L * 1024L);
    }

    /// <summary>
    /// Checks one report: reads the file (regular files only, up to the size limit) with the reader of its kind, detects
    /// its format version (or takes the forced one), reads and validates it with that version's generated parser and
    /// validator, and turns everything into <see cref="CheckFinding"/>s. Never throws for a bad input.
    /// </summary>
    public sealed class CheckRunner
    {
        /// <summary>Below this the detector's choice is reported as uncertain (SG4003).</summary>
        public const double UncertainConfidence = 0.5;

        private readonly IReadOnlyList<FormatEntry> _formats;
        private readonly FormatEntry? _forced;
        private readonly InputOptions _inputs;

        /// <summary>The configured rule levels, applied to every result this runner gives (and to the stand-ins of a batch).</summary>
        public SeverityOverrides Overrides { get; init; } = SeverityOverrides.None;

        /// <param name="formats">The versions to detect among (default: <see cref="FormatCatalog.All"/>).</param>
        /// <param name="forcedFormat">Read every report with this version instead of detecting it.</param>
        /// <param name="inputs">Which readers, size limit and forced input kind to use.</param>
        public CheckRunner(IReadOnlyList<FormatEntry>? formats = null, FormatEntry? forcedFormat = null, InputOptions? inputs = null)
        {
            _formats = formats ?? FormatCatalog.All;
            _forced = forcedFormat;
            _inputs = inputs ?? InputOptions.Default;
        }

        /// <summary>The kind an input is taken for before its content is read: the forced one, else the one its name says.</summary>
        public DocumentKind? KindByName(string path) => _inputs.ForcedKind ?? _inputs.Readers.KindOfFileName(path);

        /// <summary>
        /// Checks one file: never throws, whatever the file holds. Its token stops the reading (readers obey it); a check
        /// that must end on time runs under <see cref="OrderedBatch{T}"/>, which can also leave a check that does not stop.
        /// </summary>
        public FileCheckResult CheckFile(ReportInput input, CancellationToken cancellationToken = default)
            => Overrides.Apply(ReadAndCheck(input, cancellationToken));

        private FileCheckResult ReadAndCheck(ReportInput input, CancellationToken cancellationToken)
        {
            if (input.Problem is not null) return FileCheckResult.Unreadable(input.Path, input.Problem);
            DocumentKind? kindByName = KindByName(input.Path);
            try
            {
                if (!InputBytes.TryRead(input.Path, _inputs.MaxFileBytes, cancellationToken, out byte[] bytes, out string? problem))
                    return FileCheckResult.Unreadable(input.Path, problem!).WithInputKind(kindByName);
                InputChoice choice = _inputs.Readers.Choose(bytes, input.Path, _inputs.ForcedKind);
                if (choice.Reader is null)
                    return FileCheckResult.NotRead(input.Path, choice.Kind, new[] { NotSupportedNote(_inputs.Readers.NotSupported(choice, input.Path)) });
                Document document = choice.Reader.Read(bytes, input.Path, cancellationToken);
                if (NothingRead(document)) return FileCheckResult.NotRead(input.Path, choice.Kind, document.Notes);
                return CheckDocument(input.Path, document).WithInputKind(choice.Kind);
            }
            catch (Exception ex)
            {
                // A batch never stops at one bad file: the failure becomes this file's result.
                return FileCheckResult.Failed(input.Path, $"{ex.GetType().Name}: {ex.Message}", null).WithInputKind(kindByName);
            }
        }

        /// <summary>A reader that gave no block and said why in an error note read nothing: checking would only report every table missing.</summary>
        private static bool NothingRead(Document document)
            => document.Blocks.Count == 0 && document.Notes.Any(n => n.Severity == FindingSeverity.Error);

        private static DocumentNote NotSupportedNote(string message)
            => new(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error, message, SourceLocation.None);

        public FileCheckResult Check(string path, string text) => Check(path, TextDocument.Parse(text ?? "", path));

        public FileCheckResult Check(string path, Document document) => Overrides.Apply(CheckDocument(path, document));

        private FileCheckResult CheckDocument(string path, Document document)
        {
            FormatChoice? choice = null;
            try
            {
                choice = ChooseFormat(document);
                CheckedReport report = choice.Format.Check(document);
                return FromCheckedReport(path, choice, report);
            }
            catch (Exception ex)
            {
                // A batch never stops at one bad file: the failure becomes this file's result.
                return FileCheckResult.Failed(path, $"{ex.GetType().Name}: {ex.Message}", choice);
            }
        }

        private FormatChoice ChooseFormat(Document document)
        {
            FormatDetection? detection = null;
            try
            {
                detection = FormatDetector.Detect(document, _formats);
            }
            catch (Exception) when (_forced is not null)
            {
                // Forced: detection only informs, so its failure does not stop the check.
            }
            if (_forced is not null)
                return new FormatChoice(_forced, detection?.Confidence, true, detection?.Evidence ?? Array.Empty<string>(), detection?.Format.Version)
                    { ReportYear = detection?.ReportYear, Agency = detection?.Agency };
            return new FormatChoice(detection!.Format, detection.Confidence, false, detection.Evidence, detection.Format.Version)
                { ReportYear = detection.ReportYear, Agency = detection.Agency };
        }

        /// <summary>Turns the generated parser's and validator's output into this file's result.</summary>
        internal static FileCheckResult FromCheckedReport(string path, FormatChoice choice, CheckedReport report)
        {
            ReportReading reading = report.Reading;
            SchemaDescriptor schema = reading.Schema;
            var findings = new List<CheckFinding>();

            CheckFinding? uncertain = FormatNote(choice);
            if (uncertain is not null) findings.Add(uncertain);

            // Loops, not LINQ pipelines: the native build's size-optimised LINQ makes interface calls per item, and this runs
            // for every file of a batch.
            var readFindings = new List<CheckFinding>(reading.Diagnostics.Count);
            for (int i = 0; i < reading.Diagnostics.Count; i++) readFindings.Add(FromReadDiagnostic(reading.Diagnostics[i], schema));
            findings.AddRange(PresenceFindings(reading, readFindings));
            findings.AddRange(readFindings);

            // A table that is missing, empty or unplaceable already has its finding; validating its blanks would only add noise.
            // What its prose says of it is kept: those figures are all there is (prose-sourced), checked as far as they allow.
            var checkable = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < reading.Tables.Count; i++)
                if (reading.Tables[i].Presence == TablePresence.Present) checkable.Add(reading.Tables[i].TableId);
            var marked = report.Report as IMarkedReport;
            IReadOnlyList<ValidationFinding> validated = report.Validation.Findings;
            for (int i = 0; i < validated.Count; i++)
                if (checkable.Contains(validated[i].Table) || validated[i].Prose.Count > 0) findings.Add(FromValidation(validated[i], reading, marked));

            // Input findings first, then by line, then as found (the index makes every key distinct, so any sort keeps that order).
            var order = new int[findings.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                int byOrigin = OriginRank(findings[a]).CompareTo(OriginRank(findings[b]));
                if (byOrigin != 0) return byOrigin;
                int byLine = (findings[a].Line ?? 0).CompareTo(findings[b].Line ?? 0);
                return byLine != 0 ? byLine : a.CompareTo(b);
            });
            var ordered = new CheckFinding[order.Length];
            for (int i = 0; i < order.Length; i++) ordered[i] = findings[order[i]];
            return new FileCheckResult(path, CheckStatus.Checked, null, choice, StatutoryTables(reading), ordered, report);
        }

        private static int OriginRank(CheckFinding finding) => finding.Origin == FindingOrigin.Input ? 0 : 1;

        private static CheckFinding? FormatNote(FormatChoice choice)
        {
            string? message = null;
            if (choice.Forced && choice.DetectedVersion is not null && choice.DetectedVersion != choice.Format.Version)
                message = $"read as version {choice.Format.Version} because --schema says so, but the text looks like version {choice.DetectedVersion} (confidence {Output.FindingText.Confidence(choice.Confidence)})";
            else if (!choice.Forced && choice.Confidence < UncertainConfidence)
                message = $"format version {choice.Format.Version} detected with low confidence ({Output.FindingText.Confidence(choice.Confidence)}); use --schema to force a version";
            return message is null ? null : CheckFinding.Simple(CheckerRules.FormatUncertain.Id, CheckerRules.FormatUncertain.Level, FindingOrigin.Input, message);
        }

        /// <summary>The table-presence findings (SG3003/SG3004/SG3005): the reader's own where it gave one, else made here from <see cref="TablePresence"/>.</summary>
        private static IEnumerable<CheckFinding> PresenceFindings(ReportReading reading, List<CheckFinding> readFindings)
        {
            var result = new List<CheckFinding>();
            foreach (TableReading table in reading.Tables)
            {
                string? id = PresenceRuleId(table.Presence);
                if (id is null) continue;
                TableDescriptor descriptor = reading.Schema.Table(table.TableId);
                CheckFinding? fromReader = readFindings.FirstOrDefault(f => f.RuleId == id && f.Table == table.TableId);
                if (fromReader is not null)
                {
                    readFindings.Remove(fromReader);
                    result.Add(fromReader with { Origin = FindingOrigin.Presence });
                    continue;
                }
                SectionDescriptor section = reading.Schema.Section(descriptor.SectionId);
                SectionReading? sectionReading = reading.Sections.FirstOrDefault(s => s.SectionId == section.Id);
                int line = table.FirstLine > 0 ? table.FirstLine : sectionReading is { Found: true } ? sectionReading.HeadingLine : 0;
                SourceLocation source = !table.Location.IsNone ? table.Location : sectionReading is { Found: true } ? sectionReading.HeadingLocation : SourceLocation.None;
                string name = TableName(section, descriptor);
                string message = table.Presence switch
                {
                    TablePresence.Missing => $"{name} is missing: the format requires it (a statutory defect)",
                    TablePresence.Empty => $"{name} is there but holds no figures, so nothing in it can be checked",
                    _ => $"{name} holds figures that cannot be placed in cells with certainty, so none is read or checked",
                };
                result.Add(new CheckFinding(id, CheckLevels.OfReadDiagnostic(id, FindingSeverity.Warning), FindingOrigin.Presence, message,
                    section.Id, section.Number, descriptor.Id, null, null, null, null, line > 0 ? line : null, null, null, null, Array.Empty<FindingCell>()) { Source = source });
            }
            return result;
        }

        private static string? PresenceRuleId(TablePresence presence) => presence switch
        {
            TablePresence.Missing => ReadDiagnosticIds.TableMissing,
            TablePresence.Empty => ReadDiagnosticIds.TableEmpty,
            TablePresence.Unplaceable => ReadDiagnosticIds.TableUnplaceable,
            _ => null,
        };

        /// <summary>"table 三" for a one-table section; "table 二 第二十条第（一）项 规章和行政规范性文件" for a block of table 二.</summary>
        internal static string TableName(SectionDescriptor section, TableDescriptor table)
            => section.TableIds.Count > 1 ? $"table {section.Number} {table.Caption} {table.Label}".Replace("  ", " ") : $"table {section.Number}";

        private static CheckFinding FromReadDiagnostic(ReadDiagnostic d, SchemaDescriptor schema)
        {
            TableDescriptor? table = d.Table is null ? null : schema.Tables.FirstOrDefault(t => t.Id == d.Table);
            string? sectionId = d.Section ?? table?.SectionId;
            SectionDescriptor? section = sectionId is null ? null : schema.Sections.FirstOrDefault(s => s.Id == sectionId);
            AxisNodeDescriptor? row = table is null || d.Row is null ? null : table.FindRow(d.Row);
            AxisNodeDescriptor? column = table is null || d.Column is null ? null : table.FindColumn(d.Column);
            return new CheckFinding(d.Id, CheckLevels.OfReadDiagnostic(d.Id, d.Severity), FindingOrigin.Reading, d.Message,
                sectionId, section?.Number, d.Table, d.Row, row?.NumberedLabel, d.Column, column?.Label,
                d.Line > 0 ? d.Line : null, d.Column0 > 0 ? d.Column0 : null, null, null, Array.Empty<FindingCell>()) { Source = d.Source };
        }

        /// <summary>A validator finding located in the text: the line of its subject cell, else the table's first line.</summary>
        internal static CheckFinding FromValidation(ValidationFinding f, ReportReading reading, IMarkedReport? report = null)
        {
            SchemaDescriptor schema = reading.Schema;
            TableDescriptor? table = First(schema.Tables, t => t.Id, f.Table);
            SectionDescriptor? section = table is null ? null : First(schema.Sections, s => s.Id, table.SectionId);
            TableReading? tableReading = First(reading.Tables, t => t.TableId, f.Table);
            // A prose finding stands where its sentence does; any other where its subject cell does, else at the table.
            CellPlace subject = PlaceOf(tableReading, f.Row, f.Column);
            int? line = f.Prose.Count > 0 && f.Prose[0].Line > 0 ? f.Prose[0].Line
                : subject.Line ?? (tableReading is { FirstLine: > 0 } ? tableReading.FirstLine : null);
            SourceLocation source = subject.Source is { IsNone: false } cellSource ? cellSource : tableReading?.Location ?? SourceLocation.None;
            var cells = new FindingCell[f.Cells.Count];
            for (int i = 0; i < cells.Length; i++)
            {
                CellAddress c = f.Cells[i];
                CellPlace place = PlaceOf(tableReading, c.Row, c.Column);
                cells[i] = new FindingCell(c.Table, c.Row, c.Column, c.RowLabel, c.ColumnLabel, place.Line, false) { Source = place.Source, Imputed = ImputedValue(report, c) };
            }
            return new CheckFinding(f.RuleId, f.Severity, FindingOrigin.Validation, f.Message,
                section?.Id, section?.Number, f.Table, f.Row, f.RowLabel, f.Column, f.ColumnLabel, line, null, f.Expected, f.Actual, cells)
            {
                Source = source,
                Prose = ProseFiguresOf(schema, f),
            };
        }

        /// <summary>The first item whose id is <paramref name="id"/>, by index: FirstOrDefault with a lambda made a closure per finding.</summary>
        private static T? First<T>(IReadOnlyList<T> items, Func<T, string?> idOf, string? id) where T : class
        {
            for (int i = 0; i < items.Count; i++)
                if (idOf(items[i]) == id) return items[i];
            return null;
        }

        private static Figures.ReportFigure[] ProseFiguresOf(SchemaDescriptor schema, ValidationFinding f)
        {
            if (f.Prose.Count == 0) return Array.Empty<Figures.ReportFigure>();
            var figures = new List<Figures.ReportFigure>(f.Prose.Count);
            for (int i = 0; i < f.Prose.Count; i++)
                if (Figures.ReportFigures.FromProse(schema, f.Prose[i]) is { } figure) figures.Add(figure);
            return figures.ToArray();
        }

        /// <summary>The value the reader computed for a cell the report left blank (the table's <see cref="CellMarks"/>), else null.</summary>
        private static decimal? ImputedValue(IMarkedReport? report, CellAddress cell)
        {
            CellMarks? marks = report?.MarksOf(cell.Table);
            if (marks is null || !marks.IsImputed(cell.Row, cell.Column)) return null;
            return marks.Imputed.First(c => c.Row == cell.Row && c.Column == cell.Column).Value;
        }

        internal static int? LineOf(TableReading? table, string? row, string? column) => PlaceOf(table, row, column).Line;

        /// <summary>
        /// Where a cell stands: its line (null when it has none) and its place in the input, whatever its kind (none when the
        /// cell was not read). One lookup for both: a located cell's place is worked out on each lookup.
        /// </summary>
        private static CellPlace PlaceOf(TableReading? table, string? row, string? column)
        {
            if (table is null || row is null || column is null || !table.Cells.TryGetValue((row, column), out CellReading cell)) return new CellPlace(null, SourceLocation.None);
            return new CellPlace(cell.Line > 0 ? cell.Line : null, cell.Source);
        }

        private readonly record struct CellPlace(int? Line, SourceLocation Source);

        internal static IReadOnlyList<StatutoryTable> StatutoryTables(ReportReading reading)
        {
            var result = new List<StatutoryTable>();
            foreach (SectionDescriptor section in reading.Schema.Sections.Where(s => s.TableIds.Count > 0))
            {
                var blocks = section.TableIds.Select(id =>
                {
                    TableDescriptor table = reading.Schema.Table(id);
                    TableReading? read = reading.Tables.FirstOrDefault(t => t.TableId == id);
                    return new TableStatus(id, section.Id, section.Number, table.Caption, table.Label, read?.Presence ?? TablePresence.Missing,
                        read is { FirstLine: > 0 } ? read.FirstLine : null, read?.FigureCount ?? 0, table.LeafRows.Count * table.LeafColumns.Count);
                }).ToArray();
                // TablePresence is ordered Missing < Empty < Unplaceable < Present: the best block speaks for the table.
                TablePresence presence = blocks.Max(b => b.Presence);
                result.Add(new StatutoryTable(section.Number, section.Id, section.Heading, presence, blocks));
            }
            return result;
        }
    }
}
