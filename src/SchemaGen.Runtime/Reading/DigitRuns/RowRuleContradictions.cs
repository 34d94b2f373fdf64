using System.Collections.Generic;

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
        /// search to decide by, it may leave a rule over many ambiguous rows unjudged (a balance of four rows takes a few
        /// hundred choices to refute; with the budget of a search that decides, and every combination counted, these checks
        /// took a tenth of a batch's CPU).
        /// </summary>
        public static bool NoReadingOfTheOthersKeeps(int run, IReadOnlyList<RunSplitResult?> offered, IEnumerable<CrossRunConstraint> rule)
        {
            var involving = new List<CrossRunConstraint>();
            foreach (CrossRunConstraint constraint in rule)
                foreach (var term in constraint.Terms)
                    if (term.Key.Run == run)
                    {
                        involving.Add(constraint);
                        break;
                    }
            if (involving.Count == 0) return false;
            return CrossRunResolver.AnyConsistent(offered, involving, CheckBudget) == false;
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
