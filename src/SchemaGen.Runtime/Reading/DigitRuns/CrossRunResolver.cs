using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>What resolving one run against the others found.</summary>
    public sealed class CrossRunReading
    {
        internal CrossRunReading(RunSplit? reading, IReadOnlyList<RunSplit> surviving, bool decidedAcrossRuns, IReadOnlyList<CrossRunConstraint> used)
        {
            Reading = reading;
            Surviving = surviving;
            DecidedAcrossRuns = decidedAcrossRuns;
            UsedConstraints = used;
        }

        /// <summary>The one split left for the run, if one is.</summary>
        public RunSplit? Reading { get; }
        /// <summary>The run's splits that occur in some consistent combination (empty when the run had none to offer).</summary>
        public IReadOnlyList<RunSplit> Surviving { get; }
        /// <summary>The run was ambiguous on its own and the constraints across runs left one split.</summary>
        public bool DecidedAcrossRuns { get; }
        /// <summary>
        /// When <see cref="DecidedAcrossRuns"/>: the constraints across runs that involve this run, to be reported as
        /// used for reading (all of them, which may be more than were needed: a check lost, never one claimed).
        /// </summary>
        public IReadOnlyList<CrossRunConstraint> UsedConstraints { get; }
    }

    public sealed class CrossRunResolution
    {
        internal CrossRunResolution(IReadOnlyList<CrossRunReading> runs, long combinations, bool exhausted, IReadOnlyList<CrossRunConstraint> skipped, long work)
        {
            Runs = runs;
            Combinations = combinations;
            Exhausted = exhausted;
            Skipped = skipped;
            Work = work;
        }

        /// <summary>One per run given, in the same order.</summary>
        public IReadOnlyList<CrossRunReading> Runs { get; }
        /// <summary>How many combinations of candidate splits satisfy every usable constraint (0 when the search was exhausted).</summary>
        public long Combinations { get; }
        /// <summary>The search finished and found no combination: the runs contradict each other (or a true split was not offered).</summary>
        public bool IsContradictory => !Exhausted && Combinations == 0;
        /// <summary>The search ran out of budget: nothing was decided across runs.</summary>
        public bool Exhausted { get; }
        /// <summary>Constraints not used because a run they involve has no complete list of candidates (no reading, too long, truncated).</summary>
        public IReadOnlyList<CrossRunConstraint> Skipped { get; }
        public long Work { get; }
    }

    /// <summary>
    /// Chooses among the candidate splits of several runs (the rows of one table) with constraints across them
    /// (the column rules). Each run offers its unique reading, or all its candidates when the list is complete;
    /// a run with no reading (or null, a run set aside) offers nothing, and constraints that involve it are skipped. Combinations are tried
    /// by backtracking, runs with fewer candidates first; after each choice every constraint is checked against
    /// the range the runs still open can add (each cell's least and greatest figure among its candidates), so
    /// a dead end is left early. A run keeps the candidates that occur in some consistent combination, and is
    /// decided when one is left. Past the budget nothing is decided.
    /// <para>
    /// A constraint used here is no longer an independent check of those rows: the reader reports it as used
    /// for reading. When no combination satisfies the constraints, nothing is decided: the table contradicts
    /// itself, and the validator will say where.
    /// </para>
    /// </summary>
    public static class CrossRunResolver
    {
        public static CrossRunResolution Resolve(IReadOnlyList<RunSplitResult?>? runs, IReadOnlyList<CrossRunConstraint>? constraints, long budget = 100_000)
        {
            var search = new Search(runs ?? Array.Empty<RunSplitResult?>(), constraints ?? Array.Empty<CrossRunConstraint>(), Math.Max(0, budget));
            return search.Run();
        }

        /// <summary>
        /// Whether some combination of the runs' splits satisfies every constraint, stopping at the first found: false when
        /// none does, null when the budget ran out first or a constraint names a run that offers nothing (it cannot be judged).
        /// </summary>
        internal static bool? AnyConsistent(IReadOnlyList<RunSplitResult?> runs, IReadOnlyList<CrossRunConstraint> constraints, long budget)
        {
            var search = new Search(runs, constraints, Math.Max(0, budget), stopAtFirst: true);
            CrossRunResolution resolution = search.Run();
            if (resolution.Exhausted || resolution.Skipped.Count > 0) return null;
            return resolution.Combinations > 0;
        }

        private sealed class Search
        {
            private readonly IReadOnlyList<RunSplitResult?> _runs;
            private readonly RunSplit[]?[] _candidates;
            private readonly List<CrossRunConstraint> _usable = new List<CrossRunConstraint>();
            private readonly List<CrossRunConstraint> _skipped = new List<CrossRunConstraint>();
            private readonly int[] _order;
            private readonly List<CrossRunConstraint>[] _closingAt;
            private readonly int[] _chosen;
            private readonly bool[] _isChosen;
            private readonly bool[][] _survives;
            // Per usable constraint and term: the least and greatest figure the term's run can still give.
            private readonly decimal[][] _termLow;
            private readonly decimal[][] _termHigh;
            private readonly bool[] _mayBeNotAssessable;
            private readonly List<int>[] _constraintsOfRun;
            // Per usable constraint: what its terms over runs with one candidate add, and its other terms.
            private readonly decimal[] _fixedSum;
            private readonly int[][] _openTerms;
            private long _budget;
            private long _work;
            private long _combinations;
            private bool _exhausted;
            private readonly bool _stopAtFirst;

            public Search(IReadOnlyList<RunSplitResult?> runs, IReadOnlyList<CrossRunConstraint> constraints, long budget, bool stopAtFirst = false)
            {
                _stopAtFirst = stopAtFirst;
                _runs = runs;
                _budget = budget;
                _candidates = new RunSplit[]?[runs.Count];
                // Asked only whether any combination holds, the runs no constraint names are left alone.
                HashSet<int>? named = stopAtFirst ? new HashSet<int>(constraints.Where(c => c is not null).SelectMany(c => c.Terms.Select(t => t.Key.Run))) : null;
                for (int r = 0; r < runs.Count; r++) _candidates[r] = named is null || named.Contains(r) ? Offered(runs[r]) : null;

                var inPlay = new HashSet<int>();
                foreach (CrossRunConstraint constraint in constraints)
                {
                    if (constraint is null) continue;
                    bool usable = true;
                    foreach (var term in constraint.Terms)
                        if (term.Key.Run < 0 || term.Key.Run >= runs.Count || _candidates[term.Key.Run] is null) usable = false;
                    if (!usable)
                    {
                        _skipped.Add(constraint);
                        continue;
                    }
                    _usable.Add(constraint);
                    foreach (var term in constraint.Terms) inPlay.Add(term.Key.Run);
                }

                // Runs with fewer candidates first, so that constraints close early and cut the search.
                var order = new List<int>(inPlay);
                order.Sort((a, b) => _candidates[a]!.Length != _candidates[b]!.Length ? _candidates[a]!.Length.CompareTo(_candidates[b]!.Length) : a.CompareTo(b));
                _order = order.ToArray();
                var position = new int[runs.Count];
                for (int i = 0; i < _order.Length; i++) position[_order[i]] = i;
                _closingAt = new List<CrossRunConstraint>[_order.Length];
                for (int i = 0; i < _closingAt.Length; i++) _closingAt[i] = new List<CrossRunConstraint>();
                foreach (CrossRunConstraint constraint in _usable)
                {
                    int last = 0;
                    foreach (var term in constraint.Terms) last = Math.Max(last, position[term.Key.Run]);
                    if (_order.Length > 0) _closingAt[last].Add(constraint);
                }
                _chosen = new int[runs.Count];
                _isChosen = new bool[runs.Count];
                _survives = new bool[runs.Count][];
                for (int r = 0; r < runs.Count; r++) _survives[r] = new bool[_candidates[r]?.Length ?? 0];

                _termLow = new decimal[_usable.Count][];
                _termHigh = new decimal[_usable.Count][];
                _mayBeNotAssessable = new bool[_usable.Count];
                _constraintsOfRun = new List<int>[runs.Count];
                for (int r = 0; r < runs.Count; r++) _constraintsOfRun[r] = new List<int>();
                for (int k = 0; k < _usable.Count; k++)
                {
                    CrossRunConstraint constraint = _usable[k];
                    _termLow[k] = new decimal[constraint.Terms.Count];
                    _termHigh[k] = new decimal[constraint.Terms.Count];
                    for (int t = 0; t < constraint.Terms.Count; t++)
                    {
                        RunCellRef cell = constraint.Terms[t].Key;
                        int coefficient = constraint.Terms[t].Value;
                        bool first = true;
                        foreach (RunSplit candidate in _candidates[cell.Run]!)
                        {
                            decimal? figure = candidate.FigureAt(cell.Cell);
                            if (figure is null && constraint.TotalCell is RunCellRef total && total.Equals(cell)) _mayBeNotAssessable[k] = true;
                            decimal contribution = CellMath.AddTerm(0m, coefficient, figure ?? 0m);
                            _termLow[k][t] = first ? contribution : Math.Min(_termLow[k][t], contribution);
                            _termHigh[k][t] = first ? contribution : Math.Max(_termHigh[k][t], contribution);
                            first = false;
                        }
                        if (!_constraintsOfRun[cell.Run].Contains(k)) _constraintsOfRun[cell.Run].Add(k);
                    }
                }

                // A run with one candidate adds the same whatever is chosen: its terms are summed once, here.
                _fixedSum = new decimal[_usable.Count];
                _openTerms = new int[_usable.Count][];
                for (int k = 0; k < _usable.Count; k++)
                {
                    var open = new List<int>();
                    for (int t = 0; t < _usable[k].Terms.Count; t++)
                    {
                        if (_candidates[_usable[k].Terms[t].Key.Run]!.Length == 1) _fixedSum[k] += _termLow[k][t];
                        else open.Add(t);
                    }
                    _openTerms[k] = open.ToArray();
                }
            }

            private static RunSplit[]? Offered(RunSplitResult? result)
            {
                if (result is null) return null;
                if (result.Status == RunSplitStatus.Unique && result.Reading is not null) return new[] { result.Reading };
                if (result.Status == RunSplitStatus.Ambiguous && !result.CandidatesTruncated && result.Candidates.Count > 0)
                {
                    var candidates = new RunSplit[result.Candidates.Count];
                    for (int i = 0; i < candidates.Length; i++) candidates[i] = result.Candidates[i];
                    return candidates;
                }
                return null;
            }

            public CrossRunResolution Run()
            {
                Choose(0); // with no run in play, the one empty combination: consistent, nothing to decide
                bool decided = !_exhausted && _combinations > 0;
                var readings = new CrossRunReading[_stopAtFirst ? 0 : _runs.Count];
                for (int r = 0; r < readings.Length; r++) readings[r] = ReadingOf(r, decided);
                return new CrossRunResolution(readings, _exhausted ? 0 : _combinations, _exhausted, _skipped, _work);
            }

            private void Choose(int depth)
            {
                if (_exhausted || (_stopAtFirst && _combinations > 0)) return;
                if (depth == _order.Length)
                {
                    _combinations++;
                    foreach (int run in _order) _survives[run][_chosen[run]] = true;
                    return;
                }
                int r = _order[depth];
                RunSplit[] candidates = _candidates[r]!;
                for (int c = 0; c < candidates.Length && !(_stopAtFirst && _combinations > 0); c++)
                {
                    if (--_budget < 0)
                    {
                        _exhausted = true;
                        return;
                    }
                    _work++;
                    _chosen[r] = c;
                    _isChosen[r] = true;
                    if (ClosingHold(depth) && OpenCanHold(r)) Choose(depth + 1);
                    _isChosen[r] = false;
                }
            }

            private bool ClosingHold(int depth)
            {
                var chosen = new ChosenSplits(_candidates, _chosen);
                foreach (CrossRunConstraint constraint in _closingAt[depth])
                    if (!constraint.Holds(chosen)) return false;
                return true;
            }

            /// <summary>The split chosen so far for each run: read from the search's arrays.</summary>
            private readonly struct ChosenSplits : IChosenSplits
            {
                private readonly RunSplit[]?[] _candidates;
                private readonly int[] _chosen;

                public ChosenSplits(RunSplit[]?[] candidates, int[] chosen)
                {
                    _candidates = candidates;
                    _chosen = chosen;
                }

                public RunSplit Of(int run) => _candidates[run]![_chosen[run]];
            }

            /// <summary>Whether each constraint on run <paramref name="run"/> can still hold, given the runs chosen so far and the ranges of the others.</summary>
            private bool OpenCanHold(int run)
            {
                foreach (int k in _constraintsOfRun[run])
                {
                    if (_mayBeNotAssessable[k]) continue;
                    CrossRunConstraint constraint = _usable[k];
                    KeyValuePair<RunCellRef, int>[] terms = constraint.TermArray;
                    decimal low = _fixedSum[k], high = _fixedSum[k];
                    foreach (int t in _openTerms[k])
                    {
                        RunCellRef cell = terms[t].Key;
                        if (_isChosen[cell.Run])
                        {
                            RunSplit chosen = _candidates[cell.Run]![_chosen[cell.Run]];
                            if (chosen.FigureAt(cell.Cell) is decimal figure) // a blank adds 0
                            {
                                low = CellMath.AddTerm(low, terms[t].Value, figure);
                                high = CellMath.AddTerm(high, terms[t].Value, figure);
                            }
                        }
                        else
                        {
                            low += _termLow[k][t];
                            high += _termHigh[k][t];
                        }
                    }
                    bool possible = constraint.Relation == RunRelation.Equal ? low <= 0m && high >= 0m
                        : constraint.Relation == RunRelation.AtMost ? low <= 0m : high >= 0m;
                    if (!possible) return false;
                }
                return true;
            }

            private CrossRunReading ReadingOf(int run, bool decided)
            {
                RunSplit[]? candidates = _candidates[run];
                if (candidates is null) return new CrossRunReading(_runs[run]?.Reading, Array.Empty<RunSplit>(), false, Array.Empty<CrossRunConstraint>());
                bool inPlay = Array.IndexOf(_order, run) >= 0;
                if (!decided || !inPlay)
                {
                    RunSplit? own = candidates.Length == 1 ? candidates[0] : null;
                    return new CrossRunReading(own, candidates, false, Array.Empty<CrossRunConstraint>());
                }
                var surviving = new List<RunSplit>();
                for (int c = 0; c < candidates.Length; c++)
                    if (_survives[run][c]) surviving.Add(candidates[c]);
                bool decidedHere = candidates.Length > 1 && surviving.Count == 1;
                List<CrossRunConstraint> used = decidedHere ? _usable.FindAll(constraint => constraint.Involves(run)) : new List<CrossRunConstraint>();
                return new CrossRunReading(surviving.Count == 1 ? surviving[0] : null, surviving, decidedHere, used);
            }
        }
    }
}
