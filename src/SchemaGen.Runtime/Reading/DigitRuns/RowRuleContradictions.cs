using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// Finds the runs with one split (chosen by a row rule, or the only one its cells allow) that break a constraint across
    /// runs (a column rule) over the runs' readings. A row rule chooses on trust that the row adds up, and a run fills its
    /// cells one way on trust that none was left blank; a column rule it then breaks says the row may not, and then the
    /// split is a guess if another split (one lacking a cell included) keeps the rule: the caller decides.
    /// </summary>
    internal static class RowRuleContradictions
    {
        private const long CheckBudget = 2_000;

        /// <summary>
        /// Per contradicted run (index into <paramref name="offered"/>), the constraints it breaks. A constraint is judged only
        /// when every run it names has a reading (null: set aside or undecided) and every cell it names holds a figure or was
        /// dropped as a blank zero; a "—" makes it not assessable, as in the validator.
        /// </summary>
        public static Dictionary<int, List<CrossRunConstraint>> Find(IReadOnlyList<RunSplitResult?> offered, IReadOnlyList<RunSplit?> readings, IEnumerable<CrossRunConstraint> constraints)
        {
            var contradicted = new Dictionary<int, List<CrossRunConstraint>>();
            foreach (CrossRunConstraint constraint in constraints)
            {
                if (HoldsOrNotJudged(constraint, readings)) continue;
                foreach (var term in constraint.Terms)
                {
                    int run = term.Key.Run;
                    if (offered[run] is not { IsUnique: true }) continue;
                    if (!contradicted.TryGetValue(run, out List<CrossRunConstraint>? broken)) contradicted[run] = broken = new List<CrossRunConstraint>();
                    if (!broken.Contains(constraint)) broken.Add(constraint);
                }
            }
            return contradicted;
        }

        /// <summary>
        /// Whether the constraints (one rule's instances, each column's) that involve <paramref name="run"/>, taken as offered,
        /// cannot all hold for any split the other runs offer (every split that fits their own rules, where the list is
        /// complete); false where the search runs out of budget or a run they name offers nothing to judge by. The search
        /// stops at the first combination that holds, and its budget is small: a check of a split already taken, not a
        /// search to decide by, it leaves a rule unjudged whose other rows offer more than a thousand combinations (a balance
        /// of four rows, two of them ambiguous, a few hundred; a sum of twenty ambiguous rows, past counting: with the budget
        /// of a search that decides, these checks took a tenth of a batch's CPU).
        /// </summary>
        public static bool NoReadingOfTheOthersKeeps(int run, IReadOnlyList<RunSplitResult?> offered, IEnumerable<CrossRunConstraint> rule)
        {
            List<CrossRunConstraint> involving = rule.Where(constraint => constraint.Involves(run)).ToList();
            long combinations = CombinationsOfTheOthers(run, offered, involving);
            if (combinations > CheckBudget / 2) return false;
            // Every other run with one split: the rule holds or not over the splits as they are.
            if (combinations == 1) return !involving.TrueForAll(constraint => constraint.Holds(r => offered[r]!.Reading!));
            return CrossRunResolver.AnyConsistent(offered, involving, CheckBudget) == false;
        }

        /// <summary>How many combinations the other runs the constraints name offer, at most a little past the budget (a run with a list not complete counts past it).</summary>
        private static long CombinationsOfTheOthers(int run, IReadOnlyList<RunSplitResult?> offered, List<CrossRunConstraint> constraints)
        {
            var counted = new HashSet<int> { run };
            long product = 1;
            foreach (CrossRunConstraint constraint in constraints)
                foreach (var term in constraint.Terms)
                {
                    int other = term.Key.Run;
                    if (!counted.Add(other)) continue;
                    long offers = other < 0 || other >= offered.Count || offered[other] is not { } result ? long.MaxValue
                        : result.IsUnique ? 1 : result.Status == RunSplitStatus.Ambiguous && !result.CandidatesTruncated ? result.Candidates.Count : long.MaxValue;
                    if (offers > CheckBudget) return CheckBudget + 1;
                    product *= offers;
                    if (product > CheckBudget) return CheckBudget + 1;
                }
            return product;
        }

        public static bool ChosenByRowRule(RunSplitResult? result) => result is { IsUnique: true, UsedConstraints.Count: > 0 };

        /// <summary>Whether the constraint holds over the readings, or cannot be judged there (see <see cref="Find"/>).</summary>
        public static bool HoldsOrNotJudged(CrossRunConstraint constraint, IReadOnlyList<RunSplit?> readings)
            => !Judged(constraint, readings) || constraint.Holds(run => readings[run]!);

        private static bool Judged(CrossRunConstraint constraint, IReadOnlyList<RunSplit?> readings)
        {
            foreach (var term in constraint.Terms)
            {
                RunCellRef cell = term.Key;
                if (cell.Run < 0 || cell.Run >= readings.Count || readings[cell.Run] is not { } split) return false;
                if (cell.Cell < 0 || cell.Cell >= split.Cells.Count || split.Cells[cell.Cell].State == RunCellState.NotStatedMark) return false;
            }
            return true;
        }
    }
}
