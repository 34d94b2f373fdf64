using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>What became of one row whose figures came run together.</summary>
    internal sealed class RunOutcome
    {
        public RunOutcome(Placement placement, string? problem, IReadOnlyList<string> usedRules)
        {
            Placement = placement;
            Problem = problem;
            UsedRules = usedRules;
        }

        public Placement Placement { get; }

        /// <summary>Why the row was not read, with the candidate splits; null when it was.</summary>
        public string? Problem { get; }

        /// <summary>The rule instances that chose the split: used for reading, so not an independent check of this row.</summary>
        public IReadOnlyList<string> UsedRules { get; }
    }
}
