using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Rendering
{
    public enum BreakageKind
    {
        None,
        /// <summary>One figure changed: the rule instances that name it break.</summary>
        FigureChanged,
        /// <summary>One figure left blank (a part adds as 0; a blank total makes its rules not assessable).</summary>
        CellBlank,
        /// <summary>A whole level of a table's column header left out (申请人情况, or 法人或其他组织 over its five).</summary>
        HeaderLevelMissing,
        /// <summary>A table left out of the report, a sentence in its place.</summary>
        TableMissing,
        /// <summary>Every cell one total rule derives left blank (issue 10's real case: a blank 总计 column).</summary>
        TotalsBlank,
    }

    /// <summary>
    /// A deliberate defect. Made with a kind only, the details (which cell, table, level or rule) are drawn from the
    /// report's seed; <see cref="Resolve"/> fixes them, and the resolved breakage says exactly what was done.
    /// </summary>
    public sealed record Breakage(BreakageKind Kind)
    {
        public static Breakage None { get; } = new Breakage(BreakageKind.None);

        public CellRef? Cell { get; init; }

        /// <summary>For <see cref="BreakageKind.FigureChanged"/>: the value written instead.</summary>
        public decimal? NewValue { get; init; }

        public string? Table { get; init; }

        /// <summary>For <see cref="BreakageKind.HeaderLevelMissing"/>: 0 the header note row, 1 the top level of column groups, …</summary>
        public int? Level { get; init; }

        /// <summary>For <see cref="BreakageKind.TotalsBlank"/>: the total rule whose cells are blank.</summary>
        public string? RuleId { get; init; }

        /// <summary>What was done, in words.</summary>
        public string Description { get; init; } = "";

        public static Breakage ChangeFigure(CellRef cell, decimal value) => new Breakage(BreakageKind.FigureChanged) { Cell = cell, NewValue = value };

        public static Breakage BlankCell(CellRef cell) => new Breakage(BreakageKind.CellBlank) { Cell = cell };

        public static Breakage OmitHeaderLevel(string table, int level) => new Breakage(BreakageKind.HeaderLevelMissing) { Table = table, Level = level };

        public static Breakage OmitTable(string table) => new Breakage(BreakageKind.TableMissing) { Table = table };

        public static Breakage BlankTotals(string ruleId) => new Breakage(BreakageKind.TotalsBlank) { RuleId = ruleId };

        /// <summary>Fills in what was left to the seed and describes the result.</summary>
        public Breakage Resolve(ReportFigures figures, SeededRandom random)
        {
            ReportFormat format = figures.Format;
            switch (Kind)
            {
                case BreakageKind.FigureChanged:
                {
                    CellRef cell = Cell ?? PickCell(format, figures, random, stated: true);
                    decimal old = figures[cell] ?? 0m;
                    decimal value = NewValue ?? Changed(format.Table(cell.Table).KindOf(cell), old, random);
                    return this with { Cell = cell, NewValue = value, Description = $"{cell}: {Text(figures[cell])} written as {Text(value)}" };
                }
                case BreakageKind.CellBlank:
                {
                    CellRef cell = Cell ?? PickCell(format, figures, random, stated: true);
                    return this with { Cell = cell, Description = $"{cell}: {Text(figures[cell])} left blank" };
                }
                case BreakageKind.HeaderLevelMissing:
                {
                    var choices = HeaderLevels(format).ToList();
                    if (choices.Count == 0) throw new InvalidOperationException($"format {format.Version} has no table with a header level to leave out");
                    var (table, level) = Table is not null && Level is not null ? (Table, Level.Value) : random.Pick(choices);
                    return this with { Table = table, Level = level, Description = $"table {table}: column header level {level} left out" };
                }
                case BreakageKind.TableMissing:
                {
                    string table = Table ?? random.Pick(format.Tables.Select(t => t.Id).ToList());
                    return this with { Table = table, Description = $"table {table} left out" };
                }
                case BreakageKind.TotalsBlank:
                {
                    var totals = format.Rules.Where(r => r.Kind == RuleKind.Total).ToList();
                    if (totals.Count == 0) throw new InvalidOperationException($"format {format.Version} has no total rule");
                    string rule = RuleId ?? random.Pick(totals).Id;
                    return this with { RuleId = rule, Table = format.Rules.First(r => r.Id == rule).TableId, Description = $"every total of rule {rule} left blank" };
                }
                default:
                    return this with { Description = "none" };
            }
        }

        /// <summary>The figures with the defect in them (a resolved breakage).</summary>
        public ReportFigures ApplyTo(ReportFigures figures)
        {
            switch (Kind)
            {
                case BreakageKind.FigureChanged: return figures.With(Cell!.Value, NewValue);
                case BreakageKind.CellBlank: return figures.With(Cell!.Value, null);
                case BreakageKind.TableMissing: return figures.WithoutTable(Table!);
                case BreakageKind.TotalsBlank:
                    return figures.With(figures.Format.Derivations.Where(d => d.RuleId == RuleId).Select(d => new KeyValuePair<CellRef, decimal?>(d.Cell, null)).ToList());
                default: return figures;
            }
        }

        /// <summary>The layout with the defect in it (a resolved breakage).</summary>
        public LayoutOptions ApplyTo(LayoutOptions layout)
            => Kind == BreakageKind.HeaderLevelMissing
                ? layout with { OmittedHeaderLevels = layout.OmittedHeaderLevels.Append(new HeaderLevelOmission(Table!, Level!.Value)).ToArray() }
                : layout;

        /// <summary>Every header level that can go: the note row where a table has one, and each level that holds a column group.</summary>
        public static IEnumerable<(string Table, int Level)> HeaderLevels(ReportFormat format)
        {
            foreach (FormatTable table in format.Tables)
            {
                if (table.HeaderNotes.Count > 0) yield return (table.Id, 0);
                foreach (int depth in AxisNode.All(table.Columns).Where(n => !n.IsLeaf).Select(n => n.Depth).Distinct().OrderBy(d => d))
                    yield return (table.Id, depth);
            }
        }

        /// <summary>A cell that takes part in some rule when there is one (so the change matters), else any cell.</summary>
        private static CellRef PickCell(ReportFormat format, ReportFigures figures, SeededRandom random, bool stated)
        {
            var inRules = format.Rules.SelectMany(r => r.Instances).SelectMany(i => i.Terms).Select(t => t.Cell).Distinct()
                .Where(c => !stated || figures[c] is not null).OrderBy(c => c).ToList();
            if (inRules.Count > 0 && random.Chance(0.85)) return random.Pick(inRules);
            var any = format.Cells.Where(c => !stated || figures[c] is not null).ToList();
            return random.Pick(any.Count > 0 ? any : format.Cells.ToList());
        }

        /// <summary>A different value the cell's kind allows: a count a little up or down (never below 0), an amount with a slip in its decimals.</summary>
        private static decimal Changed(CellKind kind, decimal old, SeededRandom random)
        {
            switch (kind)
            {
                case CellKind.Amount:
                    return old + random.Next(1, 100) / 100m;
                case CellKind.SignedCount:
                    return old + (random.Chance(0.5) ? -1 : 1) * random.Next(1, 6);
                default:
                    int delta = random.Next(1, 6);
                    return old >= delta && random.Chance(0.5) ? old - delta : old + delta;
            }
        }

        private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "blank";
    }
}
