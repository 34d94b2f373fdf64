using System;
using System.Collections.Generic;
using System.Globalization;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// Splits a run of digits that a crawler made of a table row ("81010010" for 8, 1, 0, 1, 0, 0, 10) back
    /// into the row's cells, and accepts a split only when it is the only one allowed.
    /// <para>
    /// The search runs in passes. First the cells alone (kinds, no leading zeros, bounds, spaces): when one
    /// split fits, it is taken and no constraint was used, so the validator still checks them all and will
    /// catch a row that does not add up. Otherwise the constraints filter: one survivor is taken, and a
    /// smallest set of constraints that still leaves only it is reported as used for reading; several
    /// survivors are listed with the cells they agree on; none leaves the cell-only splits listed, each with
    /// the constraints it breaks. The search is bounded by <see cref="RunSplitOptions.Budget"/> and never
    /// throws.
    /// </para>
    /// Thread-safe: one splitter per row shape can serve every row and every thread.
    /// </summary>
    public sealed class DigitRunSplitter
    {
        private readonly CompiledRunShape _shape;
        private readonly RunSearchPlan? _cellsOnly;
        private readonly RunSearchPlan? _allConstraints;

        public DigitRunSplitter(RunShape shape)
        {
            Shape = shape ?? new RunShape(null);
            _shape = new CompiledRunShape(Shape);
            if (!Shape.IsValid) return;
            _cellsOnly = new RunSearchPlan(_shape, Array.Empty<int>());
            _allConstraints = new RunSearchPlan(_shape, _shape.AllConstraints());
        }

        public RunShape Shape { get; }

        /// <summary>Splits <paramref name="run"/> (digits, maybe spaces, full-width digits, signs, decimals, "—" marks) into <paramref name="shape"/>'s cells.</summary>
        public static RunSplitResult Split(string? run, RunShape shape, RunSplitOptions? options = null)
            => new DigitRunSplitter(shape).Split(run, options);

        public RunSplitResult Split(string? run, RunSplitOptions? options = null)
        {
            options ??= RunSplitOptions.Default;
            return Prepare(run, options, out Passes? passes) ?? passes!.Run();
        }

        /// <summary>
        /// The status and candidate count <see cref="Split(string?, RunSplitOptions?)"/> would give, without listing a split, agreeing cells or the
        /// constraints used: for a caller that only compares counts (the listing costs as much again as the counting).
        /// </summary>
        internal (RunSplitStatus Status, long CandidateCount) CountSplits(string? run, RunSplitOptions options)
        {
            (RunSplitStatus status, long count, _) = CountThenSplit(run, options, static (_, _) => false);
            return (status, count);
        }

        /// <summary>
        /// The status and candidate count <see cref="CountSplits"/> gives, and what <see cref="Split(string?, RunSplitOptions?)"/>
        /// gives when <paramref name="list"/> wants it for them (null otherwise): the splits are counted once, not again by
        /// the listing, for a caller that lists only some runs by their counts.
        /// </summary>
        internal (RunSplitStatus Status, long CandidateCount, RunSplitResult? Listed) CountThenSplit(string? run, RunSplitOptions options, Func<RunSplitStatus, long, bool> list)
        {
            RunSplitResult? refused = Prepare(run, options, out Passes? passes);
            if (refused is null) return passes!.CountThenRun(list);
            return (refused.Status, refused.CandidateCount, list(refused.Status, refused.CandidateCount) ? refused : null);
        }

        /// <summary>The passes over the run, or the result that refuses it (an invalid shape, a character no figure has).</summary>
        private RunSplitResult? Prepare(string? run, RunSplitOptions options, out Passes? passes)
        {
            passes = null;
            if (!Shape.IsValid || _cellsOnly is null || _allConstraints is null)
                return new RunSplitResult(RunSplitStatus.InvalidShape, string.Join("; ", Shape.Problems));

            string text = run ?? "";
            RunSymbols? symbols = RunSymbols.Parse(text, options.Spaces, out int badIndex);
            if (symbols is null)
                return new RunSplitResult(RunSplitStatus.NotADigitRun,
                    $"'{text[badIndex]}' at {badIndex.ToString(CultureInfo.InvariantCulture)} has no place in a run of figures");

            passes = new Passes(this, symbols, options);
            return null;
        }

        /// <summary>The passes of one split, sharing the run, the options and the budget.</summary>
        private sealed class Passes
        {
            private readonly DigitRunSplitter _owner;
            private readonly RunSymbols _run;
            private readonly RunSplitOptions _options;
            private readonly long _budget;

            public Passes(DigitRunSplitter owner, RunSymbols run, RunSplitOptions options)
            {
                _owner = owner;
                _run = run;
                _options = options;
                _budget = Math.Max(0, options.Budget);
            }

            private CompiledRunShape Shape => _owner._shape;
            private int MaxCandidates => Math.Max(1, _options.MaxCandidates);

            public RunSplitResult Run()
            {
                try
                {
                    return Result(Decide());
                }
                finally
                {
                    ReleaseSearches();
                }
            }

            public (RunSplitStatus Status, long CandidateCount, RunSplitResult? Listed) CountThenRun(Func<RunSplitStatus, long, bool> list)
            {
                try
                {
                    Decision decision = Decide();
                    return (decision.Status, decision.CandidateCount, list(decision.Status, decision.CandidateCount) ? Result(decision) : null);
                }
                finally
                {
                    ReleaseSearches();
                }
            }

            /// <summary>What the decision's passes give, listed: the searches that decided are still held.</summary>
            private RunSplitResult Result(Decision decision) => decision.Status switch
            {
                RunSplitStatus.TooLong => TooLong(decision.Structural),
                RunSplitStatus.NoReading when decision.Listed is null => Finish(new RunSplitResult(RunSplitStatus.NoReading) { StructuralCount = 0 }),
                RunSplitStatus.NoReading => NoneSatisfies(decision.Listed, decision.Structural),
                RunSplitStatus.Unique => Unique(decision.Listed!, decision.Structural, decision.ByConstraints ? SmallestDecidingSet() : Array.Empty<int>()),
                _ => Ambiguous(decision.Listed!, decision.Structural, decision.CandidateCount, decision.ByConstraints ? _owner._allConstraints!.Active : Array.Empty<int>()),
            };

            // The result holds copies of what the searches found, never their buffers.
            private void ReleaseSearches()
            {
                foreach (RunSearch search in _searches) search.Release();
            }

            /// <summary>
            /// What the passes decide, counting only: the status, how many splits fit the cells, the result's candidate count,
            /// the search whose splits a result lists (null when none fits the cells), and whether the constraints decided.
            /// </summary>
            private readonly record struct Decision(RunSplitStatus Status, long Structural, long CandidateCount, RunSearch? Listed, bool ByConstraints);

            private Decision Decide()
            {
                RunSearch cellsOnly = Search(_owner._cellsOnly!);
                long structural = cellsOnly.CountAll();
                if (cellsOnly.Aborted) return new Decision(RunSplitStatus.TooLong, -1, 0, null, false);
                if (structural == 0) return new Decision(RunSplitStatus.NoReading, 0, 0, null, false);
                if (structural == 1) return new Decision(RunSplitStatus.Unique, structural, 1, cellsOnly, false);
                if (Shape.ConstraintCount == 0) return new Decision(RunSplitStatus.Ambiguous, structural, structural, cellsOnly, false);

                RunSearch constrained = Search(_owner._allConstraints!);
                long survivors = constrained.CountAll();
                if (constrained.Aborted) return new Decision(RunSplitStatus.TooLong, structural, 0, null, true);
                if (survivors == 0) return new Decision(RunSplitStatus.NoReading, structural, structural, cellsOnly, true);
                return survivors > 1
                    ? new Decision(RunSplitStatus.Ambiguous, structural, survivors, constrained, true)
                    : new Decision(RunSplitStatus.Unique, structural, 1, constrained, true);
            }

            private RunSearch Search(RunSearchPlan plan)
            {
                var search = new RunSearch(Shape, plan, _run, _options.Missing, Math.Max(0, _budget - Work));
                _searches.Add(search);
                return search;
            }

            private readonly List<RunSearch> _searches = new List<RunSearch>();

            /// <summary>Choices examined so far by every pass, listing and agreement included.</summary>
            private long Work
            {
                get
                {
                    long work = 0;
                    foreach (RunSearch search in _searches) work += search.Work;
                    return work;
                }
            }

            /// <summary>
            /// Drops constraints one at a time, in the shape's order, while one split still survives: what is left
            /// was needed. A pass that runs out of budget keeps its constraint (reporting one too many as used
            /// loses a check; reporting one too few would claim a check that was not made).
            /// </summary>
            private IReadOnlyList<int> SmallestDecidingSet()
            {
                var kept = new List<int>(_owner._allConstraints!.Active);
                foreach (int k in _owner._allConstraints.Active)
                {
                    var trial = new List<int>(kept);
                    trial.Remove(k);
                    if (trial.Count == 0) continue; // the cells alone left several splits
                    RunSearch search = Search(new RunSearchPlan(Shape, trial));
                    long count = search.CountAll();
                    if (!search.Aborted && count == 1) kept = trial;
                }
                return kept;
            }

            private RunSplitResult Unique(RunSearch search, long structural, IReadOnlyList<int> used)
            {
                List<CellChoice[]> found = search.Collect(1);
                if (found.Count == 0) return TooLong(structural); // unreachable when the count was 1
                RunSplit reading = ToSplit(found[0]);
                var agreed = new RunCellReading?[reading.Cells.Count];
                for (int j = 0; j < agreed.Length; j++) agreed[j] = reading.Cells[j];
                return Finish(new RunSplitResult(RunSplitStatus.Unique)
                {
                    Reading = reading,
                    Candidates = new[] { reading },
                    CandidateCount = 1,
                    StructuralCount = structural,
                    UsedConstraints = Constraints(used),
                    AgreedCells = agreed,
                });
            }

            private RunSplitResult Ambiguous(RunSearch search, long structural, long survivors, IReadOnlyList<int> used)
            {
                List<CellChoice[]> found = search.Collect(MaxCandidates);
                CellChoice?[] agreement = search.Agreement(found, survivors);
                var agreed = new RunCellReading?[agreement.Length];
                for (int j = 0; j < agreed.Length; j++)
                    if (agreement[j] is CellChoice choice) agreed[j] = ToReading(choice);
                return Finish(new RunSplitResult(RunSplitStatus.Ambiguous)
                {
                    Candidates = ToSplits(found),
                    CandidateCount = survivors,
                    StructuralCount = structural,
                    UsedConstraints = Constraints(used),
                    AgreedCells = agreed,
                });
            }

            private RunSplitResult NoneSatisfies(RunSearch cellsOnly, long structural)
                => Finish(new RunSplitResult(RunSplitStatus.NoReading)
                {
                    Candidates = ToSplits(cellsOnly.Collect(MaxCandidates)),
                    CandidateCount = structural,
                    StructuralCount = structural,
                });

            private RunSplitResult TooLong(long structural)
                => Finish(new RunSplitResult(RunSplitStatus.TooLong,
                    $"the search examined {_options.Budget.ToString(CultureInfo.InvariantCulture)} choices without an answer") { StructuralCount = structural });

            private RunSplitResult Finish(RunSplitResult result)
            {
                result.Work = Work;
                return result;
            }

            private IReadOnlyList<RunConstraint> Constraints(IReadOnlyList<int> indices)
            {
                var constraints = new RunConstraint[indices.Count];
                for (int i = 0; i < constraints.Length; i++) constraints[i] = Shape.Shape.Constraints[indices[i]];
                return constraints;
            }

            private RunSplit[] ToSplits(List<CellChoice[]> paths)
            {
                var splits = new RunSplit[paths.Count];
                for (int i = 0; i < splits.Length; i++) splits[i] = ToSplit(paths[i]);
                return splits;
            }

            private RunSplit ToSplit(CellChoice[] path)
            {
                var cells = new RunCellReading[path.Length];
                // Only read by the constraints here: one buffer serves every split of this run.
                decimal?[] figures = _figures is not null && _figures.Length == path.Length ? _figures : _figures = new decimal?[path.Length];
                for (int j = 0; j < path.Length; j++)
                {
                    cells[j] = ToReading(path[j]);
                    figures[j] = cells[j].Figure;
                }
                List<RunConstraint>? broken = null;
                foreach (RunConstraint constraint in Shape.Shape.ConstraintArray)
                    if (!constraint.Holds(figures)) (broken ??= new List<RunConstraint>()).Add(constraint);
                return new RunSplit(cells, broken is null ? Array.Empty<RunConstraint>() : broken.ToArray());
            }

            private decimal?[]? _figures;

            private RunCellReading ToReading(CellChoice choice)
            {
                int start = _run.OriginStart[choice.Start];
                int length = choice.End > choice.Start ? _run.OriginEnd[choice.End - 1] - start : 0;
                decimal value = choice.Value;
                if (Shape.Scale > 0) value /= CompiledRunShape.Pow10[Shape.Scale];
                return new RunCellReading(choice.State, value, start, length);
            }
        }
    }
}
