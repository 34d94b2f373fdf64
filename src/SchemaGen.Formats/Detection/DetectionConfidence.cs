using System;

namespace SchemaGen.Formats.Detection
{
    /// <summary>
    /// How sure a detection is. It grows with the winner's lead over the runner-up (so conflicting evidence lowers
    /// it) and is capped by the strongest kind of evidence the winner has: the tables' own shape can make it nearly
    /// certain, a cited notice only fairly likely, the report year alone only a guess.
    /// </summary>
    internal static class DetectionConfidence
    {
        /// <summary>A lead of this many points takes the confidence to about 63% of its cap.</summary>
        private const double LeadScale = 2.0;

        public static double Of(double winnerScore, double runnerUpScore, ClueKind? strongest)
        {
            double lead = Math.Max(0, winnerScore - runnerUpScore);
            double cap = strongest switch
            {
                ClueKind.Table => 0.98,
                ClueKind.Notice => 0.6,
                ClueKind.Year => 0.4,
                _ => 0.0,
            };
            return Math.Round(cap * (1 - Math.Exp(-lead / LeadScale)), 3);
        }
    }
}
