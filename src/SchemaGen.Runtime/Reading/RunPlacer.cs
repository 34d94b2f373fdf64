using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading.DigitRuns;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Splits the rows of a table whose figures came run together (<see cref="TextCell.IsRun"/>) into its columns with
    /// <see cref="DigitRunSplitter"/>: first by the cells alone (their kinds, no leading zeros), then, where that leaves
    /// more than one split, by the rules the schema gives each row (a row's 总计 is the sum of its applicant columns), then
    /// by the rules between the table's rows (<see cref="CrossRunResolver"/>). A split is taken only when one is left; a
    /// rule that chose it is reported as used for reading. A page that left its zero cells blank makes them vanish from
    /// the run: then a missing cell is 0 for choosing, and not stated in the reading.
    /// </summary>
    internal sealed class RunPlacer
    {
        private const int ListedCandidates = 3;
        private const int MaxAlternatives = 5000; // a table 三 row of 15 digits splits a few thousand ways by its cells alone

        private readonly TableIndex _index;
        private readonly TableDescriptor _table;
        private readonly TableRunRules _rules;
        private readonly Dictionary<TableRowDraft, RunOutcome> _outcomes = new Dictionary<TableRowDraft, RunOutcome>();

        private readonly bool _pageLeavesZerosBlank;
        private readonly ProseEvidence _prose;

        public RunPlacer(TableIndex index, bool pageLeavesZerosBlank, ProseEvidence prose)
        {
            _prose = prose;
            _pageLeavesZerosBlank = pageLeavesZerosBlank;
            _index = index;
            _table = index.Table;
            _rules = new TableRunRules(index);
        }

        /// <summary>
        /// Splits every run of the table; <paramref name="runRows"/> are the rows holding one run, with the leaf row each
        /// names, and <paramref name="emptyRows"/> the leaf rows printed with no figure at all: on a page that leaves its zero
        /// cells blank, rows of zeros, which the column rules count with.
        /// </summary>
        public void Resolve(IReadOnlyList<(TableRowDraft Draft, AxisNodeDescriptor Row)> runRows, IReadOnlyList<AxisNodeDescriptor> emptyRows)
        {
            if (runRows.Count == 0) return;
            var options = new RunSplitOptions { Missing = MissingCellsOf(runRows, out bool cellsLeftBlank) };
            IReadOnlyList<AxisNodeDescriptor> zeroRows = options.Missing == MissingCells.ZerosLeftBlank ? emptyRows : new AxisNodeDescriptor[0];
            var results = new RunSplitResult[runRows.Count + zeroRows.Count];
            for (int i = 0; i < runRows.Count; i++)
                results[i] = SplitterOf(runRows[i].Row).Split(RunOf(runRows[i].Draft).Raw, options);
            for (int i = 0; i < zeroRows.Count; i++) results[runRows.Count + i] = RunSplitResult.NothingPrinted(_index.LeafColumns.Length);

            var leftOut = new Dictionary<int, string>();
            CrossRunResolution? across = ResolveAcross(runRows, zeroRows, results, options, cellsLeftBlank, leftOut);
            for (int i = 0; i < runRows.Count; i++)
                _outcomes[runRows[i].Draft] = leftOut.TryGetValue(i, out string? why)
                    ? new RunOutcome(Placement.Failed(PlacementProblem.Uncertain), why, new string[0])
                    : Outcome(runRows[i].Draft, runRows[i].Row, results[i], across?.Runs[i]);
        }

        /// <summary>
        /// The row's splitter, made once per schema and shared by every report's reading. Looked up before one is made: a
        /// factory lambda for <c>GetOrAdd</c> captures this placer, a delegate made at every run of every report.
        /// </summary>
        private DigitRunSplitter SplitterOf(AxisNodeDescriptor row)
            => _index.RunSplitters.TryGetValue(row, out DigitRunSplitter? made) ? made : _index.RunSplitters.GetOrAdd(row, new DigitRunSplitter(_rules.ShapeOf(row)));

        /// <summary>
        /// Decides the ambiguous runs by the column rules, and sets aside into <paramref name="leftOut"/> (with why) each split a
        /// row rule chose that other evidence contradicts: a row rule chooses on trust that the row adds up, so such a split is a
        /// guess when the prose states one of its figures otherwise, when it breaks a column rule that another split of its
        /// figures would keep, or when no split of the other rows (<paramref name="zeroRows"/> among them) lets a column rule
        /// hold with it. In a table whose rows lost cells left blank (<paramref name="cellsLeftBlank"/>), a run that a
        /// split with a cell left blank also fits is set aside too: which of them the page printed cannot be known. The
        /// ambiguous runs are decided again without the splits set aside.
        /// </summary>
        private CrossRunResolution? ResolveAcross(IReadOnlyList<(TableRowDraft Draft, AxisNodeDescriptor Row)> runRows, IReadOnlyList<AxisNodeDescriptor> zeroRows,
            RunSplitResult[] results, RunSplitOptions options, bool cellsLeftBlank, Dictionary<int, string> leftOut)
        {
            var runRowsOnly = runRows.Select(r => r.Row).ToList();
            IReadOnlyList<IReadOnlyList<CrossRunConstraint>> runRules = _rules.ColumnRules(runRowsOnly);
            List<CrossRunConstraint> columnRules = runRules.SelectMany(rule => rule).ToList();
            // Rows of zeros judge a row rule's split; deciding by them too would widen the search across runs past its budget
            // on most pages that drop their zero cells (over half the CPU of a batch of rendered text reports), for nothing more read.
            IReadOnlyList<IReadOnlyList<CrossRunConstraint>> rulesWithZeroRows = zeroRows.Count == 0 ? runRules : _rules.ColumnRules(runRowsOnly.Concat(zeroRows).ToList());
            var offered = (RunSplitResult?[])results.Clone();
            for (int i = 0; i < runRows.Count; i++)
            {
                string? why = null;
                if (RowRuleContradictions.ChosenByRowRule(results[i]) && ProseAgainst(runRows[i].Row, results[i].Reading!) is { } prose)
                    why = Contradiction(runRows[i].Draft, results[i], "gives " + prose);
                else if (options.Missing == MissingCells.None && results[i] is { IsUnique: true, Reading: { BrokenConstraints.Count: > 0 } reading })
                    why = BlankCellAlternative(runRows[i], reading);
                else if (cellsLeftBlank && results[i].Status is RunSplitStatus.Unique or RunSplitStatus.Ambiguous)
                    why = MayHaveLostACell(runRows[i], results[i]);
                if (why is null) continue;
                leftOut[i] = why;
                offered[i] = null;
            }
            while (true)
            {
                CrossRunResolution? across = offered.Any(r => r?.Status == RunSplitStatus.Ambiguous) ? CrossRunResolver.Resolve(offered, columnRules) : null;
                var readings = new RunSplit?[offered.Length];
                for (int i = 0; i < readings.Length; i++)
                    readings[i] = offered[i] is not { } result ? null : result.IsUnique ? result.Reading : across?.Runs[i].Reading;

                // A row no other split of its figures puts right is not what breaks the rule: it stands (a row of zeros too).
                var blamed = RowRuleContradictions.Find(offered, readings, columnRules)
                    .Where(pair => pair.Key < runRows.Count && AnotherSplitKeepsColumnRules(pair.Key, runRows[pair.Key], readings, columnRules, options)).ToList();
                if (blamed.Count == 0 && !SetAsideRowRuleSplitsNoReadingKeeps(runRows, results, offered, rulesWithZeroRows, leftOut)) return across;
                foreach (var pair in blamed)
                {
                    leftOut[pair.Key] = RowRuleContradictions.ChosenByRowRule(results[pair.Key])
                        ? Contradiction(runRows[pair.Key].Draft, results[pair.Key], $"breaks {Names(pair.Value)} with the table's other rows, which another split of its figures keeps")
                        : $"its figures run together (\"{RunOf(runRows[pair.Key].Draft).Raw}\") and fill its {Columns} one way, {string.Join(" ", results[pair.Key].Reading!.Cells)}, "
                          + $"which breaks {Names(pair.Value)} with the table's other rows; a split with a cell left blank (a blank leaves nothing in the run) keeps them: which the page printed cannot be known";
                    offered[pair.Key] = null;
                }
            }
        }

        /// <summary>
        /// Sets aside (into <paramref name="leftOut"/>, with why) each split a row rule chose with which a column rule cannot
        /// hold however the table's other rows split (each offering every split that fits its own rules): the row rule chose
        /// on trust that the figures add up, and the table says they do not, where no split of the others can tell which row
        /// is wrong. All such splits at once: of two that contradict each other, neither can be trusted. Whether any was.
        /// </summary>
        private bool SetAsideRowRuleSplitsNoReadingKeeps(IReadOnlyList<(TableRowDraft Draft, AxisNodeDescriptor Row)> runRows, RunSplitResult[] results,
            RunSplitResult?[] offered, IReadOnlyList<IReadOnlyList<CrossRunConstraint>> rulesByColumn, Dictionary<int, string> leftOut)
        {
            var contradicted = new List<(int Run, IReadOnlyList<CrossRunConstraint> Rule)>();
            for (int i = 0; i < runRows.Count; i++)
            {
                if (offered[i] is null || !RowRuleContradictions.ChosenByRowRule(results[i])) continue;
                IReadOnlyList<CrossRunConstraint>? broken = rulesByColumn.FirstOrDefault(rule => RowRuleContradictions.NoReadingOfTheOthersKeeps(i, offered, rule));
                if (broken is not null) contradicted.Add((i, broken));
            }
            foreach (var (run, rule) in contradicted)
            {
                var involving = rule.Where(c => c.Involves(run)).ToList();
                leftOut[run] = Contradiction(runRows[run].Draft, results[run], $"breaks {Names(involving)} however the table's other rows split their figures");
                offered[run] = null;
            }
            return contradicted.Count > 0;
        }

        /// <summary>
        /// For a run whose digits split into every cell one way only, and that way breaks the row's rules: a split with a cell
        /// left blank (a blank cell leaves nothing in the run) that does not break them (a blank total leaves them not
        /// assessable), said as why the row cannot be read; else null.
        /// </summary>
        private string? BlankCellAlternative((TableRowDraft Draft, AxisNodeDescriptor Row) runRow, RunSplit reading)
        {
            string run = RunOf(runRow.Draft).Raw;
            RunSplitResult withBlanks = _index.RunSplitters[runRow.Row].Split(run, new RunSplitOptions { Missing = MissingCells.AnyMayBeBlank, MaxCandidates = 1 });
            RunSplit? keeping = withBlanks.Status switch
            {
                RunSplitStatus.Unique when withBlanks.Reading!.BrokenConstraints.Count == 0 => withBlanks.Reading,
                RunSplitStatus.Ambiguous => withBlanks.Candidates.FirstOrDefault(),
                _ => null,
            };
            if (keeping is null) return null;
            string broken = string.Join(", ", reading.BrokenConstraints.Select(c => c.Name).Distinct());
            return $"its figures run together (\"{run}\") and split into its {Columns} one way if every cell is in the run, {string.Join(" ", reading.Cells)}, which breaks {broken}; "
                + $"with a cell left blank (a blank leaves nothing in the run), {string.Join(" ", keeping.Cells)} does not break it: which the page printed cannot be known";
        }

        /// <summary>
        /// For a run read with every cell in it, in a table some of whose rows lost cells left blank: a split with a cell left
        /// blank that fits what the row must satisfy (a blank total leaves it not assessable), said as why the row cannot be
        /// read; else null (no cell can be missing from the run).
        /// </summary>
        private string? MayHaveLostACell((TableRowDraft Draft, AxisNodeDescriptor Row) runRow, RunSplitResult whole)
        {
            string run = RunOf(runRow.Draft).Raw;
            DigitRunSplitter splitter = _index.RunSplitters[runRow.Row];
            var withBlanksAllowed = new RunSplitOptions { Missing = MissingCells.AnyMayBeBlank, MaxCandidates = 20 };
            // Counted first: most rows lose nothing, and only for the others is a split that lacks a cell listed. The splits
            // with cells left blank include those with every cell in the run: any beyond those lack a cell.
            (RunSplitStatus status, _, RunSplitResult? beyondWhole) = splitter.CountThenSplit(run, withBlanksAllowed,
                (counted, count) => counted is RunSplitStatus.Unique or RunSplitStatus.Ambiguous && count > whole.CandidateCount);
            if (status == RunSplitStatus.TooLong) return Start() + ", and the splits with a cell left blank are too many to try: which the page printed cannot be known";
            if (beyondWhole is null) return null;
            RunSplit? lacking = beyondWhole.Candidates.FirstOrDefault(LacksACell);
            return Start() + (lacking is null ? ", and splits with a cell left blank fit as well" : $", and with a cell left blank {string.Join(" ", lacking.Cells)} fits as well")
                + ": which the page printed cannot be known";

            // Written only for the rows it is said of: most rows return null above.
            string Start()
            {
                string asWhole = whole.IsUnique ? $"one way with every cell in the run, {string.Join(" ", whole.Reading!.Cells)}" : $"in {whole.CandidateCount} ways with every cell in the run";
                return $"its figures run together (\"{run}\") and split into its {Columns} {asWhole}; other rows of the table lost cells the page left blank (a blank leaves nothing in the run)";
            }
        }

        private static bool LacksACell(RunSplit split) => split.Cells.Any(cell => cell.State == RunCellState.Absent);

        /// <summary>
        /// Whether a split of the run that fits its cells (whatever its row rule says) would make every column rule the run is
        /// in hold, the other rows as read: then the column rules point at this row. So would a split that lacks a cell, where
        /// every cell is taken to be in the run (a cell left blank leaves nothing in it, and a blank total leaves its rule not
        /// assessable): the row may have lost one. A run with too many splits to try is taken as pointed at.
        /// </summary>
        private bool AnotherSplitKeepsColumnRules(int run, (TableRowDraft Draft, AxisNodeDescriptor Row) runRow, RunSplit?[] readings, List<CrossRunConstraint> columnRules, RunSplitOptions options)
        {
            string raw = RunOf(runRow.Draft).Raw;
            var involving = columnRules.Where(c => c.Involves(run)).ToList();
            RunSplit read = readings[run]!;
            var trial = (RunSplit?[])readings.Clone();
            bool Keeps(RunSplit alternative)
            {
                if (alternative.Cells.SequenceEqual(read.Cells)) return false;
                trial[run] = alternative;
                return involving.All(c => RowRuleContradictions.HoldsOrNotJudged(c, trial));
            }

            DigitRunSplitter splitter = _index.CellsOnlyRunSplitters.GetOrAdd(runRow.Row, row => new DigitRunSplitter(new RunShape(_rules.ShapeOf(row).Cells)));
            RunSplitResult cellsOnly = splitter.Split(raw, new RunSplitOptions { Missing = options.Missing, Spaces = options.Spaces, MaxCandidates = MaxAlternatives });
            if (cellsOnly.Status != RunSplitStatus.Ambiguous || cellsOnly.CandidatesTruncated)
            {
                if (cellsOnly.Status != RunSplitStatus.Unique) return true;
            }
            else if (cellsOnly.Candidates.Any(Keeps)) return true;

            // Under zeros left blank a lacking cell is already a 0 among the splits above.
            if (options.Missing != MissingCells.None) return false;
            // By its cells alone: the row rule counts a blank part as 0, which would turn away the very split that lacks one.
            RunSplitResult lacking = splitter.Split(raw, new RunSplitOptions { Missing = MissingCells.AnyMayBeBlank, Spaces = options.Spaces, MaxCandidates = MaxAlternatives });
            if (lacking.Status == RunSplitStatus.TooLong || lacking.CandidatesTruncated) return true;
            return lacking.Candidates.Any(c => LacksACell(c) && Keeps(c));
        }

        /// <summary>A figure the prose states for the row that the split gives otherwise ("705 for … where the prose states 1705 …"), or null.</summary>
        private string? ProseAgainst(AxisNodeDescriptor row, RunSplit split)
        {
            foreach (var (columns, figure) in _prose.OfRow(_table.Id, row.Path))
            {
                decimal sum = 0m;
                bool stated = true;
                foreach (string column in columns)
                {
                    int c = _rules.IndexOfColumn(column);
                    if (c < 0 || split.Cells[c].Figure is not decimal value) stated = false;
                    else sum += value;
                }
                if (stated && sum != figure.Value)
                    return $"{sum.ToString(CultureInfo.InvariantCulture)} for {figure.Label} where the prose states {figure.Value.ToString(CultureInfo.InvariantCulture)} ({figure.Quoted})";
            }
            return null;
        }

        public RunOutcome? OutcomeOf(TableRowDraft draft) => _outcomes.TryGetValue(draft, out RunOutcome? outcome) ? outcome : null;

        /// <summary>The row's single run cell, when the row's figures are one run.</summary>
        public static RawCell? SingleRun(TableRowDraft draft)
        {
            RawCell? run = null;
            foreach (RawCell cell in draft.Cells)
            {
                if (cell.IsBlank) continue;
                if (!cell.IsRun || run is not null) return null;
                run = cell;
            }
            return run;
        }

        private static RawCell RunOf(TableRowDraft draft) => SingleRun(draft)!.Value;

        /// <summary>
        /// What a run lacking cells means. The page leaves zero cells blank (<see cref="RunTogetherText"/> saw rows without
        /// figures), or this table shows it (a row with fewer digits than columns can only have lost cells): a lost cell is
        /// a 0 dropped. Unless a row of the table prints a zero: then zeros are not dropped, and a row that lost cells lost
        /// figures left blank (one blank cell leaves its row short); reading every row as if no figure could be 0 would turn
        /// the zeros it prints into other splits. Every cell is then taken to be in the run, and
        /// <paramref name="cellsLeftBlank"/> says that any row may have lost one.
        /// </summary>
        private MissingCells MissingCellsOf(IReadOnlyList<(TableRowDraft Draft, AxisNodeDescriptor Row)> runRows, out bool cellsLeftBlank)
        {
            cellsLeftBlank = false;
            if (_index.LeafColumns.Length <= 1) return MissingCells.None;
            bool rowLostCells = runRows.Any(r => RunOf(r.Draft).Raw.Count(char.IsDigit) < _index.LeafColumns.Length);
            if (runRows.Any(r => PrintsAZero(RunOf(r.Draft).Raw)))
            {
                cellsLeftBlank = rowLostCells;
                return MissingCells.None;
            }
            return _pageLeavesZerosBlank || rowLostCells ? MissingCells.ZerosLeftBlank : MissingCells.None;
        }

        /// <summary>
        /// Whether a run holds a figure 0 for certain: a 0 that starts a figure (at the run's start or after a space, which
        /// stands between cells) and is not the whole part of a decimal (0.5); figures have no leading zeros, so it is one.
        /// </summary>
        internal static bool PrintsAZero(string run)
        {
            for (int i = 0; i < run.Length; i++)
            {
                if (run[i] is not ('0' or '０')) continue;
                bool startsFigure = i == 0 || char.IsWhiteSpace(run[i - 1]);
                bool decimalPoint = i + 1 < run.Length && run[i + 1] is '.' or '．';
                if (startsFigure && !decimalPoint) return true;
            }
            return false;
        }

        private RunOutcome Outcome(TableRowDraft draft, AxisNodeDescriptor row, RunSplitResult result, CrossRunReading? across)
        {
            RawCell run = RunOf(draft);
            RunSplit? split = result.IsUnique ? result.Reading : across?.Reading;
            if (split is not null)
            {
                var used = (result.IsUnique ? result.UsedConstraints.Select(c => c.Name) : across!.UsedConstraints.Select(c => c.Name)).Distinct().ToList();
                return new RunOutcome(Placement.OfRun(run, split), null, used);
            }
            return new RunOutcome(Placement.Failed(PlacementProblem.Uncertain), Why(run.Raw, result), new string[0]);
        }

        /// <summary>Why a row rule's split is set aside: what it <paramref name="breaks"/>, and the evidence against it.</summary>
        private string Contradiction(TableRowDraft draft, RunSplitResult result, string breaks)
        {
            string rowRules = string.Join(", ", result.UsedConstraints.Select(c => c.Name).Distinct());
            return $"its figures run together (\"{RunOf(draft).Raw}\"), and the one split into its {Columns} that satisfies {rowRules}, {string.Join(" ", result.Reading!.Cells)}, "
                + $"{breaks}: the figures as printed do not add up, so taking the split would be a guess";
        }

        private static string Names(List<CrossRunConstraint> constraints)
        {
            string names = string.Join(", ", constraints.Take(ListedCandidates).Select(c => c.Name));
            return constraints.Count > ListedCandidates ? names + $" and {constraints.Count - ListedCandidates} more" : names;
        }

        private string Columns => _index.LeafColumns.Length.ToString(CultureInfo.InvariantCulture) + " columns";

        private string Why(string run, RunSplitResult result)
        {
            string columns = Columns;
            switch (result.Status)
            {
                case RunSplitStatus.Ambiguous:
                    string listed = string.Join("; ", result.Candidates.Take(ListedCandidates).Select(c => string.Join(" ", c.Cells)));
                    string more = result.CandidateCount > ListedCandidates ? $"; and {result.CandidateCount - ListedCandidates} more" : "";
                    return $"its figures run together (\"{run}\") and split into its {columns} in {result.CandidateCount} ways that fit what the row must satisfy: {listed}{more}";
                case RunSplitStatus.TooLong:
                    return $"its figures run together (\"{run}\") in a run too long to try every split into its {columns}";
                case RunSplitStatus.NoReading:
                    string broken = string.Join("; ", result.Candidates.Take(ListedCandidates).Select(c => string.Join(" ", c.Cells) + " breaks " + string.Join(", ", c.BrokenConstraints.Select(b => b.Name))));
                    return $"its figures run together (\"{run}\") and no split into its {columns} fits what the row must satisfy" + (broken.Length > 0 ? ": " + broken : "");
                default:
                    return $"its figures run together (\"{run}\") in a form that cannot be split ({result.Problem})";
            }
        }

        /// <summary>One cell of the split, located at its own characters; a cell the page left blank is not stated.</summary>
        internal static RawCell? Part(RawCell run, RunCellReading cell)
        {
            if (!cell.IsFigure) return cell.State == RunCellState.NotStatedMark ? new RawCell("—", run.Line, run.Column + cell.Start, NotStatedMark, source: At(run, cell.Start)) : (RawCell?)null;
            string text = run.Raw.Substring(cell.Start, cell.Length);
            return new RawCell(text, run.Line, run.Column + cell.Start, CellValueParser.OfFigure(cell.Value), source: At(run, cell.Start));
        }

        private static readonly ParsedCell NotStatedMark = CellValueParser.Parse("—");

        private static SourceLocation At(RawCell run, int offset)
            => run.Source.IsTextLine
                ? SourceLocation.AtLine(run.Source.Line, run.Source.Column + offset)
                : run.Source;
    }
}
