using System.Collections.Generic;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Formats;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>
    /// Compares last year's and this year's checked reports: runs this year's version's generated cross-year rules
    /// (on last year's figures carried into this year's version when the versions differ), says which rules and
    /// figures cannot be compared, and lists every figure with its change. Pure.
    /// </summary>
    public static class YearComparer
    {
        public static YearComparison Compare(FileCheckResult lastYear, FileCheckResult thisYear)
        {
            CheckedReport previous = lastYear.Report ?? throw new System.ArgumentException("last year's report was not checked", nameof(lastYear));
            CheckedReport current = thisYear.Report ?? throw new System.ArgumentException("this year's report was not checked", nameof(thisYear));
            SchemaDescriptor previousSchema = previous.Reading.Schema;
            SchemaDescriptor currentSchema = current.Reading.Schema;
            IReportFormat format = current.Format.Format;
            CellMapping mapping = CellMapping.Between(previousSchema, format);

            // This year's generated cross-year rules, run on last year's figures carried into this year's version.
            ReportReading previousAsCurrent = ReadingProjection.Project(previous.Reading, currentSchema, mapping);
            ValidationResult validation = format.ValidateAcrossYears(format.FromReading(previousAsCurrent), format.FromReading(current.Reading));

            var findings = new List<CheckFinding>();
            var rules = new List<RuleApplicability>();
            foreach (InvariantDescriptor invariant in currentSchema.Invariants.Where(i => i.AcrossYears))
            {
                string? reason = WhyNotApplicable(invariant, previous.Reading, current.Reading, mapping);
                if (reason is not null)
                {
                    rules.Add(new RuleApplicability(invariant.Id, invariant.Rule, false, reason, 0));
                    findings.Add(NotComparable(invariant, reason, currentSchema));
                    continue;
                }
                var broken = validation.Findings.Where(f => f.RuleId == invariant.Id)
                    .Select(f => AcrossYearsFinding(f, invariant, current.Reading, previous.Reading, mapping)).ToArray();
                rules.Add(new RuleApplicability(invariant.Id, invariant.Rule, true, null, broken.Length));
                findings.AddRange(broken);
            }
            // A rule only last year's version has cannot run on this year's figures: say so rather than stay silent.
            foreach (InvariantDescriptor invariant in previousSchema.Invariants.Where(i => i.AcrossYears && !currentSchema.Invariants.Any(c => c.Id == i.Id)))
            {
                string reason = $"this year's report follows version {currentSchema.Version}, which has no such rule";
                rules.Add(new RuleApplicability(invariant.Id, invariant.Rule, false, reason, 0));
                findings.Add(NotComparable(invariant, reason, currentSchema));
            }

            IReadOnlyList<FigureChange> figures = Figures(previous.Reading, current.Reading, mapping);
            return new YearComparison(lastYear, thisYear, mapping.Basis, ScopeNotes(previousSchema, currentSchema, figures, mapping), rules, findings, figures);
        }

        /// <summary>
        /// A cross-year finding, located in this year's report. Its cells come from both reports and a cell address
        /// does not say which year: the subject cell (first) is this year's, a cell the rule reads as previous.X is
        /// last year's and gets its line from last year's text.
        /// </summary>
        private static CheckFinding AcrossYearsFinding(ValidationFinding f, InvariantDescriptor invariant, ReportReading current, ReportReading previous, CellMapping mapping)
        {
            CheckFinding finding = CheckRunner.FromValidation(f, current);
            var previousNames = AcrossYearsRules.PreviousYearReferences(invariant);
            var cells = finding.Cells.Select((c, i) =>
            {
                string name = invariant.ForEach == RuleAxis.Column ? c.Row : c.Column;
                bool lastYears = i > 0 && previousNames.Any(n => name == n || name.StartsWith(n + ".", System.StringComparison.Ordinal));
                if (!lastYears) return c;
                CellKey? origin = mapping.SourceOf(new CellKey(c.Table, c.Row, c.Column));
                int? line = origin is CellKey o ? CheckRunner.LineOf(previous.Tables.FirstOrDefault(t => t.TableId == o.Table), o.Row, o.Column) : null;
                return c with { PreviousYear = true, Line = line };
            }).ToArray();
            return finding with { Origin = FindingOrigin.AcrossYears, Cells = cells };
        }

        private static string? WhyNotApplicable(InvariantDescriptor invariant, ReportReading previous, ReportReading current, CellMapping mapping)
        {
            TableDescriptor table = current.Schema.Table(invariant.TableId);
            SectionDescriptor section = current.Schema.Section(table.SectionId);
            string name = CheckRunner.TableName(section, table);
            var absent = AcrossYearsRules.PreviousYearCells(invariant, table)
                .Where(c => mapping.SourceOf(new CellKey(table.Id, c.Row, c.Column)) is null).ToArray();
            if (absent.Length > 0)
            {
                string what = string.Join(", ", absent.Select(c => table.FindRow(c.Row)!.NumberedLabel + " × " + table.FindColumn(c.Column)!.Label).Distinct().Take(3));
                return $"last year's report follows version {previous.Schema.Version}, which has no figure for this year's {name} {what}{(absent.Length > 3 ? " …" : "")}";
            }
            if (ReadingProjection.SourcePresence(previous, table, mapping) is var p and not TablePresence.Present)
                return $"{name} is {Describe(p)} in last year's report";
            if (PresenceOf(current, table.Id) is var c and not TablePresence.Present)
                return $"{name} is {Describe(c)} in this year's report";
            return null;
        }

        private static TablePresence PresenceOf(ReportReading reading, string tableId)
            => reading.Tables.FirstOrDefault(t => t.TableId == tableId)?.Presence ?? TablePresence.Missing;

        internal static string Describe(TablePresence presence) => presence switch
        {
            TablePresence.Missing => "missing",
            TablePresence.Empty => "empty (no figures)",
            TablePresence.Unplaceable => "not placeable (figures cannot be put in cells)",
            _ => "present",
        };

        private static CheckFinding NotComparable(InvariantDescriptor invariant, string reason, SchemaDescriptor schema)
        {
            TableDescriptor? table = schema.Tables.FirstOrDefault(t => t.Id == invariant.TableId);
            SectionDescriptor? section = table is null ? null : schema.Section(table.SectionId);
            return new CheckFinding(CheckerRules.NotComparable.Id, CheckerRules.NotComparable.Level, FindingOrigin.AcrossYears,
                $"{invariant.Id} cannot be applied: {reason}", section?.Id, section?.Number, table?.Id, null, null, null, null, null, null, null, null,
                System.Array.Empty<FindingCell>());
        }

        private static IReadOnlyList<FigureChange> Figures(ReportReading previous, ReportReading current, CellMapping mapping)
        {
            var figures = new List<FigureChange>();
            foreach (TableDescriptor table in current.Schema.Tables)
                foreach (AxisNodeDescriptor row in table.LeafRows)
                    foreach (AxisNodeDescriptor column in table.LeafColumns)
                    {
                        var cell = new CellKey(table.Id, row.Path, column.Id);
                        CellKey? origin = mapping.SourceOf(cell);
                        string? note = origin is null ? $"version {previous.Schema.Version} has no such figure"
                            : mapping.Caveats.TryGetValue(cell, out string? caveat) ? caveat : null;
                        figures.Add(Figure(current.Schema, table, row, column, origin is null ? FigureScope.OnlyThisYear : FigureScope.Both,
                            origin is CellKey o ? ValueOf(previous, o) : null, ValueOf(current, cell), note));
                    }
            foreach (TableDescriptor table in previous.Schema.Tables)
                foreach (AxisNodeDescriptor row in table.LeafRows)
                    foreach (AxisNodeDescriptor column in table.LeafColumns)
                    {
                        var cell = new CellKey(table.Id, row.Path, column.Id);
                        if (mapping.IsCarried(cell)) continue;
                        string note = mapping.NotCarried.TryGetValue(cell, out string? reason) ? reason : $"version {current.Schema.Version} has no such figure";
                        figures.Add(Figure(previous.Schema, table, row, column, FigureScope.OnlyLastYear, ValueOf(previous, cell), null, note));
                    }
            return figures;
        }

        private static FigureChange Figure(SchemaDescriptor schema, TableDescriptor table, AxisNodeDescriptor row, AxisNodeDescriptor column,
            FigureScope scope, decimal? last, decimal? current, string? note)
        {
            SectionDescriptor section = schema.Section(table.SectionId);
            return new FigureChange(section.Number, table.Id, CheckRunner.TableName(section, table), row.Path, RowLabel(table, row), column.Id, table.LabelPathOf(column),
                scope, last, current, note);
        }

        /// <summary>Table 四 prints no row labels: its one row is named by the table.</summary>
        private static string RowLabel(TableDescriptor table, AxisNodeDescriptor row) => row.Unlabeled ? table.Label : row.NumberedLabel;

        private static decimal? ValueOf(ReportReading reading, CellKey cell)
            => reading.Tables.FirstOrDefault(t => t.TableId == cell.Table)?.Amount(cell.Row, cell.Column);

        /// <summary>A few cells by label, enough to see what differs: "（六）其他处理 (7 figures), … (12 in all)".</summary>
        private static string Cells(IReadOnlyList<FigureChange> cells)
        {
            if (cells.Count == 0) return "none";
            var rows = cells.GroupBy(c => c.RowLabel).Select(g => g.Count() == 1 ? $"{g.Key} × {g.First().ColumnLabel}" : $"{g.Key} ({g.Count()} figures)").ToArray();
            return string.Join(", ", rows.Take(3)) + (rows.Length > 3 ? $", … ({cells.Count} in all)" : "");
        }

        private static IReadOnlyList<string> ScopeNotes(SchemaDescriptor previous, SchemaDescriptor current, IReadOnlyList<FigureChange> figures, CellMapping mapping)
        {
            if (previous.Key == current.Key)
                return new[] { $"both reports follow version {current.Version}: every figure and every cross-year rule can be compared" };
            var notes = new List<string> { $"last year's report follows version {previous.Version} and this year's version {current.Version}: {mapping.Basis}" };
            // Grouped by table id: a table keeps its id across versions even where its caption changed.
            foreach (var group in figures.GroupBy(f => f.Table))
            {
                string name = group.First().TableName;
                int both = group.Count(f => f.Scope == FigureScope.Both);
                var onlyLast = group.Where(f => f.Scope == FigureScope.OnlyLastYear).ToArray();
                var onlyThis = group.Where(f => f.Scope == FigureScope.OnlyThisYear).ToArray();
                int approximate = group.Count(f => f.Scope == FigureScope.Both && f.Note is not null);
                string caveat = approximate == 0 ? "" : $" ({approximate} only approximately)";
                if (onlyLast.Length == 0 && onlyThis.Length == 0) notes.Add($"{name}: every figure comparable ({both}){caveat}");
                else if (both == 0) notes.Add($"{name}: not comparable ({onlyLast.Length} figures only in {previous.Version}, {onlyThis.Length} only in {current.Version})");
                else notes.Add($"{name}: {Output.SummaryTable.Plural(both, "figure")} comparable{caveat}; only in {previous.Version}: {Cells(onlyLast)}; only in {current.Version}: {Cells(onlyThis)}");
            }
            // The migration's own reasons, once each: why a figure has no counterpart, or only an approximate one.
            foreach (string reason in mapping.NotCarried.Values.Concat(mapping.Caveats.Values).Distinct())
                notes.Add("note: " + reason);
            return notes;
        }
    }
}
