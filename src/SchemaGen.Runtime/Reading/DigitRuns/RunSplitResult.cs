using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    public enum RunSplitStatus
    {
        /// <summary>Exactly one split fits: <see cref="RunSplitResult.Reading"/>.</summary>
        Unique,
        /// <summary>Several splits fit every constraint; they are listed, and the cells they agree on are given.</summary>
        Ambiguous,
        /// <summary>No split fits: either none fits the cells at all, or none satisfies the constraints (those that fit the cells are listed, each with the constraints it breaks).</summary>
        NoReading,
        /// <summary>The search ran out of budget before it could tell.</summary>
        TooLong,
        /// <summary>The text holds a character that has no place in a run of figures.</summary>
        NotADigitRun,
        /// <summary>The shape cannot be searched (see <see cref="RunShape.Problems"/>).</summary>
        InvalidShape,
    }

    /// <summary>What splitting one run found.</summary>
    public sealed class RunSplitResult
    {
        private static readonly RunSplit[] NoSplits = Array.Empty<RunSplit>();
        private static readonly RunConstraint[] NoConstraints = Array.Empty<RunConstraint>();

        internal RunSplitResult(RunSplitStatus status, string? problem = null)
        {
            Status = status;
            Problem = problem;
            Candidates = NoSplits;
            UsedConstraints = NoConstraints;
            AgreedCells = Array.Empty<RunCellReading?>();
        }

        /// <summary>
        /// A row printed with no figure on a page that leaves its zero cells blank: one split, every cell absent (a zero).
        /// </summary>
        internal static RunSplitResult NothingPrinted(int cells)
        {
            var absent = new RunCellReading[cells];
            for (int i = 0; i < cells; i++) absent[i] = new RunCellReading(RunCellState.Absent, 0m, 0, 0);
            var reading = new RunSplit(absent, NoConstraints);
            var agreed = new RunCellReading?[cells];
            for (int i = 0; i < cells; i++) agreed[i] = absent[i];
            return new RunSplitResult(RunSplitStatus.Unique) { Reading = reading, Candidates = new[] { reading }, CandidateCount = 1, StructuralCount = 1, AgreedCells = agreed };
        }

        public RunSplitStatus Status { get; }
        public bool IsUnique => Status == RunSplitStatus.Unique;

        /// <summary>The split, when it is unique.</summary>
        public RunSplit? Reading { get; internal set; }

        /// <summary>
        /// Unique: the reading. Ambiguous: the splits that satisfy every constraint. NoReading: the splits that
        /// fit the cells but break a constraint (empty when none fits the cells). At most
        /// <see cref="RunSplitOptions.MaxCandidates"/>; <see cref="CandidateCount"/> says how many there are.
        /// </summary>
        public IReadOnlyList<RunSplit> Candidates { get; internal set; }
        public long CandidateCount { get; internal set; }
        public bool CandidatesTruncated => CandidateCount > Candidates.Count;

        /// <summary>How many splits fit the cells (kinds, leading zeros, bounds, spaces) before any constraint.</summary>
        public long StructuralCount { get; internal set; }

        /// <summary>
        /// The constraints the split was chosen by: the reader reports these rule instances as used for reading,
        /// not as checked. Unique: a smallest set that still leaves one split (empty when the cells alone
        /// decide). Ambiguous: all constraints, since they narrowed the candidates and the agreed cells.
        /// </summary>
        public IReadOnlyList<RunConstraint> UsedConstraints { get; internal set; }

        /// <summary>
        /// Per cell, the reading every candidate shares (same figure from the same characters), or null where
        /// they differ. For a unique split, every cell. Empty when the search did not finish.
        /// </summary>
        public IReadOnlyList<RunCellReading?> AgreedCells { get; internal set; }

        /// <summary>Split choices examined, over all passes: the measure the budget bounds.</summary>
        public long Work { get; internal set; }

        /// <summary>Why the run was not searched (NotADigitRun, InvalidShape).</summary>
        public string? Problem { get; }

        public override string ToString()
            => Status + (Reading is not null ? ": " + Reading : Candidates.Count > 0 ? $": {CandidateCount} candidates, first {Candidates[0]}" : "");
    }
}
